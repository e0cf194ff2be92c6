"""English figures and what they count: leftover classes of round 46 (invented sentences, one class per test).

A season word before another noun is a modifier, not a time; a bound between "cost" and its sum keeps the cost;
a sum raised is what was raised; a half of a light head ("the level") measures the subject; sizes in digits
("reach six figures") and cricket boundaries ("hit for four") count nothing.
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of, values_of


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The mayor promised tenants an extra £30 on the winter heating grant.", 30, "heating grant"),
        ("Ministers found £2m for the summer reading scheme in the region.", 2e6, "reading scheme"),
    ],
)
def test_a_season_before_a_noun_is_no_time(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    "text",
    [
        "The studio made £3m in winter 2009.",
        "The studio made £3m in the summer months.",
        "The studio made £3m in spring last year.",
    ],
)
def test_a_season_alone_is_still_when(text: str) -> None:
    # near misses: the season (with a year or a period word) says when, not what the sum is
    counts = counts_of(text, "en", 3e6)
    assert "winter" not in counts and "summer" not in counts and "spring" not in counts


@pytest.mark.parametrize(
    "text",
    [
        "The new ring road is set to cost a maximum of £4.2bn, engineers said.",
        "The tunnel would cost a minimum of £900m.",
        "The tunnel would cost £900m.",
    ],
)
def test_a_bound_between_cost_and_its_sum_keeps_the_cost(text: str) -> None:
    value = 4.2e9 if "4.2bn" in text else 9e8
    assert "cost" in counts_of(text, "en", value)


def test_a_bound_after_another_verb_is_no_cost() -> None:
    assert "cost" not in counts_of("The reserve fund holds a minimum of £4.2bn.", "en", 4.2e9)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The appeal, which has already raised 12 million, closes in May.", 12e6),
        ("The bake sale has raised more than £20,000.", 20000),
        ("Two cycling clubs which have already raised 40 million plan a third ride.", 40e6),
    ],
)
def test_a_sum_raised_counts_what_was_raised(text: str, value: float) -> None:
    assert "raised" in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The bank raised its base rate to 5%.", 5, "rate"),
        ("The orchard raised 12 goats.", 12, "goats"),
    ],
)
def test_raising_a_level_or_a_small_count_is_unchanged(text: str, value: float, key: str) -> None:
    counts = counts_of(text, "en", value)
    assert key in counts and not counts.startswith("raised (")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Exports are running at about half the level of 1998.", "Exports"),
        ("Trade was quiet, with loans stuck at roughly half the peak level.", "loans"),
        ("Turnout was half the figure of 1997.", "Turnout"),
    ],
)
def test_a_half_of_a_light_head_measures_the_subject(text: str, key: str) -> None:
    counts = counts_of(text, "en", 0.5)
    assert key in counts and not counts.startswith("with")


def test_half_before_its_own_noun_is_unchanged() -> None:
    assert "voters" in counts_of("Half the voters stayed home.", "en", 0.5)


@pytest.mark.parametrize(
    "text",
    [
        "The album became the first since May to hit six figures within a week.",
        "Legal fees ran into seven figures.",
        "The duo signed a seven-figure deal.",
    ],
)
def test_a_size_in_digits_is_no_figure(text: str) -> None:
    assert not any(4 <= v <= 10 for v in values_of(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Six figures were released from the archive.", 6),
        ("The team posted six figures in the table.", 6),
        ("Police reached six figures of the gang.", 6),
    ],
)
def test_figures_as_things_stay_counts(text: str, value: float) -> None:
    assert value in values_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Okafor was patient and punished the loose balls for four.",
        "Mendes drove the ball hard for four and then took a single.",
        "He was struck for six, then bowled the next over.",
    ],
)
def test_a_cricket_boundary_is_no_count(text: str) -> None:
    assert 4 not in values_of(text) and 6 not in values_of(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They booked a table for four.", 4),
        ("He was jailed for four years.", 4),
        ("The visitors slumped to 30 for four.", 4),
        ("Rain hit the valley for four days.", 4),
    ],
)
def test_for_four_elsewhere_keeps_its_count(text: str, value: float) -> None:
    assert value in values_of(text)
