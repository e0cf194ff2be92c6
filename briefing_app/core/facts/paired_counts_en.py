"""The second of two figures joined by "and" or "or", whose unit is all it was read to count (English).

"The charges have maximum sentences of seven and 14 years respectively": "seven" was read as the sentences, "14"
only as "years", its unit; the two figures share one noun phrase, written once before the first. When the text
between two figures is only "and" / "or" (with "respectively" or nothing after), and the second one's reading is its
bare unit, it takes the first one's reading.
Used by `figures`.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_JOINED = re.compile(r"\s*(?:and|or)\s*")
# Readings that only name a unit: the figure's own measure, no noun of what it counts.
_UNIT_READINGS = {"years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes",
                  "percent", "per cent", "points", "metres", "meters", "miles", "kilometres", "kilometers"}  # fmt: skip


def paired_counts(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give the second of two joined figures the first one's reading when its own is only its unit."""
    previous: tuple[Fact, int] | None = None
    for f, number, text in figure_texts(figures, texts):
        if previous is not None and previous[0].sentence == f.sentence:
            first, first_end = previous
            bare = f.counts is None or f.counts.split(" (")[0].lower() in _UNIT_READINGS  # ("years (carry)")
            # (not when the first reads only its unit too: "with 5,035 and 5,007 points, respectively", each its own)
            own = first.counts is not None and first.counts.split(" (")[0].lower() not in _UNIT_READINGS
            if bare and own and _JOINED.fullmatch(text[first_end : number.start]):
                f.counts = first.counts  # "maximum sentences of seven and 14 years": both the sentences
        previous = (f, number.end)
