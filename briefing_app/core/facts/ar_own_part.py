"""An Arabic sum told as a part of its subject's own whole: "خسر رأس المال السوقي نحو 2.6 مليار جنيه من قيمته",
"فقدت الشركة 40 مليون دينار من أرباحها". The pronoun on the noun after "من" points back to the subject, so the
sum is the subject's (what it lost or gained), not a part of the noun after it; read as the noun after, every
later figure of the sentence inherited "قيمته" too. Used by `noun_after` for Arabic sums."""

from __future__ import annotations

import re

# "من" and one noun with an attached possessive pronoun ("قيمته", "قيمتها", "أرباحها", "رصيدهم"), then the end of
# the phrase (a comma, a full stop, a participle or verb of what follows, or nothing).
_OWN_PART = re.compile(
    r"\s*من\s+(?!(?:أصل|بين|مجموع|إجمالي)\b)[\u0621-\u064a]{2,}(?:ه|ها|هما|هم|هن)(?![\u0621-\u064a])"
    r"(?=\s*(?:$|[،,.؛;:]|ل[\u0621-\u064a]|م[\u0621-\u064a]{3,}(?:ا|ة)?\b|و))"
)


def ar_own_part_after(after: str) -> bool:
    """Whether the text after an Arabic sum is "من" and the subject's own whole ("من قيمته،"), which says nothing
    of what the sum counts."""
    return _OWN_PART.match(after) is not None
