"""A wage per hour says so in its reading (English): "paid 50 workers as little as $2.43 per hour", "earned $15
an hour".

A sum paid per hour is a wage, not a payment; news keys such a figure on "hour" (the round-30 Labor Department
release twice), so the reading keeps what it has and adds "(per hour)", as a sum per share says "(per share)".
Only hours: a week's, a month's or a barrel's rate is no noun of the figure (the readings' older rule, "Care costs
families £900 a week" counts the care costs, and "Crude hit $70 a barrel" the crude).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# "per hour", "an hour", "a month", "a barrel" right after the sum (past its scale or unit word: "$5m a year").
_PER = re.compile(
    r"\s*(?:(?:million|billion|bn|m|k|cents?|pence|p)\b\s*)?(per|an|a)\s+"
    r"(hour)\b(?![-'’])",
    re.IGNORECASE,
)

# (nor before a comparative, where the reading names the measure compared: "taxes £41bn a year higher")
_WHEN_AFTER = re.compile(
    r"\s+(?:earlier|ago|before|later|previously|prior|on|after|higher|lower|more|less|up|down)\b", re.IGNORECASE
)


def rate_sums(figures: list[Fact], texts: dict[int, str]) -> None:
    """Add "(per hour)" to a sum's reading when the sum is a rate per hour, month, barrel ..."""
    for f, number, text in figure_texts(figures, texts):
        if number.currency is None and f.unit not in ("cents", "pence"):
            continue
        per = _PER.match(text, number.end)
        if per is None:
            continue
        if per.group(1).lower() != "per" and _WHEN_AFTER.match(text, per.end()):
            continue  # "$6.19 billion a year earlier", "a year on": when, no rate
        noun = per.group(2).lower()
        if re.search(rf"\b{noun}s?\b", f.counts or "", re.IGNORECASE):
            continue
        f.counts = f"{f.counts} (per {noun})" if f.counts else f"per {noun}"
