"""Figures in the constructions of general newspaper stories (business, politics, sport): what they count.

Every sentence here is made up for these tests (names too). Each test names the class of construction; the
check is the corpus scorer's: the value, and a key word inside the extracted `counts`.
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of as _counts_of
from tests.unit.figure_helpers import figures_of as _figures


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mira Halvorsen, who is 61, will step down next year.", 61),
        ("The singer, who turned 60 on Monday, is to retire.", 60),
        ("Halvorsen, who was 19 when she won her first title, is now ranked second.", 19),
    ],
)
def test_an_age_in_a_relative_clause(text: str, value: float) -> None:
    # "who is 61": the relative clause on a person says an age as "she was 61" does
    assert _counts_of(text, "en", value).startswith("age")


def test_points_with_a_direction_belong_to_the_subject() -> None:
    # "closed 84.3 points lower": the points are the index's, as "the index fell 84 points" are
    assert "index" in _counts_of("The Tolvik index closed 84.3 points lower at 4,812.6.", "en", 84.3)


@pytest.mark.parametrize("value", [310, 219])
def test_a_vote_tally_in_words(value: float) -> None:
    # "voted 310 to 219": a tally written with "to", as "voted 310-219" is
    assert "vote" in _counts_of("Members of the Tolvik Assembly voted 310 to 219 in favour of the bill.", "en", value)


def test_number_as_a_verb_is_no_rank() -> None:
    # "users now number 6.4 million": the verb "number", not "number 6" (a rank)
    values = [f.value for f in _figures("Broadband users in Tolvik now number 6.4 million, up from 3.1 million.")]
    assert 6.4e6 in values


def test_number_after_to_stays_a_rank() -> None:
    # "rose to number 3 in the charts": a place in a ranking, not three things
    assert 3 not in [f.value for f in _figures("The single by the Halvorsen Quartet rose to number 3 in the charts.")]


def test_before_tax_is_no_clause() -> None:
    # "Profits before tax were": the accounts' phrase on the noun, not a clause "before tax were ..."
    assert "Profits" in _counts_of("Profits before tax were £45.6m, compared with £38.2m.", "en", 45.6e6)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The Tolvik central bank raised interest rates by a quarter point to 4.75%.", 4.75, "interest rates"),
        ("Ministers want to cut the number of civil service jobs by 80,000.", 80000, "jobs"),
    ],
)
def test_the_object_of_a_change_with_its_step(text: str, value: float, key: str) -> None:
    # the object of a verb of change reaches past a long noun phrase and a step ("by a quarter point") to its level
    assert key in _counts_of(text, "en", value)


def test_a_step_and_a_level_after_a_verb_of_moving_are_two_figures() -> None:
    # "rose $8 to $430": the step and the level reached, not a range from 8 to 430
    figures = {f.value: f for f in _figures("The price of gold rose $8 to $430 an ounce.")}
    assert 8 in figures and 430 in figures and figures[8].value_max is None


def test_a_range_with_no_verb_of_moving_stays_a_range() -> None:
    # "cost $8 to $40": far ends with no verb of moving before them are one range of prices
    figures = _figures("Tickets for the Tolvik festival cost $8 to $40.")
    assert [(f.value, f.value_max) for f in figures] == [(8, 40)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The regulator fined the Tolvik Water Board £2.5m for mis-selling.", 2.5e6),
        ("The player was fined £10,000 by the league.", 10000),
    ],
)
def test_a_sum_after_fined_is_a_fine(text: str, value: float) -> None:
    # "fined the firm £2.5m", "was fined £10,000": the sum is a fine
    assert "fine" in _counts_of(text, "en", value)


def test_cost_in_a_relative_clause_is_the_antecedents() -> None:
    # "The film, which cost $100m": what cost the sum is the noun the relative clause hangs on
    assert "film" in _counts_of("The film, which cost $100m to make, took $15m on its opening weekend.", "en", 100e6)


def test_a_number_inside_a_purpose_phrase_does_not_end_it() -> None:
    # "£300m to fund 2,000 extra nurses": the comma of "2,000" is no end of the phrase the sum is for
    assert "nurses" in _counts_of("The Tolvik health board is to spend £300m to fund 2,000 extra nurses.", "en", 300e6)


def test_a_part_of_a_numbered_group_is_a_figure() -> None:
    # "Twelve of the 30 passengers": a part of a group whose own number stands between, like "three of the victims"
    assert "passengers" in _counts_of("Twelve of the 30 passengers on the Tolvik ferry were children.", "en", 12)


def test_a_year_after_of_the_is_no_group() -> None:
    # "day five of the 2018 festival": no part of a group of 2018
    assert 5 not in [f.value for f in _figures("On day five of the 2018 Tolvik festival, the rain stopped.")]


def test_the_form_of_payment_is_not_what_a_sum_buys() -> None:
    # "bought its rival for £1.2bn in cash": what the sum buys is the object, not the cash it is paid in
    assert "rival" in _counts_of("Tolvik Foods agreed to buy its rival for £1.2bn in cash.", "en", 1.2e9)


def test_at_a_cost_of_names_what_is_bought() -> None:
    # "ordered 10 new planes at a cost of $1bn": the cost of the planes
    assert "planes" in _counts_of("Tolvik Air has ordered 10 new planes at a cost of $1bn.", "en", 1e9)


def test_a_phone_number_in_three_groups_is_no_figure() -> None:
    # "01632 960 123": the last group of a phone number after its area code and a middle group
    assert _figures("Anyone with information should call Tolvik police on 01632 960 123.") == []


@pytest.mark.parametrize(
    "text", ["The Tolvik council meeting is at 10.30 on Tuesday.", "The doors open at 7.30pm and the show starts at 8.15pm."]
)
def test_a_clock_time_with_a_stop_is_no_figure(text: str) -> None:
    # "at 10.30 on Tuesday", "at 7.30pm": British clock times, dates rather than figures
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("en", "Fares on the Tolvik ferries are expected to rise by between 5% and 10%.", 5, 10),
        ("en", "Between 20 and 30 percent of voters in Halby backed the plan.", 20, 30),
        ("da", "Priserne på færgen til Tolvik stiger mellem 5 og 10 procent.", 5, 10),
    ],
)
def test_a_range_of_percentages_after_between(language: str, text: str, low: float, high: float) -> None:
    # "between 5% and 10%": one range, the sign said once or twice, as "between $5 and $10" is
    assert [(f.value, f.value_max) for f in _figures(text, language)] == [(low, high)]


def test_another_n_with_no_noun_shares_the_earlier_kind() -> None:
    # "200 jobs ... and another 150 at its Halby site": another 150 jobs
    text = "Some 200 jobs will go at the Tolvik factory, and another 150 at its Halby site."
    assert "jobs" in _counts_of(text, "en", 150)


def test_a_rate_of_a_figure_names_whose_rate() -> None:
    # "Output expanded at an annual rate of 3.8%": the rate is the subject's
    assert "product" in _counts_of("Gross domestic product in Tolvik expanded at an annual rate of 3.8%.", "en", 3.8)


def test_a_level_kept_unchanged_names_what_is_kept() -> None:
    # "left interest rates unchanged at 2% for the 19th month": the rates, not which month of a run
    text = "The Tolvik central bank left interest rates unchanged at 2% for the 19th month in a row."
    assert "interest rates" in _counts_of(text, "en", 2)


def test_cost_past_whom_it_costs() -> None:
    # "the decision would cost the economy £50m": a cost, and of what
    counts = _counts_of("Halvorsen said the decision would cost the economy £50m a year.", "en", 50e6)
    assert "cost" in counts and "decision" in counts


def test_a_noun_worth_a_sum_without_a_comma() -> None:
    # "seized drugs worth an estimated £2m": the value of the drugs, as "the loan, worth $2bn," is the loan's
    assert "drugs" in _counts_of("Tolvik police have seized drugs worth an estimated £2m.", "en", 2e6)


def test_a_danish_age_with_its_unit_after_a_name() -> None:
    # "Mira Halvorsen, 54 år, har ...": an age in commas after a name, the unit written as Danish often does
    assert _counts_of("Mira Halvorsen, 54 år, har været direktør i Tolvik siden 1999.", "da", 54) == "age"


def test_a_hebrew_level_after_a_step_is_the_subjects() -> None:
    # "הרווח של החברה עלה ב-12% ל-264 מיליון שקל": the level reached past the step is still the profit's
    assert "הרווח" in _counts_of("הרווח של חברת טולוויק עלה ב-12% ל-264 מיליון שקל.", "he", 264e6)


def test_an_arabic_level_after_a_percentage_step_shares_its_subject() -> None:
    # "ارتفع صافي أرباح الشركة بنسبة 12 % إلى 264 مليون ريال": the level reached is the profit's, as the step is
    assert "أرباح" in _counts_of("ارتفع صافي أرباح شركة تولفيك بنسبة 12 % إلى 264 مليون ريال.", "ar", 264e6)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The Tolvik board plans to defend 15kms of coast.", 15, "kilometers"),
        ("The Halby handset has 1GB of memory.", 1, "gigabytes"),
        ("Broadband speeds in Tolvik of up to 8Mbps are on offer.", 8, "megabits/s"),
    ],
)
def test_plural_and_data_units_glued_to_digits(text: str, value: float, unit: str) -> None:
    # "15kms", "1GB", "8Mbps": a unit glued to the digits, not a model's letters ("737MAX")
    assert [(f.value, f.unit) for f in _figures(text)] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "value", "unit", "key"),
    [
        ("Explosions threw a 300-pound manhole cover into the air in Tolvik.", 300, "pounds", "manhole cover"),
        ("The Halvorsen crew landed 500 pounds of halibut on Monday.", 500, "pounds", "halibut"),
        ("The court fined the Tolvik Water Board 5,000 pounds.", 5000, "GBP", "fine"),
        ("She found a 10-pound note in the street.", 10, "GBP", "note"),
        ("The scheme cost 300 pounds of taxpayers' money.", 300, "GBP", "money"),
        ("It is dense: the Zentrix console weighs 8.4 pounds, but it feels heavier.", 8.4, "pounds", "console"),
        ("The Tolvik baby weighed 7 pounds at birth.", 7, "pounds", "baby"),
    ],
)
def test_pounds_weigh_unless_they_pay(text: str, value: float, unit: str | None, key: str) -> None:
    # American news weighs in pounds ("a 300-pound cover", "500 pounds of fish": no currency, a weight in pounds,
    # sixteenth round: the unit named, what is weighed counted); a fine, a note or public money in pounds is sterling
    figure = next(f for f in _figures(text, "en") if f.value == value)
    assert figure.unit == unit
    assert key in (figure.counts or "")
