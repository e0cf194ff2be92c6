"""Arabic people introduced with the name they are known by: "تقديرهم لشهيناز عبد السلام المعروفة ب«واحدة
مصرية»", "X Y المعروف باسم Z" (blog and profile copy names bloggers, artists and activists so, often once). The
participle "known (as)" agreeing with the words before it marks them as a person's name when they are no body,
place or common noun: no article on the first word, no kind of body or place, no feminine noun in ـة that is no
given name; a preposition glued to the first word ("لشهيناز") is left off."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import (
    _AR_COLLECTIVE,
    _AR_FUNCTION,
    _AR_HEADS,
    _AR_NOT_NAMES,
    _AR_PLACE_KINDS,
    AR_ORG_WORDS,
    _ar_is_given,
)
from briefing_app.core.facts.people_index import PeopleIndex

_KNOWN_AS = re.compile(
    r"(?<![\u0621-\u064a])([\u0621-\u064a]{3,}(?:\s+[\u0621-\u064a]{2,}){1,2})\s+المعروف(?:ة)?\s+(?:ب|باسم|إعلامي)"
)
# Kinds of place and building named before "known as" ("شارع X المعروف بـ"), besides the kinds of region.
_SITES = {"شارع", "حي", "ميدان", "جبل", "نهر", "سوق", "مسجد", "مستشفى", "قصر", "سجن", "مخيم", "معبر", "جسر", "وادي"}


def find_known_as(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every "NAME المعروف(ة) بـ ..." of the sentences, as a person with no role."""
    for s in sentences:
        for m in _KNOWN_AS.finditer(s.text):
            words = m.group(1).split()
            first = words[0]
            if first[:1] in "لب" and not _ar_is_given(first) and len(first) > 4:
                first = first[1:]  # "تقديرهم لشهيناز ...": the preposition glued to the name
            words = [first, *words[1:]]
            if any(w in _AR_NOT_NAMES or w in _AR_FUNCTION for w in words):
                continue
            if first.startswith("ال") or any(w.startswith("ال") for w in words[:-1]) and len(words) == 2:
                continue  # ("الدواء المعروف بـ", "مدينة الإسكندرية المعروفة"): a thing or a place
            if first in AR_ORG_WORDS or first in _AR_PLACE_KINDS or first in _AR_COLLECTIVE or first in _SITES:
                continue
            if first in _AR_HEADS or (first.endswith("ة") and not _ar_is_given(first)):
                continue  # ("منطقة شبرا المعروفة", "الفتاة X"): a common noun opens no name here
            if index.find(" ".join(words)) is None:
                index.add(" ".join(words), None, s.index)
