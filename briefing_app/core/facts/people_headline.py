"""People that only a Title Case headline names, checked against the story.

In a Title Case headline every word is capitalised, so a run of capitals there is no evidence of a name,
and the finders' other evidence misreads headline grammar: "Veteran Wraps Baby in American Flag, Photo
Sparks Controversy" gave a veteran called "Wraps Baby" and a person "Photo Sparks Controversy". A story
names the people its headline is about, so a person the headline alone names is kept only when the story
writes the name's last word capitalised too ("Roe" later), or the name opens with a known given name.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex, Person, strip_possessive


def drop_headline_only_people(sentences: list[SourceSentence], index: PeopleIndex, headline: set[int]) -> None:
    """Drop the people named only in the Title Case headline paragraphs `headline` whom the story never names."""
    if not headline:
        return
    in_headline = {s.index for s in sentences if s.paragraph in headline}
    story = [s.text for s in sentences if s.paragraph not in headline]
    index.people = [p for p in index.people if not _unconfirmed(p, in_headline, story)]


def _unconfirmed(person: Person, in_headline: set[int], story: list[str]) -> bool:
    if not person.sentences or not set(person.sentences) <= in_headline:
        return False
    tokens = strip_possessive(person.name).split()
    if not tokens:
        return False
    if len(tokens) >= 2 and tokens[0] in person_names()[0]:
        return False  # "Jane Roe Wins Award": a given name opens it
    last = re.compile(rf"(?<![\w-]){re.escape(tokens[-1])}(?![\w-])")
    return not any(last.search(text) for text in story)
