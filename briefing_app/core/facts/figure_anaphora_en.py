"""A change told of "the figure" that the sentence before gave (English): "In the week to 7 January 1,816 new
cases were recorded each day. That figure is up 14% on the week." The change counts what that earlier count
counts; read alone it counted "figure".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# "The figure", "That figure", "This number" opening the clause the change is told in.
_SPANS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
_THE_FIGURE = re.compile(r"(?:^|[;:.]\s+)(?:The|That|This|the|that|this)\s+(?:latest\s+)?(?:figure|number)\b[^.;:]*$")


def share_figure_anaphora(facts: list[Fact], text: str, earlier: list[Fact], sentence: int) -> None:
    """Give a figure whose reading is "figure" (the clause's subject "The figure") what the last figure of the
    sentence before counts, when that one is no percentage (the level the change is of)."""
    for f in facts:
        n = f.number
        if n is None or (f.counts or "").split(" (")[0].lower() not in ("figure", "number", "latest figure"):
            continue
        if not _THE_FIGURE.search(text[: n.start]):
            continue
        before = [e for e in earlier if e.sentence == sentence - 1 and e.counts and e.unit != "percent"]
        # (a level in the unit the figure has: "27,400 patients were still waiting more than two years ... The
        # figure is down from 60,084": the patients, not the span of their wait)
        same = [e for e in before if e.unit == f.unit]
        before = same or [e for e in before if e.unit not in _SPANS]
        if before:
            f.counts = before[-1].counts
