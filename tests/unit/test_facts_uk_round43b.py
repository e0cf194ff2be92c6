"""Round 43, second pass (k-uk43b): English figures of British news, read on a second set of unseen pages.

Made-up sentences of the shapes found there, each with a near miss that keeps its old reading:

- a noun phrase held at a mark or moved off it ("amid joblessness at a 12-year high of 7.4%", "to lift borrowing
  costs from the historic low of 0.25%"): that noun owns the mark, not the clause's subject;
- a time told from the day of writing right after a figure ("2.5% later this year"): when, no noun of what
  the figure counts.
"""

from __future__ import annotations

from tests.unit.figure_helpers import nth_counts_of

# --- a noun held at a mark or moved off it owns the mark ---


def test_a_noun_at_a_mark_owns_it() -> None:
    text = "The committee met amid joblessness at a 12-year high of 7.4 per cent."
    assert nth_counts_of(text, 7.4).startswith("joblessness")


def test_a_noun_moved_off_its_mark_owns_it() -> None:
    text = "Traders expect the bank to lift borrowing costs from the historic low of 0.25%."
    assert nth_counts_of(text, 0.25).startswith("borrowing costs")


def test_near_miss_a_verb_before_from_keeps_the_subject_reading() -> None:
    text = "Joblessness fell from a 12-year high of 7.4 per cent."
    assert nth_counts_of(text, 7.4) == "high (Joblessness)"


def test_near_miss_a_verb_before_at_keeps_the_mark_reading() -> None:
    text = "The gauge closed at a record high of 812."
    assert nth_counts_of(text, 812) == "record high"


# --- a time from the day of writing after a figure: when, no noun ---


def test_later_this_year_after_a_figure_is_no_noun() -> None:
    text = "Brokers expect the mint to cut its coin tax from 2.5% later this year."
    assert nth_counts_of(text, 2.5) == "coin tax"


def test_a_mark_moved_off_then_later_this_year() -> None:
    text = "Lenders want the bank to raise fees from the historic low of 0.25% later this year."
    assert nth_counts_of(text, 0.25).startswith("fees")


def test_near_miss_later_before_a_noun_stays_the_noun() -> None:
    text = "The insurer settled 40 later claims in full."
    assert "later claims" in nth_counts_of(text, 40)
