"""Hebrew standings written as prose: "בית"ר השנייה עם 38 נקודות ... ומכבי חיפה כבר עם 25", "הקבוצה ראשונה עם 35
נקודות, אחריה בית"ר עם 30". A bare figure after "עם" (with) counts what the last earlier figure after "עם" counts,
the unit of the table, not what the figure right before it counts ("מ-16 מחזורים": the rounds played)."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_WITH_BEFORE = re.compile(r"(?<![\u05d0-\u05ea])ו?עם\s+(?:כ-?\s*)?$")


def share_he_standings(facts: list[Fact], text: str) -> None:
    """A Hebrew figure after "עם" with no noun of its own takes the noun of the last earlier figure after "עם"."""
    for i, f in enumerate(facts):
        if f.number is None or i == 0 or not _WITH_BEFORE.search(text[: f.number.start]):
            continue
        if re.match(r"\s*[\u05d0-\u05ea]{2,}", text[f.number.end :]) and not re.match(r"\s*ו", text[f.number.end :]):
            continue  # "עם 35 נקודות": a noun of its own
        earlier = next(
            (e for e in reversed(facts[:i]) if e.number and e.counts and _WITH_BEFORE.search(text[: e.number.start])),
            None,
        )
        if earlier is not None and earlier.unit == f.unit:
            f.counts = earlier.counts
