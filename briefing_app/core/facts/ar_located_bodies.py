"""An Arabic body's name that says where the body sits: a court, an office or a branch "in" a town ("المحكمة
الابتدائية ببلدة X", "مكتب الإحصاء في دولة Y"). The town after the preposition is named as a place too, although
it lies inside the body's name; a place the name holds without a preposition ("جامعة X", "قناة X اليوم") is the
body's own word, no place of the article."""

from __future__ import annotations

import re

# "في" as a word, or "ب" glued to the place's first word, right before the place (after a word of the name).
_IN_BEFORE = re.compile(r"[\u0621-\u064a]\s+(?:(?:في|فى)\s+|ب)$")


def place_inside_located_body(text: str, start: int, end: int, bodies: list[tuple[int, int]]) -> bool:
    """Whether the place written at text[start:end] lies inside one of `bodies` (spans of body names in `text`)
    right after "in" ("في", or "ب" glued to it), the preposition being inside the body's name as well."""
    return any(a < start and end <= b and _IN_BEFORE.search(text, a, start) is not None for a, b in bodies)
