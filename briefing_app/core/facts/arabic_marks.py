"""Arabic harakat and shadda for the finders of people and quotes.

Vowelled copy ("وصرّح", "أنّ", "رئيسُ الحكومةِ") defeats word lists written without marks, so those finders read
the sentences with the marks taken out; a quote's text is then given back as the article writes it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people_index import Person

# Short vowels, tanwin, shadda, sukun and the dagger alif. (Tatweel stays: "لـ«عكاظ»" marks a glued preposition
# the quote readers look for.)
HARAKAT = re.compile("[\u064b-\u0652\u0670]")


def unvowelled(sentences: Sequence[SourceSentence]) -> list[SourceSentence] | None:
    """The sentences without harakat and shadda, or None when none has any."""
    if not any(HARAKAT.search(s.text) for s in sentences):
        return None
    return [SourceSentence(s.index, s.paragraph, HARAKAT.sub("", s.text)) for s in sentences]


def quotes_as_written(quotes: Sequence[Fact], sentences: Sequence[SourceSentence]) -> None:
    """Each quote's text as its sentences write it, marks and all (found letter by letter, marks allowed
    between letters); a quote not found so keeps its unvowelled text."""
    by_index = {s.index: s.text for s in sentences}
    for fact in quotes:
        written = " ".join(by_index.get(i, "") for i in (fact.sentences or [fact.sentence]))
        if not HARAKAT.search(written):
            continue
        pattern = "[\u064b-\u0652\u0670]*".join(re.escape(c) for c in fact.text)
        found = re.search(pattern, written)
        if found is not None:
            fact.text = found.group()


def roles_as_written(people: Sequence[Person], sentences: Sequence[SourceSentence]) -> None:
    """Each person's role as the article writes it, marks and all ("أخصائيّ السموم"), as quotes are given back:
    each role (and each part a reader joined with "، ") found letter by letter in the person's sentences."""
    by_index = {s.index: s.text for s in sentences}
    for person in people:
        if not person.role:
            continue
        written = " ".join(by_index.get(i, "") for i in person.sentences)
        if not HARAKAT.search(written):
            continue
        parts = ("، ".join(_as_written(p, written) for p in r.split("، ")) for r in person.role.split("; "))
        person.role = "; ".join(_as_written(p, written) for p in parts)


def _as_written(text: str, written: str) -> str:
    """`text` as `written` has it, marks between and after its letters; itself when not found."""
    marks = "[\u064b-\u0652\u0670]*"
    found = re.search(marks.join(re.escape(c) for c in text) + marks, written) if text else None
    return found.group() if found is not None else text
