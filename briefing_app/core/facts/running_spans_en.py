"""A run of periods ("for five straight months", "a third consecutive quarter", "for 12 successive sessions") is a
duration (English): "the economy had gained 200,000 jobs a month for five straight months".

The adjective between the number and its time noun hid the unit: the figure read "straight months", with no unit.
The time noun is its unit, and, as for any duration, what it counts is what lasted: the clause before "for".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.durations import what_lasts
from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_RUN = re.compile(
    r"(?:straight|consecutive|successive|running)\s+(days|weeks|months|years|quarters|sessions|games|matches)\b",
    re.IGNORECASE,
)


def running_spans(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give "for five straight months" its time unit and what lasted."""
    for f, number, text in figure_texts(figures, texts):
        run = _RUN.match((f.counts or "").strip())
        if run is None or f.unit is not None or not _RUN.match(text[number.end :].lstrip()):
            continue
        f.unit = run.group(1).lower()
        if not re.search(r"\b(?:for|over|in)\s+$", text[: number.start]):
            continue  # "the third straight month": an ordinal run, no span the clause lasts
        lasting = what_lasts(text[: number.start], "en")
        f.counts = f"{f.unit} ({lasting})" if lasting else f.unit
