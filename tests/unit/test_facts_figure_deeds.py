"""What a duration went on and whose change a figure is (made-up sentences, issue 10 round 12)."""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of, figures_of


@pytest.mark.parametrize(
    ("text", "value", "keys"),
    [
        ("The team had only two weeks left to finish the bridge.", 2, ("left", "finish", "bridge")),
        ("Voters have 48 hours remaining to register.", 48, ("left", "register")),
        ("Halvorsen spent 25 years writing songs for the band.", 25, ("writing", "songs")),
        ("Rescuers spent three days searching for survivors.", 3, ("searching", "survivors")),
        ("She spent twelve years working on the ship.", 12, ("working", "ship")),
    ],
)
def test_a_duration_left_for_or_spent_on_a_deed_names_the_deed(text: str, value: float, keys: tuple[str, ...]) -> None:
    counts = counts_of(text, "en", value)
    assert all(key in counts for key in keys), counts


def test_a_duration_before_a_word_in_ing_that_is_no_deed_keeps_its_reading() -> None:
    assert "running" not in counts_of("The Tolvik Rovers won for ten days running.", "en", 10)


@pytest.mark.parametrize(
    ("text", "value", "keys"),
    [
        ("Wages saw an increase of 3.5% this year.", 3.5, ("increase", "Wages")),
        ("Tolvik registered growth of 2.1% last year.", 2.1, ("growth", "Tolvik")),
        ("The economy saw a sharp contraction of 4% in the second quarter.", 4, ("contraction", "economy")),
        ("Brannock Foods reported a loss of $90 million in the first quarter.", 90e6, ("loss", "Brannock")),
    ],
)
def test_a_change_a_subject_saw_or_posted_is_that_subjects(text: str, value: float, keys: tuple[str, ...]) -> None:
    counts = counts_of(text, "en", value)
    assert all(key in counts for key in keys), counts


@pytest.mark.parametrize(
    ("text", "value", "bad"),
    [
        ("Exports posted a rise of 4% in May.", 4, "May"),
        ("There was a rise of 4% in May.", 4, "May"),
        ("Brannock Foods reported a loss of $90 million in the first quarter.", 90e6, "quarter"),
    ],
)
def test_a_time_after_a_change_is_not_what_changed(text: str, value: float, bad: str) -> None:
    assert bad not in counts_of(text, "en", value)


def test_a_change_in_a_thing_still_names_the_thing() -> None:
    assert "sales" in counts_of("The company recorded a drop of 12% in sales.", "en", 12)


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("The earthquake had a magnitude of 6.1.", 6.1, "magnitude (earthquake)"),
        ("The Tolvik ferry has a crew of 45.", 45, "crew (Tolvik ferry)"),
        ("Brannock, with a population of 18,000, is the largest town.", 18000, "population (Brannock)"),
        ("The bridge has a length of 1.2 km.", 1.2, "length (bridge)"),
        ("It has a population of 500.", 500, "population"),
    ],
)
def test_a_measure_its_owner_has_names_the_owner(text: str, value: float, counts: str) -> None:
    assert counts_of(text, "en", value) == counts


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("The Tolvik council is to grant 40 thousand euros as subsidies for the clinic.", 40000, "subsidies"),
        ("Brannock Foods paid $5 million as compensation.", 5e6, "compensation"),
    ],
)
def test_a_sum_given_as_something_counts_that_thing(text: str, value: float, counts: str) -> None:
    assert counts_of(text, "en", value) == counts


def test_a_length_underground_is_the_depth_of_the_thing_before_it() -> None:
    text = "The team has yet to reach the burial chambers 40 feet (12 meters) underground."
    assert counts_of(text, "en", 40) == "depth of burial chambers"
    assert counts_of(text, "en", 12) == "depth of burial chambers"


def test_a_length_word_glued_to_its_digits_is_a_unit() -> None:
    found = figures_of("A crater five metres (16feet) in diameter was seen.")
    assert [(f.value, f.unit) for f in found] == [(5, "meters"), (16, "feet")]


def test_a_deed_that_lasted_for_a_time_keeps_its_object_beside_its_aim() -> None:
    counts = counts_of("Halvorsen wore the watch for two weeks to get used to it.", "en", 2)
    # (the span's unit first since the seventeenth round: "weeks (... wore watch (to get used to it))")
    assert counts.startswith("weeks (") and "wore watch (to get used to it)" in counts, counts


def test_one_noun_and_one_noun_counts_each() -> None:
    found = figures_of("Halvorsen is survived by her two children, one son and one daughter.")
    assert [(f.value, f.counts) for f in found] == [(2, "children"), (1, "son"), (1, "daughter")]


def test_one_adjective_and_one_clause_are_no_counts() -> None:
    text = "There were two Tolvik teams, one national and one made up of refugees."
    assert [f.value for f in figures_of(text)] == [2]


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        # (a span written with its unit counts the unit first, since the seventeenth round)
        ("The Tolvik bridge took 25 years to build.", 25, "years (to build (Tolvik bridge))"),
        ("It took two hours to put out the fire.", 2, "hours (to put out the fire)"),
        ("This year's harvest was 20% smaller than last year's.", 20, "smaller (harvest)"),
    ],
)
def test_the_time_a_thing_took_and_a_share_it_differs_by_name_the_thing(text: str, value: float, counts: str) -> None:
    assert counts_of(text, "en", value) == counts


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("One soldier was wounded in Tolvik.", "soldier"),
        ("One person died in the crash.", "person"),
        ("One attack by masked men was reported.", "attack"),
    ],
)
def test_one_noun_that_something_befell_is_a_count(text: str, key: str) -> None:
    assert key in counts_of(text, "en", 1)


@pytest.mark.parametrize("text", ["No one was hurt.", "Not one person was hurt.", "One of them was injured."])
def test_nobody_and_one_of_them_are_no_counts_of_one(text: str) -> None:
    assert figures_of(text) == []
