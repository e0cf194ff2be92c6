"""A company's sum that a per-share sum restates is the whole, not a sum per share (English results copy): "earned
$643 million, or $1.12 a share, up from $482.5 million, or 84 cents a share, a year earlier".

The baseline after "up from" shares the reading of the figure before it, which is the per-share one ("company
(earned) (per share)"); but the baseline is itself restated per share after ", or", so it is the whole sum. Its
reading drops the per-share label (the per-share sum after it keeps it).

The other way round, a per-share sum's baseline told with no "a share" of its own ("a dividend of 0.30 shillings a
share, from 0.20 shillings in the previous year") was read as counting "share": it counts what the sum before it
counts.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# ", or 84 cents a share", ", or $1.12 per diluted share" right after the sum.
_RESTATED_PER_SHARE = re.compile(
    r"\s*,\s*or\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?(?:US|C|A)?[$£€]?\s*\d[\d.,]*\s*"
    r"(?:cents?|pence|p|c)?\s*(?:per|a)\s+(?:(?:diluted|basic|adjusted|common|ordinary)\s+)?share\b",
    re.IGNORECASE,
)


# "..., from ", "..., up from " right before a sum: the level the sum before it was reckoned from.
_FROM_BEFORE = re.compile(r",?\s+(?:(?:up|down)\s+)?from\s+(?:(?:about|around|nearly|some)\s+)?(?:US\$|[$£€¥])?$")


def restated_wholes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Drop the per-share label of a sum that a per-share sum restates right after it."""
    for f, number, text in figure_texts(figures, texts, money=True):
        if f.counts and f.counts.endswith(" (per share)") and _RESTATED_PER_SHARE.match(text, number.end):
            f.counts = f.counts[: -len(" (per share)")]
    previous: Fact | None = None
    for f, number, text in figure_texts(figures, texts):
        if number.currency is None and f.unit not in ("cents", "pence"):
            continue
        label = (f.counts or "").lower() in ("share", "a share", "per share")
        if label and previous is not None and previous.sentence == f.sentence and previous.counts:
            if _FROM_BEFORE.search(text[: number.start]) and previous.unit == f.unit:
                f.counts = previous.counts  # "0.30 shillings a share, from 0.20 shillings": the dividend's
        previous = f
