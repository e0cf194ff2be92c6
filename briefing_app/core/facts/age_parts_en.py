"""The days or months of an age told in two parts: "At the age of 17 years and 285 days, ..." (English).

The years are read as an age ("the age of 17 years"); the days after "and" are the rest of the same age, not a
span of days of their own ("days"). A duration right after "<years> and" whose years figure was read as an age
is that age too.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_YEARS_AND = re.compile(r"\byears?\s+and\s+$")


def age_parts(figures: list[Fact], texts: dict[int, str]) -> None:
    """Read the days, weeks or months told after an age's years as that age."""
    ages = [f for f in figures if f.number is not None and (f.counts or "").startswith("age") and f.unit == "years"]
    for f in figures:
        if f.number is None or f.unit not in ("days", "weeks", "months") or (f.counts or "").startswith("age"):
            continue
        text = texts.get(f.sentence, "")
        joined = _YEARS_AND.search(text, 0, f.number.start)
        if joined is None:
            continue
        ends = [(a.number.end, a) for a in ages if a.sentence == f.sentence and a.number is not None]
        before = [(end, a) for end, a in ends if end <= joined.start()]
        if before and not re.search(r"\w", text[before[-1][0] : joined.start()]):
            f.counts = before[-1][1].counts
