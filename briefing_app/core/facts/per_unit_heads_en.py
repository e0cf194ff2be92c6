"""A measure of money per unit ("earnings per share", "dividend per share", "revenue per user") read only up to
its head ("Basic earnings per share (EPS) of the company stood at Rs 12.32" -> "Basic earnings"): "per" ends a
noun phrase everywhere else, so the unit is put back where the sentence writes it right after the head."""

from __future__ import annotations

import re

_HEADS = ("earnings", "dividend", "dividends", "profit", "loss", "losses", "revenue", "revenues", "income", "sales",
          "spending", "debt", "output", "cost", "costs")  # fmt: skip
_PER_UNIT = r"\s+per\s+(share|head|capita|user|employee|person|household|pupil|barrel|tonne|unit|customer)\b"


def with_per_unit(text: str, counts: str | None) -> str | None:
    """The counts with the unit of a measure per unit put back after its head, when the sentence writes the
    counts so ("Basic earnings" + " per share"); the counts unchanged otherwise."""
    if not counts or counts.split()[-1].lower() not in _HEADS or "per " in counts:
        return counts
    m = re.search(re.escape(counts) + _PER_UNIT, text)
    return f"{counts} per {m.group(1)}" if m else counts
