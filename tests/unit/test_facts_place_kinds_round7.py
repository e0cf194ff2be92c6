"""Places named with their kind (core/facts/place_shapes.py, place_features.py), round-7 classes, on made-up
sentences."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _places(*paragraphs: str) -> set[str]:
    return {f.text for f in facts_of(list(paragraphs)) if f.kind == "place"}


def test_empires_and_hemispheres_are_places() -> None:
    found = _places("The killings by the Ottoman Empire began in spring in the Northern Hemisphere.")
    assert {"Ottoman Empire", "Northern Hemisphere"} <= found


def test_a_two_word_name_before_a_settlement_word_is_a_place_even_with_a_given_name_first() -> None:
    facts = facts_of(["Many of the injured came from the Bala Quarry village near the border."])
    assert ("place", "Bala Quarry") in {(f.kind, f.text) for f in facts}


def test_a_settlement_named_with_accented_letters() -> None:
    assert "Valdesús" in _places("In the old neighbourhood of Valdesús, an eviction took place on Monday.")


def test_a_region_after_a_peoples_adjective_is_one_place_with_it() -> None:
    found = _places("If the army attacks Iraqi Kurdistan we will resist.", "He met Iraqi officials in Kurdistan.")
    assert {"Iraqi Kurdistan", "Kurdistan"} <= found and "Iraqi" not in found


def test_the_seat_a_member_of_parliament_sits_for_is_a_place_not_part_of_a_body() -> None:
    facts = facts_of(["Simon Hale, Member of Parliament for North Quayside and Bermton, said he would help."])
    kinds = {(f.kind, f.text) for f in facts}
    assert ("place", "North Quayside and Bermton") in kinds
    assert not any(kind == "organisation" and "Bermton" in text for kind, text in kinds)


def test_a_capital_named_like_a_persons_surname_is_the_person_unless_a_preposition_of_place_comes_first() -> None:
    assert "Kingston" not in _places("A professor, Ada Kingston, said the crisis was real.", "Kingston added more.")
    assert "Kingston" in _places("A professor, Ada Kingston, said so.", "He later lived in Kingston for a year.")


def test_a_danish_hospital_someone_is_taken_to_is_a_place_else_a_body() -> None:
    taken = facts_of(["Drengen blev kørt til tjek på Hjørring Sygehus i går."], "da")
    assert ("place", "Hjørring Sygehus") in {(f.kind, f.text) for f in taken}
    run = facts_of(["Direktøren for Hjørring Sygehus siger, at alt er godt."], "da")
    assert ("organisation", "Hjørring Sygehus") in {(f.kind, f.text) for f in run}
