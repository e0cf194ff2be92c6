"""An Arabic person named in full once ("يسقط حسني مبارك") and elsewhere by a definite office and the family name
alone ("حكم الرئيس مبارك", "قال الوزير الفهدي"): the office is the person's role, whichever sentence came first
(the role reader sees "الرئيس مبارك" before it knows anyone of that family name, and a one-word name after a role
is too often a clause's word to take on its own)."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import _AR_HEADS, AR_TITLES, _ar_is_given
from briefing_app.core.facts.people_index import PeopleIndex

# Definite offices and callings only ("الرئيس", "الوزير", "المدرب"); a title of address ("الدكتور", "الشيخ",
# "السيد", "المهندس") is no role the reports give.
_ADDRESS = {"الدكتور", "الدكتورة", "الشيخ", "السيد", "السيدة", "الأستاذ", "الاستاذ", "المهندس", "آية الله", "اية الله",
            "حجة الإسلام", "حجة الاسلام", "د."}  # fmt: skip
_OFFICES = frozenset(h for h in (*_AR_HEADS, *AR_TITLES) if h.startswith("ال") and h not in _ADDRESS)


def roles_by_office_and_surname(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Give a person with no role the definite office that stands right before the family name alone."""
    for person in index.people:
        words = person.name.split()
        if person.role or len(words) < 2 or len(words[-1]) < 3:
            continue
        surname = re.escape(words[-1])
        for s in sentences:
            for m in re.finditer(rf"(?:^|\s)[وبل]?(ال[\u0621-\u064a]+)\s+{surname}(?![\u0621-\u064a])", s.text):
                office = m.group(1)
                if office not in _OFFICES:
                    continue
                after = s.text[m.end() :].split()[:1]
                if after and _ar_is_given(after[0].strip("،,.:")):
                    continue  # "الرئيس X Y": another person whose given name is the family name here
                before = s.text[: m.start(1)].split()[-1:]
                if before and before[0] == words[0]:
                    continue  # (the full name itself, "X الرئيس Y" read across)
                person.role = office
                if s.index not in person.sentences:
                    person.sentences.append(s.index)
                break
            if person.role:
                break
