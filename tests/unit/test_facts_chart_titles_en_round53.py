"""A record's title before its chart move (round 53, invented BBC entertainment copy): "Kerry Lowden's single Paper
Moon stayed at number one" names a song, no person "Paper Moon" (work_titles._CHARTED: records, films and books
only; a cricket "series" before a player's name is no title)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import names_by_kind


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Singer Kerry Lowden's single Paper Moon stayed at number one in the UK chart.", "Paper Moon"),
        ("Her album Cold Harbour climbed to number three, selling 41,000 copies.", "Cold Harbour"),
        ("The band's new single Glass Rivers entered the chart at number two.", "Glass Rivers"),
    ],
)
def test_a_charted_title_is_no_person(text: str, title: str) -> None:
    found = names_by_kind([text])
    assert title not in found["person"] | found["organisation"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Singer Kerry Lowden's single Paper Moon stayed at number one in the UK chart.", "Kerry Lowden"),
        ("Her brother Tom Roe stayed in London.", "Tom Roe"),
        ("His manager Tom Roe fell ill.", "Tom Roe"),
    ],
)
def test_near_misses_stay_people(text: str, person: str) -> None:
    assert person in names_by_kind([text])["person"]
