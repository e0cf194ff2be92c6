"""Hebrew partners named after a word of marriage ("נשוי לדנה X", "נישאה ל-X Y"), with the preposition glued on."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.people_he import _HE_HEADS, _HE_NOT_NAME, HE_SPEECH, _name_like, he_given
from briefing_app.core.facts.people_index import PeopleIndex

_SPEECH = re.compile(HE_SPEECH)


# Words of marriage, which take their partner with ל ("נשוי ל-X", "נישאה ל-X Y").
_MARRIED = {"נשוי", "נשואה", "נשואים", "נישא", "נישאה", "נישאו", "נשא", "התארס", "התארסה", "והתחתן", "ונישאה", "ונישא"}


def married_to(words: list[str], sentence: int, index: PeopleIndex) -> None:
    """Each "ל" and a known given name and a family name after a word of marriage in its clause ("היה נשוי
    לדנה X ואחר כך לרות Y"): the partners, whom Hebrew writes with the preposition glued on."""
    for m, word in enumerate(words):
        if word not in _MARRIED:
            continue
        for j in range(m + 1, min(m + 9, len(words) - 1)):
            if words[j] in (".", ";", ":", ","):
                break  # ("נישאה ל-X, והשניים עברו לגור בחיפה": "to live", no partner, after the clause)
            given, family = words[j][1:], words[j + 1]
            placed = lookup(family) is not None or family[:1] in "בלמ" and lookup(family[1:]) is not None  # "בחיפה"
            if words[j][:1] == "ל" and he_given(given) and _name_like(family) and not placed:
                if family not in _HE_NOT_NAME and not _SPEECH.fullmatch(family) and family not in _HE_HEADS:
                    index.add(f"{given} {family}", None, sentence)
