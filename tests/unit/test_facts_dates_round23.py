"""Dates the round-21 dev releases showed, written again with made-up text: a season or fiscal year across two
years ("the 2023-24 season", "2020/21") was read as its first year alone; a time that recurs ("events every
weekend", "hver mandag") was a date of the story."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _dates(paragraphs: list[str], language: str = "en") -> list[str]:
    return [f.text for f in facts_of(paragraphs, language) if f.kind == "date"]


def test_a_season_across_two_years_is_one_date() -> None:
    assert _dates(["Data for the 2023-24 Robotics Season shows a peak."]) == ["2023-24"]
    # (since the thirty-sixth round a fiscal year is read with its word: "in fiscal 2020/21", "Fiscal Year 2018")
    assert _dates(["Sales rose in fiscal 2020/21 and again in 2021–22."]) == ["in fiscal 2020/21", "in 2021–22"]


def test_an_iso_date_is_still_whole() -> None:
    assert _dates(["It was signed on 2012-05-12 in the capital."]) == ["2012-05-12"]


def test_a_recurring_time_is_no_date() -> None:
    assert _dates(["The club runs qualifying events every weekend."]) == []
    assert _dates(["The council meets each Monday at noon."]) == []
    assert _dates(["Vi mødes hver mandag i klubben."], "da") == []


def test_a_weekend_of_the_story_is_a_date() -> None:
    assert _dates(["He left the club last weekend."]) == ["last weekend"]
