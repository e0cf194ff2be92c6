"""An office standing for its holder: once the article has named "رئيس الجامعة الدكتور X", a later sentence
that speaks of "رئيس الجامعة" (من جانبه، أوضح معالي رئيس الجامعة أن ...) mentions X, so that "وأضاف معاليه:"
after it is X's. Only an office of two words or more that one person alone holds counts."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import AR_TITLES
from briefing_app.core.facts.people_index import PeopleIndex, Person


def _offices(person: Person) -> list[str]:
    return [r for r in (person.role or "").split("; ") if len(r.split()) >= 2 and r.split()[0] not in AR_TITLES]


def mention_offices(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Add to each person the later sentences that name their office alone."""
    holders: dict[str, list[Person]] = {}
    for person in index.people:
        for office in _offices(person):
            holders.setdefault(office, []).append(person)
    for office, people in holders.items():
        if len(people) != 1:
            continue
        person = people[0]
        first = min(person.sentences, default=0)
        shape = re.compile(rf"(?<![\u0621-\u064a]){re.escape(office)}(?![\u0621-\u064a])")
        for s in sentences:
            if s.index > first and s.index not in person.sentences and shape.search(s.text):
                person.sentences.append(s.index)
