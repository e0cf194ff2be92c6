"""A company's sum that a per-share sum restates is the whole, not a sum per share (English results copy): "earned
$643 million, or $1.12 a share, up from $482.5 million, or 84 cents a share, a year earlier".

The baseline after "up from" shares the reading of the figure before it, which is the per-share one ("company
(earned) (per share)"); but the baseline is itself restated per share after ", or", so it is the whole sum. Its
reading drops the per-share label (the per-share sum after it keeps it).

The other way round, a per-share sum's baseline told with no "a share" of its own ("a dividend of 0.30 shillings a
share, from 0.20 shillings in the previous year") was read as counting "share": it counts what the sum before it
counts.

Last, a per-share sum after ", or" restates the sum right before it, whatever the words before that sum were read
as: "compared with $472 million, or 54 cents per share, a year earlier" read "compared (per share)" while the $472
million was read as the net income; it is the net income per share.
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


# ", or " (and a qualifier and a sign) between a sum and its restatement per share.
_OR_GAP = re.compile(
    r"\s*(?:cents?|pence|p|c)?\s*,\s*or\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?(?:US|C|A)?[$£€]?\s*"
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
    numbered = list(figure_texts(figures, texts))
    for (g, m, _), (f, number, text) in zip(numbered, numbered[1:], strict=False):
        if g.sentence != f.sentence or not f.counts or not f.counts.endswith(" (per share)"):
            continue
        whole = g.counts
        if not whole or "share" in whole or m.currency is None or whole in f.counts:
            continue
        if _OR_GAP.fullmatch(text[m.end : number.start]):
            f.counts = f"{whole} (per share)"  # "$472 million, or 54 cents per share": the net income per share
