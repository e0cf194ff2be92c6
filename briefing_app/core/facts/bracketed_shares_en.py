"""A share in brackets right after a count ("Of those, 1,585 (7%) had been waiting", "1,933 (four per cent)"):
the same people or things as the count, told as a part of the whole, so it counts what the count counts
(English; data stories of waiting lists, polls and results write every part so)."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact


def share_bracketed_shares(figures: list[Fact], text: str) -> None:
    """Give a bracketed percentage with no noun of its own the counts of the count just before the bracket."""
    for count, share in zip(figures, figures[1:], strict=False):
        if count.number is None or share.number is None or not count.counts:
            continue
        if "percent" not in (share.number.kind, share.unit) or count.unit == "percent":
            continue
        if not re.fullmatch(r"\s*\(\s*", text[count.number.end : share.number.start]):
            continue
        if not re.match(r"\s*(?:%|per\s*cent|percent|pc)?\s*\)", text[share.number.end :]):
            continue  # ("1,585 (7% of the list)": a noun of its own inside)
        if share.counts in (None, "", count.counts) or share.counts.split()[0].lower() in ("of", "per"):
            share.counts = count.counts
