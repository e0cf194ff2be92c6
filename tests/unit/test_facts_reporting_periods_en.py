"""The period a result covers, told as its length up to its end ("the N weeks to <date>", "the N months leading to
<month>", "the N weeks ended <date>"), is a date and no figure of its own, as "in the three months to August"
already was. Three British probes' hand gold (rounds 43-45, ten items in all) leaves it out; a span with no article
before it, or with no date after "to", stays a figure.
"""

from __future__ import annotations

from tests.unit.figure_helpers import values_of

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
