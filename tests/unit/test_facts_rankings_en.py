"""number_names: a place in a ranking or a seeding after "ranked"/"seeded" ("ranked nine in the world", "was ranked
three at last year's event") is no figure; a count after "ranked" that has its own noun ("ranked 45 places higher")
stays one. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _values(sentence: str) -> list[float | None]:
    return [f.value for f in facts_of([sentence]) if f.kind == "figure"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Currently ranked nine in the world, Harlow must beat Tolk Vale to reach the final.", 9.0),
        ("Mira Tolk knocked out Jana Dee when the Harlow player was ranked four at last year's event.", 4.0),
        ("Tolk, seeded 12 at the Harlow Open, lost in the first round.", 12.0),
        ("The Harlow side, ranked 30, beat the champions on Friday.", 30.0),
    ],
)
def test_a_rank_is_no_figure(sentence: str, value: float) -> None:
    assert value not in _values(sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Harlow are now ranked 45 places higher than a year ago.", 45.0),  # a count of places moved
        ("The club ranked 12 players for the draft in Harlow.", 12.0),  # players counted
        ("Tolk won 6 of her 9 matches in Harlow.", 6.0),  # no "ranked" at all
    ],
)
def test_near_misses_stay_figures(sentence: str, value: float) -> None:
    assert value in _values(sentence)
