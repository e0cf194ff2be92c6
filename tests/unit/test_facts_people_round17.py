"""People in made-up Hebrew news sentences of round 17, written before they were run (24 sentences, 27
people; first run on main's code: P/R .96/.96). The one class that failed: a title, a given name, a family
name and then ב, ל or מ glued to a known place ("השר משה לוי בירושלים") read the place as a third name."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _kind(paragraphs: list[str], kind: str, language: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, language) if f.kind == kind}


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        ("ראש הממשלה נפגש עם נשיא צרפת ז'אק לורן בפריז.", "ז'אק לורן", "פריז"),
        ("ראש הממשלה נפגש עם השר משה לוי בירושלים.", "משה לוי", "ירושלים"),
        ("ראש הממשלה נפגש עם השר משה לוי בלונדון.", "משה לוי", "לונדון"),
    ],
)
def test_a_place_glued_to_a_preposition_after_a_titled_name_is_no_third_name(
    sentence: str, name: str, place: str
) -> None:
    assert name in _kind([sentence], "person", "he")
    assert place in _kind([sentence], "place", "he")


def test_a_middle_name_closing_the_clause_is_still_read() -> None:
    assert "ז'אן פייר לוי" in _kind(["ראש הממשלה ז'אן פייר לוי."], "person", "he")
