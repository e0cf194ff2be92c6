"""A length from a place is a distance: what it counts names the thing located and the place (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of, figures_of


@pytest.mark.parametrize(
    ("text", "value", "keys"),
    [
        ("The village of Brannock lies about 40 kilometres north of the capital.", 40, ("distance", "Brannock")),
        ("Radioactive dust was found up to 200 km from the Tolvik plant.", 200, ("distance", "dust", "Tolvik")),
        ("The epicentre was 25 miles off the coast of Tolvik.", 25, ("distance", "epicentre", "coast")),
        ("The probe is now 3.1 billion miles away from Earth.", 3.1e9, ("distance", "probe", "Earth")),
        ("The shelling hit a market just 500 metres from the hospital.", 500, ("distance", "market", "hospital")),
        ("The Halvorsen comet is 2.6 billion light years from Earth.", 2.6e9, ("distance", "comet", "Earth")),
        ("The ferry sank 12 nautical miles off the coast.", 12, ("distance", "ferry", "coast")),
    ],
)
def test_a_length_from_a_place_is_the_distance_of_the_thing_located(
    text: str, value: float, keys: tuple[str, ...]
) -> None:
    counts = counts_of(text, "en", value)
    assert all(key in counts for key in keys), counts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Even reaching the clinic required travelling 30 miles from Tolvik.", 30),
        ("The sensors logged 900 counts per minute 15 kilometres from the plant.", 15),
    ],
)
def test_no_clause_or_rate_is_taken_for_the_thing_located(text: str, value: float) -> None:
    counts = counts_of(text, "en", value)
    assert counts.startswith("distance") and "minute" not in counts and "reaching" not in counts, counts


def test_danish_lengths_keep_their_place_alone() -> None:
    assert counts_of("Byen ligger 30 kilometer fra grænsen.", "da", 30).startswith("fra")


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("Halvorsen fired a shot from 30 yards out.", 30, "distance of shot"),
        ("She scored with a volley from 25 yards.", 25, "distance of volley"),
    ],
)
def test_a_shot_from_yards_is_its_distance_from_goal(text: str, value: float, counts: str) -> None:
    assert counts_of(text, "en", value) == counts


def test_yards_of_cloth_or_a_run_are_no_distance_from_goal() -> None:
    assert not counts_of("Halvorsen ran 60 yards to score.", "en", 60).startswith("distance")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The Tolvik reservoir covers 40 square miles.", "square miles"),
        ("The plot measures 500 square metres.", "square metres"),
        ("The flat has 80 square feet of storage.", "square feet"),
    ],
)
def test_square_miles_metres_and_feet_are_units_of_area(text: str, unit: str) -> None:
    assert [f.unit for f in figures_of(text)] == [unit]
