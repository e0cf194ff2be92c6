"""Whether a longer Latin name is a shorter one with a family name added: "Klavs Bruun Jørgensen" after "Klavs
Bruun" (Danish copy names a person by given and middle name), "Juan Wilfredo Soto García" after "Juan Wilfredo
Soto", "Elaine Parker Barlow" after "Elaine Parker", "Martin Truex Jr." after "Martin Truex". Not a name read on into
the next word ("Jeff Gordon Day", "Chen Guangcheng Affair") nor an Arabic chain of given names ("Saddam Hussein Sabir
al-Douri" is not Saddam Hussein): the one word added is a family name (the census list's, or one with letters beyond
ASCII, or a Nordic "-sen") or a generational suffix, and no given name."""

from __future__ import annotations

import re
import unicodedata

from briefing_app.core.facts.gazetteer import person_names

# Capitalised words that end names of days, events, laws, places and affairs, which the census also lists as family
# names ("Day", "Hall", "Park").
_NOT_FAMILY = frozenset(
    "Day Days Week Year Cup Show Act Law Bill Award Awards Prize Trophy Memorial Tour Park Hall Street Road Stadium "
    "Arena Center Centre Affair Era Effect Rule Case Trial Report Plan Fund House Field".split()
)


def family_tail(longer: str, shorter: str) -> bool:
    """Whether `longer` is `shorter` and one word more that is a family name or a suffix ("Jr.", "III")."""
    extra = longer[len(shorter) :].split()
    if len(extra) != 1:
        return False
    word = extra[0]
    if re.fullmatch(r"(?:Jr|Sr)\.?|I{2,3}|IV", word):
        return True
    given, family = person_names()
    if word in given or word in _NOT_FAMILY or not re.fullmatch(r"[A-ZÀ-Þ][\wÀ-ÿ'’-]+", word):
        return False
    ascii_word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return ascii_word in family or ascii_word != word or word.endswith("sen")
