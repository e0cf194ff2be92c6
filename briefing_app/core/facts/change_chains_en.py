"""What the later figures of a market move count: "the West Texas Intermediate contract fell $2.80, or 3.87 per
cent, to trade at $69.52 a barrel", "Shares in the miner fell 12p, or 3 per cent, to trade at 390p" (English).

The move is told three times, as a sum, "or" a percentage, "to" the level reached; all three are the same
measure's. The readings before can lose the subject for the later two (a fronted clause's subject, "oil prices
dipped as ...", or the verb "trade" after "to"). A percentage joined by ", or" to the sum before it, and the level
joined by "to" (or "to trade/settle/close at") to that percentage, count what the sum counts.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_UNIT_LEFT = r"\s*(?:per\s*cent|percent|pc|%|p|pence|cents?|points?)?\s*"
_OWN_OF = re.compile(r"\s*(?:%|per\s*cent|percent|pc)?\s+of\b", re.IGNORECASE)
_OR = re.compile(rf"{_UNIT_LEFT},?\s*or\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$")
_TO = re.compile(
    rf"{_UNIT_LEFT},?\s*to\s+(?:(?:trade|settle|close|end|finish|stand|sit)\s+at\s+)?"
    r"(?:(?:about|around|nearly|almost|just)\s+)?(?:US\$|[$£€¥])?$"
)


def change_chains(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give the percentage and the level of a move told as "A, or B per cent, to C" what A counts."""
    numbered = list(figure_texts(figures, texts))
    for i in range(len(numbered) - 1):
        (a, an, text), (b, bn, _) = numbered[i], numbered[i + 1]
        if b.sentence != a.sentence or not a.counts or a.unit == "percent" or b.unit != "percent":
            continue
        if not _OR.fullmatch(text[an.end : bn.start]) or _OWN_OF.match(text, bn.end):
            continue  # (not "$8 billion, or 12% of GDP": a share of another whole, with its own noun)
        b.counts = a.counts  # "fell $2.80, or 3.87 per cent": the contract's move in percent
        if i + 2 < len(numbered):
            c, cn, _ = numbered[i + 2]
            if c.sentence == b.sentence and c.unit == a.unit and _TO.fullmatch(text[bn.end : cn.start]):
                if a.counts.split(" (")[0] not in (c.counts or ""):
                    c.counts = a.counts  # ", to trade at $69.52": the contract's level
