"""A figure in brackets right after another figure restates it in another unit: "This month's increase of 0.9%
(+£2,623) puts the average at ...", "just 0.4% (£1,349) short of the record", "rose by 4.2% (£6,803)" (house-price
and results copy), "Samsung shipped 84.5 million units (+6.1 percent)" (the change of the units, in market copy).
The bracket has no words of its own, so it counts what the figure before it counts.

Only a bracket that holds the figure alone (a sign, a unit or a scale word at most), right after the figure before
(nothing but its unit or one noun and the bracket between them), and only when the bracket's figure has no reading
of its own.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_OPENS = re.compile(
    # (the figure's own noun may come between: "Samsung shipped 84.5 million units (+6.1 percent)")
    r"^\s*(?:%|per\s*cent|percent|p|m|bn|million|billion|points?)?(?:\s+[a-z][a-z-]*)?\s*\(\s*"
    # (an "or" may open it, with a hedge: "70 per cent (or 12.5 million) of adults", "(or about 400)")
    r"(?:or\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?)?[+−-]?\s*"
    r"(?:US|C|A|NZ)?[$£€]?\s*$"
)
_CLOSES = re.compile(r"\s*(?:%|per\s*cent|percent|p|m|bn|million|billion|points?|pts)?\s*\)")


def bracket_restated(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a bare bracketed figure what the figure right before it counts."""
    numbered = list(figure_texts(figures, texts))
    for (f, m, _), (g, n, text) in zip(numbered, numbered[1:], strict=False):
        if f.sentence != g.sentence or g.counts or not f.counts or f.unit == g.unit:
            continue
        if not _OPENS.match(text[m.end : n.start]) or not _CLOSES.match(text, n.end):
            continue
        g.counts = f.counts
