"""A role "of <place>" before words that go on naming a body, and American month abbreviations (made-up
sentences; real place names)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def kinds(text: str) -> dict[str, tuple[str, str | None]]:
    return {f.text: (f.kind, f.role) for f in facts_of([text]) if f.kind in ("person", "organisation")}


def test_words_after_a_role_of_a_place_that_open_with_no_given_name_are_no_person() -> None:
    found = kinds('"The idea is wrong," says Hal Brandt, director of Georgia Sea Grant at the university.')
    assert found["Hal Brandt"][0] == "person"
    assert "Sea Grant" not in found


def test_a_name_after_a_role_of_a_place_opening_with_a_given_name_is_a_person() -> None:
    found = kinds("Governor of Texas Greg Abbott disagreed with the ruling on Tuesday.")
    assert found.get("Greg Abbott") == ("person", "Governor of Texas")


@pytest.mark.parametrize("month", ["Aug", "Sept", "Feb", "Dec"])
def test_an_abbreviated_month_said_twice_is_no_organisation(month: str) -> None:
    text = f"Jane Roe spoke at a {month}. 4 press briefing. The team will release a report {month}. 17 on the spill."
    assert month not in kinds(text)
