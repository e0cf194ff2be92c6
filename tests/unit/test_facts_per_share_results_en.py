"""A per-share sum in company results (English business pages).

- "made 31 cents per share of net income": the result named after the share is what the sum is of, not the
  company that had it;
- "earned $12.3 million or 17 cents a share": a sum and the same said per share, joined by "or" with no comma, are
  two figures, no range from 12.3 million to 17.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_of, figures_of, values_of


def test_a_per_share_sum_counts_the_result_named_after_it() -> None:
    text = "The Brenmoor group made 31 cents per share of net income, beating forecasts."
    assert counts_of(text, "en", 31).startswith("net income")


def test_a_per_share_sum_counts_the_result_after_in() -> None:
    text = "The Brenmoor group reported 31 cents a share in operating profit last quarter."
    assert counts_of(text, "en", 31).startswith("operating profit")


def test_near_miss_a_per_share_sum_with_no_result_after_keeps_its_reading() -> None:
    text = "The Brenmoor group earned 31 cents a share, beating forecasts."
    assert counts_of(text, "en", 31) == "Brenmoor group (per share)"


def test_near_miss_a_restated_per_share_sum_keeps_the_whole_it_restates() -> None:
    text = "Net income at Brenmoor was $2 million, or 31 cents per share, on sales of $40 million."
    assert counts_of(text, "en", 31) == "Net income (per share)"


def test_a_sum_or_cents_a_share_are_two_figures() -> None:
    text = "Tolvane earned $12.3 million or 17 cents a share in the second quarter."
    assert values_of(text) == [12300000, 17]
    assert [f.value_max for f in figures_of(text)] == [None, None]


def test_a_hyphenated_sum_or_cents_are_two_figures() -> None:
    assert values_of("Tolvane earned $12.3-million or 17 cents in the second quarter.") == [12300000, 17]


def test_near_miss_two_sums_joined_by_or_stay_a_range() -> None:
    figures = figures_of("Tickets for the gala cost $20 or $30 each.")
    assert [(f.value, f.value_max) for f in figures] == [(20, 30)]
