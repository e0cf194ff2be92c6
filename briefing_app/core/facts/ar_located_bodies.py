"""An Arabic body's name that says where the body sits: a court, an office or a branch "in" a town ("المحكمة
الابتدائية ببلدة X", "مكتب الإحصاء في دولة Y"). The town after the preposition is named as a place too, although
it lies inside the body's name; a place the name holds without a preposition ("جامعة X", "قناة X اليوم") is the
body's own word, no place of the article, except after the head of a town's or a region's own local service
("شرطة X", "أمانة منطقة X", "بلدية محافظة X"): that body is named by the area it serves, the article's place."""

from __future__ import annotations

import re

# "في" as a word, or "ب" glued to the place's first word, right before the place (after a word of the name).
_IN_BEFORE = re.compile(r"[\u0621-\u064a]\s+(?:(?:في|فى)\s+|ب)$")

# The head of a local service that is named by its area, alone before the place or with the area's own kind
# ("شرطة محافظة X"); a glued "و", "ب" or "ل" may come first ("لشرطة X").
_SERVICE_BEFORE = re.compile(
    r"^(?:[وفبل]|ول|وب)?(?:شرطة|أمانة|امانة|بلدية|إمارة|امارة)\s+(?:(?:منطقة|محافظة|مدينة)\s+)?$"
)


def place_inside_located_body(
    text: str, start: int, end: int, bodies: list[tuple[int, int]], *, country: bool = False
) -> bool:
    """Whether the place written at text[start:end] lies inside one of `bodies` (spans of body names in `text`)
    right after "in" ("في", or "ب" glued to it), the preposition being inside the body's name as well, or, for a
    town or a region (not a `country`: "بلدية X" of a state is the state's own body), right after a local
    service's head."""
    return any(
        a < start
        and end <= b
        and (_IN_BEFORE.search(text, a, start) is not None or (not country and _serves(text[a:start])))
        for a, b in bodies
    )


def _serves(before: str) -> bool:
    """Whether the body's words before the place are a local service's head ("شرطة ", "أمانة منطقة ")."""
    return _SERVICE_BEFORE.match(before) is not None
