"""One sentence through the figure reader, for the figure tests that each check a class of sentence."""

from __future__ import annotations

from briefing_app.core.facts.figures import find_figures
from briefing_app.core.facts.model import Fact, SourceSentence


def figures_of(text: str, language: str = "en") -> list[Fact]:
    """The figures of `text` read as one sentence."""
    return find_figures([SourceSentence(0, 0, text)], language)


def counts_of(text: str, language: str, value: float) -> str:
    """What the figure of `value` in `text` counts; fails (naming what was found) when there is no such figure."""
    found = [f for f in figures_of(text, language) if f.value == value]
    assert found, f"no figure {value} in {text!r}: {[(f.text, f.value) for f in figures_of(text, language)]}"
    return found[0].counts or ""
