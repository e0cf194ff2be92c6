"""A race named by its distance ("the 100m hurdles final") is an event's name, no figure; a distance the story
measures ("with 200m to go", "the final 100m") stays one. Sentences written for this test."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _figures(paragraphs: list[str]) -> list[float]:
    article = ArticleText(Path("t-en.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    return [f.value for f in extract_facts(build_document(article, language="en")) if f.kind == "figure"]


def test_a_race_named_by_its_distance_is_no_figure() -> None:
    values = _figures([
        "The meeting ended late.",
        "In the 100m hurdles final Jane Roe set a best of 13.15 seconds.",
        "Max Holm won the Grand Prix's 100m final in 9.94 seconds.",
        "Ann Lee reached the 50m freestyle final.",
    ])  # fmt: skip
    assert 100 not in values and 50 not in values
    assert 13.15 in values and 9.94 in values


def test_a_distance_the_story_measures_stays_a_figure() -> None:
    values = _figures([
        "The meeting ended late.",
        "Jane Roe led until only 300m remained, then faded with 200m to go.",
        "Max Holm ran the final 100m in 12 seconds.",
    ])  # fmt: skip
    assert {300, 200, 100, 12} <= set(values)
