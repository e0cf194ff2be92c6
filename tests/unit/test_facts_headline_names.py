"""A Title Case headline's capitals are no names: a person only the headline names must be one the story
names too (made-up headlines and stories)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of

STORY = (
    "A photographer and navy veteran is fighting back after a picture she posted of her baby wrapped in a "
    "flag drew criticism online. Mira Castell said she was proud of the photograph."
)


def people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs) if f.kind == "person"}


@pytest.mark.parametrize(
    "headline",
    [
        "Veteran Wraps Baby in American Flag, Photo Sparks Controversy",
        "Nurse Holds Record Vigil as Storm Batters Coast",
        "Mayor Backs Harbour Plan, Critics Cry Foul",
        "Judge Ruling Sparks Row Over Ferry Fares",
    ],
)
def test_title_case_headline_words_are_no_people(headline: str) -> None:
    assert set(people([headline, STORY])) == {"Mira Castell"}


def test_a_person_the_headline_and_the_story_name_is_kept() -> None:
    found = people(["Castell Wins Photography Prize for Flag Picture", STORY])
    assert set(found) == {"Mira Castell"}


def test_a_headline_name_opening_with_a_given_name_is_kept() -> None:
    found = people(["Mira Castell, 45, Named Harbour Chief", "The board announced it on Monday in the capital."])
    assert "Mira Castell" in found


def test_a_sentence_case_headline_is_read_as_any_sentence() -> None:
    found = people(["Coach Tom Weller leaves the club after six years", "The club thanked him on Friday."])
    assert "Tom Weller" in found


def named_things(paragraphs: list[str]) -> set[str]:
    return {f.text for f in facts_of(paragraphs) if f.kind in ("place", "organisation")}


BUSINESS = "Zentrix agreed to sell its core business to Verizon for $4.8bn on Monday, leaving investors little say."


@pytest.mark.parametrize(
    ("headline", "common"),
    [
        ("Zentrix's Sale to Verizon Leaves Shareholders With Little Say", "Sale"),
        ("How Winter Wreaks Havoc on What's Underneath the City", "What"),
        ("Why Reading the Small Print Pays Off for Zentrix Investors", "Reading"),
    ],
)
def test_a_common_word_only_a_title_case_headline_names_is_no_place_or_body(headline: str, common: str) -> None:
    assert common not in named_things([headline, BUSINESS])


def test_a_place_the_headline_and_the_story_name_is_kept() -> None:
    story = "Flood water reached the centre of Reading on Sunday, and 300 homes in Reading were cleared."
    assert "Reading" in named_things(["Floods Hit Reading as River Bursts Its Banks", story])


def test_followers_of_a_movement_said_again_are_no_organisation() -> None:
    story = (
        "The country has seen rising Loyalist anger since the vote. Critics accuse the Loyalists of stoking it. "
        "The Loyalists deny that. Police said they did not expect a crackdown on Loyalists."
    )
    assert "Loyalists" not in named_things(["Headline", story])


@pytest.mark.parametrize("adjective", ["Zionist", "Marxist", "Islamist"])
def test_a_creeds_adjective_before_state_is_no_place(adjective: str) -> None:
    assert adjective not in named_things(["Headline", f"Critics called it a {adjective} state, she said."])
