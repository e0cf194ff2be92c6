"""Round 43, second pass (k-uk43b): English figures of British news, read on a second set of unseen pages.

Made-up sentences of the shapes found there, each with a near miss that keeps its old reading:

- a reporting period up to a date written with digits or with the day ("in the 26 weeks to 4 March", "for the 40
  days to 12 January", "the nine months ending on June 30"): the span a result is measured over, no figure, as the
  house style already keeps "the three months to October" out;
- a noun phrase held at a mark or moved off it ("amid joblessness at a 12-year high of 7.4%", "to lift borrowing
  costs from their record low of 0.25%"): that noun owns the mark, not the clause's subject;
- a time told from the day of writing right after a figure ("2.5 per cent later this year"): when, no noun of what
  the figure counts.
"""

from __future__ import annotations

from tests.unit.figure_helpers import nth_counts_of, values_of

# --- a reporting period up to a date: the frame of a result, no figure ---


def test_digit_weeks_to_a_day_and_month_are_no_figure() -> None:
    text = "Comparable sales at the garden chain slipped 1.9% in the 26 weeks to 4 March."
    assert values_of(text) == [1.9]


def test_digit_days_to_a_day_and_month_are_no_figure() -> None:
    text = "Bookings at the spa group climbed 7% for the 40 days to 12 January."
    assert values_of(text) == [7]


def test_months_ending_on_a_month_and_day_are_no_figure() -> None:
    text = "Turnover at the kiln maker reached £8.4m for the nine months ending on June 30."
    assert values_of(text) == [8_400_000]


def test_weeks_to_a_month_then_day_are_no_figure() -> None:
    text = "Footfall at Pellworth malls dropped 3% during the 14 weeks to February 9."
    assert values_of(text) == [3]


def test_near_miss_the_first_days_of_a_month_stay_a_figure() -> None:
    text = "Ticket sales at the lido doubled in the first six days of August."
    assert 6 in values_of(text)


def test_near_miss_weeks_to_do_something_stay_a_figure() -> None:
    text = "Volunteers had the 12 weeks to repaint the pier before the gala."
    assert 12 in values_of(text)


def test_near_miss_weeks_of_a_strike_stay_a_figure() -> None:
    text = "Output at the quarry fell during the 17 weeks of the walkout in March."
    assert 17 in values_of(text)


# --- a noun held at a mark or moved off it owns the mark ---


def test_a_noun_at_a_mark_owns_it() -> None:
    text = "The committee met amid joblessness at a 12-year high of 7.4 per cent."
    assert nth_counts_of(text, 7.4).startswith("joblessness")


def test_a_noun_moved_off_its_mark_owns_it() -> None:
    text = "Traders expect the bank to lift borrowing costs from their record low of 0.25 per cent."
    assert nth_counts_of(text, 0.25).startswith("borrowing costs")


def test_near_miss_a_verb_before_from_keeps_the_subject_reading() -> None:
    text = "Joblessness fell from a 12-year high of 7.4 per cent."
    assert nth_counts_of(text, 7.4) == "high (Joblessness)"


def test_near_miss_a_verb_before_at_keeps_the_mark_reading() -> None:
    text = "The gauge closed at a record high of 812."
    assert nth_counts_of(text, 812) == "record high"


# --- a time from the day of writing after a figure: when, no noun ---


def test_later_this_year_after_a_figure_is_no_noun() -> None:
    text = "Brokers expect the mint to cut its coin tax from 2.5 per cent later this year."
    assert nth_counts_of(text, 2.5) == "coin tax"


def test_a_mark_moved_off_then_later_this_year() -> None:
    text = "Lenders want the bank to raise rates from their record low of 0.25 per cent later this year."
    assert nth_counts_of(text, 0.25) == "rates (their record low)"


def test_near_miss_later_before_a_noun_stays_the_noun() -> None:
    text = "The insurer settled 40 later claims in full."
    assert "later claims" in nth_counts_of(text, 40)
