"""A one-word name between كان and its office before a verb of saying: "وكان أرنولد مدرب المنتخب العراقي قال في
المؤتمر الصحفي: ...", "وكان كيروش المدير الفني للمنتخب قد أكد أن ...". The pluperfect opening puts the subject
right after كان, and an office after it in apposition; a foreign coach or official is often named by the family
name alone, which no given-name list knows, so the shape is the sign of the name."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import (
    _AR_FUNCTION,
    _AR_NOT_NAMES,
    AR_ORG_WORDS,
    AR_ROLE_NOUNS,
    AR_TITLES,
    _ar_core,
)
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

# كان, one word, an office noun and up to five words of its chain (no punctuation), then قد and a verb of saying.
_KANA = re.compile(
    r"(?:^|[.،]\s*|\s)[وف]?كان\s+([\u0621-\u064a]{3,})\s+((?:ال)?[\u0621-\u064a]{3,}(?:\s+[\u0621-\u064a]+){0,5}?)"
    rf"\s+(?:قد\s+)?{AR_ANY_SPEECH}(?![\u0621-\u064a])"
)


# "There was", "there is": an existential opening, no subject named.
_THERE = {"هناك", "هنالك", "ثمة", "ثمّة"}


def find_kana_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Adds the one-word names read between كان and an office before a verb of saying."""
    for s in sentences:
        for m in _KANA.finditer(s.text):
            name, role = m.group(1), m.group(2)
            head = role.split()[0]
            if not (_ar_core(head) in AR_ROLE_NOUNS or _ar_core(head).removesuffix("ة") in AR_ROLE_NOUNS):
                continue  # "وكان X قد قال": no office after the word, nothing tells a name from a noun
            words = role.split()
            if not (head.startswith("ال") or (len(words) > 1 and words[1].startswith("ال"))):
                continue  # "وكان هناك مدير للمكتب قال": an indefinite office, someone unnamed
            if name in _THERE:
                continue
            if name.startswith("ال") or name in _AR_NOT_NAMES or name in _AR_FUNCTION or name in AR_TITLES:
                continue  # "وكان الوزير ...": the office itself opens; "وكان قد": no name
            if _ar_core(name) in AR_ROLE_NOUNS or name in AR_ORG_WORDS:
                continue
            index.add(name, role, s.index)
