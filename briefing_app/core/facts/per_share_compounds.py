"""What an English price per share counts when it is written as a compound adjective before its noun: "a hostile
400-pence-per-share indicated bid", "a $5-a-share offer", "a 50-cent-a-share dividend", "a 250p-a-share cash offer".

The noun after the figure was taken to be "a-share offer" or missed, and the reading fell back on the words before
("fought off a hostile") or the clause's subject ("Shareholders"). The compound describes the noun that follows it:
the bid, the offer, the dividend, which is read with "(per share)" as the readings of "33 pence per share" are.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_COMPOUND = re.compile(
    r"(?:\s*-?\s*(?:pence|p|cents?|c|dollars?|pounds?|euros?))?\s*-\s*(?:a|per)\s*-\s*share\s+"
    r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*(?:[,.;:)]|$)|\s+(?:from|for|of|by|to|in|on|at|that|which|and|was|"
    r"is|were|are|has|had|would|will|valu\w*|with)\b)",
)


def per_share_compounds(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a price written as "N-a-share"/"N-pence-per-share" before a noun that noun, per share."""
    for f, number, text in figure_texts(figures, texts):
        compound = _COMPOUND.match(text[number.end :])
        if compound is None:
            continue
        f.counts = f"{compound.group(1)} (per share)"
