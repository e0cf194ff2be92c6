"""number_names: a standard track or pool distance written out with an event word after it names the race ("the
60 metres world record", "the world 100 metres silver medallist"), so it is no figure; other lengths, and the same
lengths with no event word after them, stay distances the story measures. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _values(sentence: str) -> list[float | None]:
    return [f.value for f in facts_of([sentence]) if f.kind == "figure"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Setting the 60 metres world record of 6.12 seconds was only part of the task for Jon Dee.",
        "The world 100 metres silver medallist drove to the meeting in Harlow.",
        "Dee beat the champion for the 100 metres silver in Oslo.",
        "She is the Olympic 400 metres champion and the favourite in Harlow.",
        "Mira Tolk won the 200 meters title in Harlow.",
        "Tolk lowered the national 1500 metres record on Friday.",
    ],
)
def test_a_race_named_by_its_written_out_distance_is_no_figure(sentence: str) -> None:
    assert not {60.0, 100.0, 200.0, 400.0, 1500.0} & {v for v in _values(sentence) if v is not None}


def test_the_time_beside_the_race_stays_a_figure() -> None:
    assert 6.12 in _values("Setting the 60 metres world record of 6.12 seconds was only part of the task for Jon Dee.")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The team ran 100 metres to the gate in Harlow.", 100.0),  # no event word: a distance
        ("The wall at Harlow is 60 metres high.", 60.0),
        ("The 250 metres record stands at the Harlow club.", 250.0),  # not a standard race distance
        ("The firm set a record of 100 metres of cable laid in a day.", 100.0),  # a record OF cable
    ],
)
def test_near_misses_stay_distances(sentence: str, value: float) -> None:
    assert value in _values(sentence)


# Glued distances ("100m"), a second race joined on, the people and contests a race holds, and a race named by its
# distance alone before where it was run (after "the" or a genitive).
@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Mira Tolk, a Commonwealth 100m and 200m finalist, has been suspended by the federation.", {100.0, 200.0}),
        ("She was fifth again in the 100m at the European Indoors in Harlow.", {100.0}),
        ("Jon Dee, one of the favourites for the men's 400m in Harlow, was cleared on Friday.", {400.0}),
        ("Dee won each of his four 200 metres races in 2006.", {200.0}),
        ("The 800m runner from Harlow withdrew on Monday.", {800.0}),
    ],
)
def test_a_race_named_by_its_glued_distance_is_no_figure(sentence: str, values: set[float]) -> None:
    assert not values & {v for v in _values(sentence) if v is not None}


def test_the_count_of_races_stays_a_figure() -> None:
    assert 4.0 in _values("Dee won each of his four 200 metres races in 2006.")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Tolk ran the last 100m in 10.2 seconds at Harlow.", 100.0),  # "the last": a stretch of the race
        ("They walked 200m to the gate in Harlow.", 200.0),  # no race named
        ("He ran 100m in the dark before the rain came.", 100.0),  # no "the": a run measured
        ("The 250m at the Harlow track is its longest straight.", 250.0),  # no standard race distance
    ],
)
def test_near_misses_of_glued_distances_stay_distances(sentence: str, value: float) -> None:
    assert value in _values(sentence)
