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


def values_of(text: str, language: str = "en") -> list[float]:
    """The values of the figures of `text`, in order."""
    return [f.value for f in figures_of(text, language) if f.value is not None]


def nth_counts_of(text: str, value: float, nth: int = 0) -> str:
    """What the `nth` English figure of `value` (to a part in a million) in `text` counts; fails, naming what was
    found, when there is no such figure."""
    found = [f for f in figures_of(text, "en") if f.value is not None and abs(f.value - value) <= 1e-6 * value]
    assert len(found) > nth, f"no figure {value} in {text!r}: {[(f.text, f.value) for f in figures_of(text, 'en')]}"
    return found[nth].counts or ""


def story_figures(*sentences: str) -> list[Fact]:
    """The English figures of sentences read as one story (one paragraph each)."""
    return find_figures([SourceSentence(i, i, s) for i, s in enumerate(sentences)], "en")


def counts_in(figures: list[Fact], value: float) -> str:
    """What the first figure of `value` counts."""
    found = [f for f in figures if f.value is not None and abs(f.value - value) <= 1e-6 * value]
    assert found, f"no figure {value}: {[(f.text, f.value) for f in figures]}"
    return found[0].counts or ""
