"""What an English sum counts when the reading took the time of its baseline for it: "Turnover was up 1.2 per cent
to £16.3bn, from £16.1bn the year before", "Revenue rose to $4.2bn, against $3.9bn the previous year".

After a comma the baseline's "from A the year before" is read as its own clause, and the noun left for A is the
time ("year", "previous year"), which says when, never what. The baseline measures what the figure before it in
the same sentence measures (same unit: a sum and a sum, a share and a share), so it takes that reading. A figure
with no earlier figure of its unit keeps its reading (nothing to share).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# A reading that names only a time: "year", "previous year", "the year before", "same period", "last quarter".
_TIME_ONLY = re.compile(
    r"(?:(?:the|a|one)\s+)?(?:(?:previous|prior|last|same|preceding|year-earlier|corresponding)\s+)?"
    r"(?:year|month|quarter|half|period|week|season)s?(?:\s+(?:before|earlier|ago|previously))?",
    re.IGNORECASE,
)

# The time noun right after a figure is the figure's own noun ("in two seasons", "the final two quarters"), unlike
# the baseline's time after an article ("from £16.1bn | the year before").
_OWN_TIME = re.compile(r"\s+((?:year|month|quarter|half|period|week|season)s?|halves)\b", re.IGNORECASE)


def _time_only(counts: str | None) -> bool:
    return counts is not None and _TIME_ONLY.fullmatch(counts.strip()) is not None


def time_baselines(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure read as a bare time the reading of the figure of its unit before it in its sentence."""
    for f, number, text in figure_texts(figures, texts):
        if not _time_only(f.counts):
            continue
        own = _OWN_TIME.match(text, number.end)
        if own and own.group(1).lower() == (f.counts or "").strip().lower():
            continue  # "made 40 starts in two seasons": the seasons are what this figure counts, no baseline's time
        earlier = [
            g
            for g in figures
            if g is not f
            and g.kind == "figure"
            and g.sentence == f.sentence
            and g.number is not None
            and g.number.end <= number.start
            and g.unit == f.unit
            and g.counts
            and not _time_only(g.counts)
        ]
        if earlier:
            f.counts = max(earlier, key=lambda g: g.number.end if g.number else 0).counts
