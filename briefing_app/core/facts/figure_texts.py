"""The walk the late readers of what an English figure counts share: each figure with a number, that number and its
sentence's text (`texts` maps a sentence's index to its text). Thirteen readers wrote the same three-line guard;
here it is written once, and the number comes out typed as present."""

from __future__ import annotations

from collections.abc import Iterator

from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import NumberMatch


def figure_texts(
    figures: list[Fact], texts: dict[int, str], money: bool = False
) -> Iterator[tuple[Fact, NumberMatch, str]]:
    """Each figure fact with a number (with `money`, a sum of money only), its number and its sentence's text."""
    for f in figures:
        if f.kind != "figure" or f.number is None or f.sentence not in texts:
            continue
        if money and f.number.currency is None:
            continue
        yield f, f.number, texts[f.sentence]
