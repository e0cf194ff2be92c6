"""Near misses of the forty-sixth round's English rules, found on the dev half while merging: a family name ending
a coordinated pair of people is no band for its plural verb (org_acts_en.act_deeds), and a particle after a people's
word opens a title as often as a name (people_run_titles.people_before_full_name)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _kinds(text: str) -> dict[str, str]:
    return {f.text: f.kind for f in facts_of([text], "en") if f.kind in ("person", "organisation")}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe and Mary Quarles were crowned joint champions on Sunday.",
        "Judges said Tom Hale and Jo Pelling were nominated for the same prize.",
    ],
)
def test_the_second_of_two_people_crowned_is_no_band(text: str) -> None:
    found = _kinds(text)
    assert "Quarles" not in found and "Pelling" not in found
    assert all(kind == "person" for kind in found.values())


def test_a_band_alone_before_its_plural_deed_is_still_a_band() -> None:
    assert _kinds("Quarles were crowned best live act.") == {"Quarles": "organisation"}


@pytest.mark.parametrize("text", ["The story ran in Arab Al Yawm on Monday.", "He wrote for Egyptian El Fagr for years."])
def test_a_particle_after_a_peoples_word_opens_no_person(text: str) -> None:
    found = _kinds(text)
    assert not [name for name, kind in found.items() if kind == "person"]


def test_a_given_name_after_a_peoples_word_is_still_a_person() -> None:
    assert _kinds("Venezuelan Carlos Riveros was eighth.") == {"Carlos Riveros": "person"}
