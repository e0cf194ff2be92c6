"""Round 44 (k-uk44): English figures of British news, read on a third set of unseen pages.

Made-up sentences of the shapes found there, each with a near miss that keeps its old reading:

- a bare "m" against the digits that counts in millions: past an adjective of growth or a network's generation
  before the plural ("2.3m new 5G subscribers", "0.8m more listeners"), and after sales with no currency ("the
  app's sales are well over 4m"); a singular noun, a place of sales or a word of height stays metres;
- an aside set off with dashes that restates a change ("slid by 4p – or 2.1% – to 186p", "rose by 40p — or 5% — to
  840p"): read as the same aside in commas is, of the clause's subject.
"""

from __future__ import annotations

from tests.unit.figure_helpers import figures_of, nth_counts_of, values_of

# --- a bare "m" that counts in millions ---


def test_millions_past_new_and_a_network_generation() -> None:
    text = "The carrier signed up 2.3m new 5G subscribers over the spring."
    assert 2_300_000 in values_of(text)
    assert "subscribers" in nth_counts_of(text, 2_300_000)


def test_millions_past_more() -> None:
    text = "Rival stations gained 0.8m more listeners after the relaunch."
    assert 800_000 in values_of(text)


def test_near_miss_a_singular_noun_after_new_stays_metres() -> None:
    text = "Masons raised a 2.3m new wall beside the quarry."
    assert values_of(text) == [2.3]
    assert figures_of(text)[0].unit == "meters"


def test_millions_after_sales_without_a_currency() -> None:
    text = "The quiz app's sales are well over 4m in Wales alone."
    assert values_of(text) == [4_000_000]
    assert "sales" in nth_counts_of(text, 4_000_000)


def test_near_miss_a_place_of_sales_stays_metres() -> None:
    text = "The fair's sales tent stands over 4m from the gate."
    assert values_of(text) == [4]


def test_near_miss_sales_with_a_word_of_height_stays_metres() -> None:
    text = "The booth that handles the puzzle title's sales is 3m tall."
    assert values_of(text) == [3]


# --- an aside in dashes that restates a change ---


def test_an_aside_in_dashes_is_read_as_in_commas() -> None:
    dashed = "Stock in Wexbury Mills slid by 4p – or 2.1% – to 186p at the close."
    commas = "Stock in Wexbury Mills slid by 4p, or 2.1%, to 186p at the close."
    for value in (2.1, 186):
        assert nth_counts_of(dashed, value) == nth_counts_of(commas, value) == "Stock"


def test_an_aside_in_long_dashes_restates_a_fare_rise() -> None:
    text = "Fares on the ferry rose by 40p — or 5% — to 840p this week."
    assert nth_counts_of(text, 5) == nth_counts_of(text, 840) == "Fares"


def test_near_miss_an_aside_in_dashes_that_is_no_change_keeps_the_next_noun() -> None:
    text = "Stock in Wexbury Mills slid by 4p – its worst day since the flood – as 1,200 staff walked out."
    assert nth_counts_of(text, 1200).startswith("staff")


def test_near_miss_an_or_aside_that_is_no_figure_keeps_the_noun_after() -> None:
    text = "The trust lent £4m – or roughly what the town spends on roads – to 12 clubs."
    assert nth_counts_of(text, 12) == "clubs"
