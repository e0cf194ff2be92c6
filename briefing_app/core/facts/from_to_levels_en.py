"""The end of "from A to B" measures what A measures (English), when B's own reading is only A's unit or time.

"a jump in the number of undecided voters, from 19 percent in April to 30 percent in July": the first level took
the voters, the second the words between the two ("percent in April") or the first one's unit ("percent"). Both
ends of one span measure the same thing; a time adjunct after each end ("in April", "last year") is when.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# Between A's number and B's: A's unit, a time adjunct, "to", a qualifier.
_BETWEEN = re.compile(
    r"\s*(?:%|percent|per\s+cent|points?|percentage\s+points?)?"
    r"(?:\s+(?:in|on|at|during|over|by|for|as\s+of)\s+(?:the\s+)?(?:[A-Z][a-z]+|\w+\s+\d{4}|\d{4}|last\s+\w+|"
    r"(?:first|second|third|fourth|previous|last|same)\s+\w+))?"
    r"\s+to\s+(?:(?:about|around|nearly|almost|some|just|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_UNIT_WORDS = re.compile(r"^(?:percent|per\s+cent|points?|percentage)\b", re.IGNORECASE)


def from_to_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give the end of "from A to B" A's reading when B read only A's unit or the words between."""
    for e, f in zip(figures, figures[1:], strict=False):
        m, n = e.number, f.number
        if m is None or n is None or e.sentence != f.sentence or e.unit != f.unit or not e.counts:
            continue
        text = texts.get(e.sentence, "")
        before = text[: m.start]
        if e.qualifier:
            at = before.rfind(e.qualifier)
            before = before[:at] if at >= 0 else before
        if not re.search(r"\bfrom\s+$", before) or not _BETWEEN.fullmatch(text[m.end : n.start]):
            continue
        if _UNIT_WORDS.match(e.counts):
            continue
        if f.counts and not _UNIT_WORDS.match(f.counts) and f.counts.lower() not in text[m.end : n.start].lower():
            continue  # a reading of its own
        f.counts = e.counts
