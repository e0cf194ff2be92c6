"""The period a result covers, told as its length up to its end ("the N weeks to <date>", "the N months leading to
<month>", "the N weeks ended <date>"), is a date and no figure of its own, as "in the three months to August"
already was. Three British probes' hand gold (rounds 43-45, ten items in all) leaves it out; a span with no article
before it, or with no date after "to", stays a figure.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_of, figures_of, values_of

# --- the period a result covers ---


def test_the_weeks_to_a_dated_end_are_the_period_of_a_result() -> None:
    assert values_of("Takings at the Morrow Inns chain for the 40 weeks to March 9 were 6% higher.") == [6]


def test_the_months_leading_to_a_month_are_the_period_of_a_result() -> None:
    assert values_of("Vacancies at Dunmore rose by 3,200 in the two months leading to October.") == [3200]


def test_the_weeks_ended_a_day_and_month_are_the_period_of_a_result() -> None:
    assert values_of("Sales at the Pellam bakery for the 26 weeks ended 9 March fell 2%.") == [2]


def test_near_miss_the_weeks_to_come_stay_a_figure() -> None:
    assert values_of("The ferry line faces a hard test in the 40 weeks to come, its owner warned.") == [40]


def test_near_miss_weeks_spent_with_no_article_stay_a_figure() -> None:
    assert values_of("The crew spent 14 weeks to March 2 at sea, the skipper said.") == [14]


# --- North American wording of the same period: a relative before "ended", the month cut short ---


def test_the_months_that_ended_a_month_are_the_period_of_a_result() -> None:
    text = "Halvard Systems lost $2.4 billion over the nine months that ended June 30."
    assert values_of(text) == [2400000000]


def test_the_months_ending_an_abbreviated_month_are_the_period_of_a_result() -> None:
    text = "The Corlen Co. booked $810 million in the 13 weeks ending Feb. 2, the grocer said."
    assert values_of(text) == [810000000]


def test_a_sum_after_a_period_ended_an_abbreviated_month_counts_the_subject() -> None:
    text = "Its turnover for the 13 weeks ended Oct. 31 totalled $540 million, the owners said."
    figures = figures_of(text)
    assert [f.value for f in figures] == [540000000]
    assert "turnover" in (figures[0].counts or "")


def test_near_miss_an_abbreviated_month_without_the_article_stays_a_figure() -> None:
    assert values_of("He spent six months to Dec. 5 in a clinic near the coast.") == [6]


def test_near_miss_a_fronted_time_before_the_subject_is_still_dropped() -> None:
    assert counts_of("In the three months to June revenue rose 4%.", "en", 4) == "revenue"
