"""A bare number joined by "and"/"or" to a figure with a unit shares the unit and what the figure counts: "were given
4.5 and 3 years custodial sentence respectively", "12 or 18 months in prison", "between 30 and 40 km". The reader of
the first number saw no unit after it ("and" follows), so it counted a neighbouring word ("Matthew"). Not a number
with a noun of its own ("3 men and 5 years"), nor a sum (its currency says what it is)."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.sharing import own_noun

_JOINED = re.compile(r"\s+(?:and|or|og|eller)\s+")


def share_units(facts: list[Fact], text: str, lang: str) -> None:
    """Give the bare first member of "A and B <unit>" B's unit and what B counts."""
    if lang not in ("en", "da"):
        return
    for f, g in zip(facts, facts[1:], strict=False):
        n, m = f.number, g.number
        if n is None or m is None or f.unit is not None or g.unit is None or n.currency or m.currency:
            continue
        if n.spelled != m.spelled or n.value_max is not None or not _JOINED.fullmatch(text[n.end : m.start]):
            continue
        if own_noun(f, text, lang) or g.unit == "percent":
            continue  # ("64.300 eller 38 pct.", "40,000, or 12 percent": a count restated as a share)
        f.unit, f.counts = g.unit, g.counts
