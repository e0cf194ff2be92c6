"""A result per share read as counting the share alone (English business copy): "its earnings per share slipping to
9.1 cents, from 9.6 cents": a reading that took the noun right before the verb took "share", the end of the compound.
What is counted is the result the compound names ("earnings per share"), as a sum "per share" after a figure already
says (`counted_per_share`).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# The result before "per share" in the clause before the figure (the nearest one is taken).
_MEASURE_PER_SHARE = re.compile(
    r"\b((?:net\s+|basic\s+|diluted\s+|adjusted\s+|core\s+)?(?:earnings|profits?|loss(?:es)?|income|dividends?|"
    r"revenues?|sales|book\s+value|cash\s+flow|assets))\s+per\s+share\b(?![^.;]*\bper\s+share\b)",
    re.IGNORECASE,
)


def per_share_measures(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure read as counting "share" the result per share named before it."""
    for f, number, text in figure_texts(figures, texts):
        head, _, rest = (f.counts or "").partition(" (")
        if head.lower() != "share":
            continue
        measure = _MEASURE_PER_SHARE.search(text[: number.start])
        if measure is None:
            continue
        f.counts = f"{measure.group(1)} per share" + (f" ({rest}" if rest else "")
