"""A person's name in quote marks in Arabic copy, read as no quote: Saudi copy marks an officer's rank and name
after the office it names him by ('وقال الناطق الإعلامي لشرطة المنطقة "الرائد X Y Z" إن ...', 'بمتابعة من مدير
الشرطة "اللواء X Y"'), as it marks a term. The marks hold the person the sentence names, not their words; the
speaker's words come after them (reported with إن, or after a colon)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.people_ar_honorifics import AR_RANKS
from briefing_app.core.facts.people_ar_words import AR_TITLES
from briefing_app.core.facts.people_index import Person, fold

_TITLES = frozenset(AR_TITLES) | AR_RANKS
# Titles of two words ("الفريق أول", "آية الله"): their second word is no word of a name.
_SECOND_WORDS = {"أول", "ركن", "بحري", "طيار"}


def ar_marked_name(quoted: str, people: Sequence[Person]) -> bool:
    """Whether the words in marks are, after any titles and ranks, the whole name of a person the article names."""
    words = re.sub(r"[^\u0621-\u064a\s]", " ", quoted).split()
    if not 2 <= len(words) <= 8:
        return False
    while words and (words[0] in _TITLES or words[0] in _SECOND_WORDS):
        words = words[1:]
    if not words:
        return False
    name = fold(" ".join(words))
    return any(fold(p.name) == name for p in people)
