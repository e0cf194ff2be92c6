"""Products named like people: technology copy names devices and services by capitalised words ("the Xbox One X",
"the Galaxy S24", "PlayStation 4") that the readers of names take for a person ("Xbox One", "Xbox Live").

What shows a product is its model designator: a capitalised name that the article writes at least once before a
model letter, number or tier ("X", "S", "4", "S24", "Pro", "Max") is a product's, and so is every run that starts
with its first word. A name whose first word is a known given name is left alone ("Malcolm X", "Henry V")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import Fact, SourceSentence

# One or two capitalised words, then a model designator that ends there: a single capital, a number of up to three
# digits (no score, "6-3", no decimal), a letter with digits ("S24", "M2"), or a tier word.
_MODEL = re.compile(
    r"(?<![\w'’-])([A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+)?)\s+"
    r"(?:[A-Z]|\d{1,3}|[A-Z]\d{1,3}[a-z]?|Pro|Max|Plus|Mini|Ultra|Lite|XL|SE)"
    r"(?![\w'’.-]|\s*[-–]\s*\d|,\s*\d)"
)


# A name with a variant letter glued on by a dot: "Sobig.F", "Mimail.C", "W32.Blaster" (viruses and worms).
_DOTTED_VARIANT = re.compile(r"(?<![\w'’.-])([A-Z][a-zA-Z0-9]+)\.[A-Z0-9][\w-]*(?![\w'’])")


def product_words(sentences: Sequence[SourceSentence]) -> frozenset[str]:
    """The first words of the article's product names (the word before a model designator's run, or before a
    variant letter glued on by a dot: "Sobig.F")."""
    given = person_names()[0]
    out: set[str] = set()
    for s in sentences:
        for m in _DOTTED_VARIANT.finditer(s.text):
            if m.group(1) not in given and not m.group(1).isupper():
                out.add(m.group(1))  # (not initials, "J.R.", nor "U.S.": all capitals)
        for m in _MODEL.finditer(s.text):
            first = m.group(1).split()[0]
            if first not in given and m.start() > 0:  # (not the sentence's first word: "Company X said")
                out.add(first)
    return frozenset(out)


def drop_products(people: list[Fact], sentences: Sequence[SourceSentence], language: str) -> list[Fact]:
    """The people facts less those whose name starts with a product's first word ("Xbox One", "Xbox Live")."""
    if language != "en":
        return people
    words = product_words(sentences)
    return [p for p in people if p.text.split()[0] not in words] if words else people
