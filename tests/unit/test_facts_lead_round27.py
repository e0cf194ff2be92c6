"""The lead's round-27 fixes, each on made-up sentences of the shape real local news writes, with near misses."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _facts(paragraph: str, kind: str) -> list[str]:
    return [f.text for f in facts_of(["Local news", paragraph], "en") if f.kind == kind]


def test_a_settlement_a_distance_is_measured_from_is_a_place_not_a_person() -> None:
    text = "The collision happened on the state highway about 1.5 miles south of Kessby Ward."
    assert "Kessby Ward" in _facts(text, "place")
    assert not any("Ward" in p for p in _facts(text, "person"))
    assert "Tolvik" in _facts("The fire started 20 km from Tolvik on Friday.", "place")


def test_a_world_measured_from_is_no_place() -> None:
    assert "Earth" not in _facts("The capsule travelled 270,000 miles from Earth.", "place")


def test_a_person_after_of_without_a_distance_stays_a_person() -> None:
    text = "The house south of the river belongs to the wife of Jane Brenne, police said."
    assert "Jane Brenne" in _facts(text, "person")


def test_a_numbered_road_is_no_place() -> None:
    text = "The truck rolled over on County Road 500 South, west of County Road 75 East."
    assert "County Road" not in _facts(text, "place")
    assert "Castlefrank Road" in _facts("Police closed Castlefrank Road after the crash.", "place")


def test_a_city_named_like_a_person_qualifying_a_noun_after_a_is_the_city() -> None:
    text = "A third person was airlifted to a Houston hospital on Wednesday, the sheriff's office said."
    assert "Houston" in _facts(text, "place")
    # (near miss: the same name as a family name after a given name stays the person's)
    text = "Whitney Houston sang at the gala, organisers said."
    assert "Houston" not in _facts(text, "place")
