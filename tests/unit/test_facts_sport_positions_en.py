"""Playing positions written before a player's name as his role (round 48, k-enent48): "lock", "centre", "wing",
"fullback", "stand-off" are common words elsewhere, so they are read as roles only right before a name. Made-up
names and sentences of the shapes seen in rugby and cricket reports, with near misses that must not change."""

from __future__ import annotations

from briefing_app.core.facts.people_role_before import role_before
from briefing_app.core.facts.playing_positions_en import position_before_name
from tests.unit.facts_helpers import facts_of


def _roles(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs) if f.kind == "person"}


def test_a_lower_case_position_before_a_name_is_the_role() -> None:
    roles = _roles(["Kessby were without centre Tomas Brevik for the trip to Dunmore on Friday."])
    assert roles == {"Tomas Brevik": "centre"}


def test_a_capitalised_position_opening_the_sentence_is_the_role_not_part_of_the_name() -> None:
    assert _roles(["Fullback Piet Marwede kicked two goals from wide out."]) == {"Piet Marwede": "Fullback"}
    assert _roles(["Lock Tomas Brevik was sent off for a high tackle."]) == {"Tomas Brevik": "Lock"}


def test_a_team_and_a_position_before_a_name_and_a_position_ending_in_ing() -> None:
    assert _roles(["The Harbour wing Makazole Trunde crossed twice after the break."]) == {
        "Makazole Trunde": "Harbour wing"
    }
    assert _roles(["Wing Anton Kulesza and fullback Piet Marwede both signed new deals."]) == {
        "Anton Kulesza": "Wing",
        "Piet Marwede": "fullback",
    }


def test_a_hyphenated_position_before_a_name() -> None:
    roles = _roles(["Stand-in captain Dan Oyelo has picked stand-off Piet Marwede in Lowton."])
    assert roles["Piet Marwede"] == "stand-off"


def test_a_place_or_a_verb_before_a_name_is_no_position() -> None:
    # (near misses: "city centre" names a place, "to lock" is a verb, and a comma sets off an apposition)
    assert role_before("He walked through the city centre ") is None
    assert role_before("The council wants to lock ") is None
    assert not position_before_name(["the", "research", "centre"])
    assert not position_before_name(["to", "lock"])
    assert not position_before_name(["its", "centre,"])
    assert _roles(["Visiting the research centre Piet Marwede said little."]) == {"Piet Marwede": None}


def test_a_capitalised_position_inside_a_run_and_a_rank_stay_as_they_were() -> None:
    # ("Wing Commander" is an air force rank: the word after the position is a title, so no position is read)
    assert not position_before_name(["the", "Harbour", "Centre"])
    roles = _roles(["Wing Commander Piet Marwede flew the last sortie."])
    assert all(role != "Wing" for role in roles.values())
