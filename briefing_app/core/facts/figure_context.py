"""The text before a figure without its qualifier ("more than", "about", "nearly"): what the readers of what a figure
counts look at, since the qualifier belongs to the figure, not to the words before it."""

from __future__ import annotations

from briefing_app.core.numbers import NumberMatch


def before_qualifier(text: str, n: NumberMatch) -> str:
    """`text` up to the figure `n`, and up to its qualifier when one stands before it."""
    before = text[: n.start]
    if n.qualifier:
        at = before.rfind(n.qualifier)
        before = before[:at] if at >= 0 else before
    return before
