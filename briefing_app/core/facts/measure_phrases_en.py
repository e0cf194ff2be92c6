"""Figures whose measure is named by a fixed phrase around them, whatever the clause says (English).

- A poll's margin of error: "The telephone poll of 600 registered Democrats ... has an error margin of plus or
  minus 4 percentage points" took the poll's voters for what the 4 points count; "a margin of error of 3.5 points",
  "the sampling error of plus or minus 5.5 percentage points": the error margin.
- A reading on a named scale: "Various studies have placed it at 9.4-9.6 on the moment magnitude scale" took the
  studies; "measured 6.2 on the Richter scale": the quake's magnitude.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_context import before_qualifier
from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_ERROR_BEFORE = re.compile(
    r"\b((?:margin\s+of\s+(?:sampling\s+)?error|(?:sampling\s+)?error\s+margin|sampling\s+error|margin\s+of\s+error))"
    r"\s+(?:is\s+|was\s+|of\s+)?(?:(?:plus\s+or\s+minus|\+/-|±|\+/−)\s*)?$",
    re.IGNORECASE,
)
_SCALE_AFTER = re.compile(
    r"\s*(?:[-–]\s*\d[\d.]*\s*)?\s+on\s+the\s+((?:moment\s+)?magnitude|Richter|open-ended\s+Richter|Beaufort|"
    r"Saffir[-\s]Simpson|(?:enhanced\s+)?Fujita|Mercalli|(?:modified\s+)?Mercalli|UV|Kp|Glasgow\s+coma)\s+scale\b",
    re.IGNORECASE,
)


def measure_phrases(figures: list[Fact], texts: dict[int, str]) -> None:
    """Name a poll's margin of error and a reading on a named scale as what their figures measure."""
    for f, n, text in figure_texts(figures, texts):
        before = before_qualifier(text, n)
        error = _ERROR_BEFORE.search(before)
        if error and "error" not in (f.counts or "").lower():
            f.counts = error.group(1)
            continue
        scale = _SCALE_AFTER.match(text, n.end)
        if scale and scale.group(1).lower() not in (f.counts or "").lower():
            name = scale.group(1)
            measure = "magnitude" if re.search(r"magnitude|richter", name, re.IGNORECASE) else f"{name} scale"
            if measure not in (f.counts or ""):
                f.counts = f"{measure} ({f.counts})" if f.counts else measure
