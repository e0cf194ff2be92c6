"""Round 56 (k-enf56): what English figures of weather and public-spending copy count.

Made-up sentences: a temperature led by the measure named right before it ("an overnight low of -4.3C",
"temperatures could plunge to -7C"), and a change read as the time after it ("will rise by an average 4 per cent
next month"), each with near misses that keep their old reading.
"""

from __future__ import annotations

import pytest

from briefing_app.core.facts.model import Fact
from tests.unit.figure_helpers import figures_of, story_figures


def counts_in(figures: list[Fact], value: float) -> str:
    """What the first figure of `value` counts (a reading below zero too)."""
    found = [f for f in figures if f.value is not None and abs(f.value - value) <= 1e-6 * abs(value)]
    assert found, f"no figure {value}: {[(f.text, f.value) for f in figures]}"
    return found[0].counts or ""


# --- a temperature led by its measure: "temperatures could plunge to -7C", "an overnight low of -4.3C" ---


def test_temperature_after_plunge_verb_is_the_temperatures_not_the_warnings() -> None:
    figures = story_figures(
        "Sleet hit Dunmoor as a run of weather alerts went out amid fears temperatures might sink to -7C."
    )
    assert counts_in(figures, -7) == "temperatures"


def test_low_of_names_the_reading_not_the_village() -> None:
    figures = story_figures("The hamlet of Cray Bottom logged an overnight low of -4.3C, its coldest since March.")
    assert counts_in(figures, -4.3) == "overnight low"


def test_readings_as_low_as() -> None:
    figures = story_figures(
        "Overnight temperatures fell to -1.5C in Hollins, and several hill stations saw readings as low as -3C."
    )
    assert counts_in(figures, -3) == "readings"


def test_minus_word_after_the_verb() -> None:
    figures = story_figures("Gritters were out on Friday as temperatures fell to minus 9C in the glens.")
    assert "temperatures" in counts_in(figures, -9)


def test_measure_already_named_keeps_its_reading() -> None:
    figures = story_figures("Overnight temperatures dipped to a raw -2.5C at Kelby airfield.")
    assert counts_in(figures, -2.5) == "Overnight temperatures"


def test_reading_with_no_measure_before_keeps_the_temperature_reading() -> None:
    figures = story_figures("Sevilla recorded 41.2C on Sunday.")
    assert counts_in(figures, 41.2).startswith("temperature")


def test_sea_temperature_before_a_record_keeps_its_reading() -> None:
    figures = story_figures("The lagoon temperature hit a record 29C last week.")
    assert "temperature" in counts_in(figures, 29)


# --- a change read as the time after it: "by an average 4 per cent next month" ---


def test_change_with_adjective_before_per_cent_next_year_is_the_subject() -> None:
    figures = story_figures("Parking charges are to go up by an above-inflation 6 per cent next year, the borough said.")
    assert counts_in(figures, 6) == "Parking charges"


def test_planned_change_after_are_to() -> None:
    figures = story_figures("Ferry fares are to go up by an average 3.5 per cent next month.")
    assert counts_in(figures, 3.5) == "Ferry fares"


def test_yearly_rate_after_a_change_verb() -> None:
    figures = story_figures("Imports of timber have grown by an average 8% a year since 2012.")
    assert "timber" in counts_in(figures, 8) or "Imports" in counts_in(figures, 8)


def test_pronoun_subject_keeps_the_old_reading() -> None:
    figures = story_figures("It will rise by an average 2 per cent next year.")
    assert counts_in(figures, 2) != "It"


def test_spending_with_no_change_verb_is_left_alone() -> None:
    figures = story_figures("The trust will spend an extra 4 per cent next year on wards.")
    assert "trust" not in counts_in(figures, 4)


def test_plain_change_before_last_month_keeps_its_subject() -> None:
    figures = story_figures("Car sales fell 2 per cent last month.")
    assert counts_in(figures, 2).lower() == "car sales"


# --- the emergency number naming the response to a call: "Ambulance 999 response times" ---


@pytest.mark.parametrize(
    "text",
    [
        "Ambulance 999 response times in Wessex slipped again in March.",
        "Paramedics across the county are missing the 999 response target.",
    ],
)
def test_emergency_number_before_its_response_is_no_figure(text: str) -> None:
    assert not figures_of(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("The depot logged 999 responses in May.", 999), ("The trust handled 999 emergency calls last week.", 999)],
)
def test_the_same_digits_counting_responses_or_calls_stay_figures(text: str, value: float) -> None:
    assert value in [f.value for f in figures_of(text)]


# --- a range of readings below zero, each end with its minus: "-2C to -5C" ---


def test_range_below_zero_with_both_signs_is_one_figure() -> None:
    figures = story_figures("Several hill stations saw readings as low as -1C to -4C before dawn.")
    found = [(f.value, f.value_max) for f in figures]
    assert found == [(-1, -4)]


def test_range_of_bare_numbers_below_zero_keeps_its_low_end() -> None:
    figures = story_figures("Lows of -2 to -7C are forecast for the uplands.")
    assert [(f.value, f.value_max) for f in figures] == [(-2, -7)]


def test_range_from_below_zero_to_above_keeps_the_high_end_positive() -> None:
    figures = story_figures("Readings will run from -3C to 4C across the moor.")
    assert [(f.value, f.value_max) for f in figures] == [(-3, 4)]


def test_positive_range_of_readings_is_unchanged() -> None:
    figures = story_figures("Most coastal towns saw readings of 3C to 6C.")
    assert [(f.value, f.value_max) for f in figures] == [(3, 6)]


def test_hyphenated_code_before_a_to_is_no_negative_range() -> None:
    figures = story_figures("Shares fell 2% to -3% in late trade.")
    assert [f.value for f in figures if f.value is not None][0] == 2


def test_signed_range_after_a_change_verb_in_an_earlier_clause_is_one_figure() -> None:
    figures = story_figures("Readings slid to -5.5C at Kelby, and outlying farms saw lows as low as -1C to -3C.")
    assert (-1, -3) in [(f.value, f.value_max) for f in figures]


def test_change_from_one_reading_below_zero_to_another_is_two_figures() -> None:
    figures = story_figures("Temperatures fell from -1C to -6C during the night.")
    assert [(f.value, f.value_max) for f in figures] == [(-1, None), (-6, None)]
