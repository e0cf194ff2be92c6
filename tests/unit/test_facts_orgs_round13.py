"""Organisations, round 13: general classes of English news, on sentences written for these tests with made-up
names."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _bodies(paragraphs: list[str], language: str = "en") -> list[str]:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    facts = extract_facts(build_document(article, language=language))
    return [f.text for f in facts if f.kind == "organisation"]


def test_the_planet_and_its_moon_in_a_headline_and_the_text_are_no_organisation() -> None:
    bodies = _bodies(
        [
            "Tolvik Selects Companies to Advance Moon Mobility for Future Missions",
            "The Tolvik Space Agency has selected three companies to build a vehicle for the Moon.",
            "Small Rock Passes Between Earth and Satellites",
            "A small asteroid passed close to Earth on Tuesday, the Tolvik Space Agency said.",
        ]
    )
    assert "Moon" not in bodies and "Earth" not in bodies
    assert "Tolvik Space Agency" in bodies
