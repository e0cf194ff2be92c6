"""Round 42 (k-fien42): English figures of US election copy, read on unseen wire and newspaper pages.

Made-up sentences of the shapes found there, each with a near miss that keeps its old reading:

- a result of two named sides with a verb of leading or beating between them, then the pair ("X leading Y, 52
  percent to 41 percent"): each number is its own side's share, and a plural after the pair is what both count;
- the first number of such a pair right after a name ("beating Okafor 46 to 39 percent") is a share, not a
  number of that name;
- a fraction of one percent ("one-quarter of 1 percent"): one figure in percent, the "1" is the unit's.
"""

from __future__ import annotations

from tests.unit.figure_helpers import figures_of, nth_counts_of, values_of

# --- a result of two named sides: each number is its own side's ---


def test_leading_with_a_comma_gives_each_side_its_share() -> None:
    text = "A canvass of likely residents showed Okafor leading Brandvold, 52 percent to 41 percent."
    assert nth_counts_of(text, 52) == "Okafor"
    assert nth_counts_of(text, 41) == "Brandvold"


def test_titled_sides_with_a_phrase_between() -> None:
    text = "Ms. Tiernan leads Mr. Lysaght among first-time renters 49 percent to 44 percent, the canvass says."
    assert "Tiernan" in nth_counts_of(text, 49)
    assert "Lysaght" in nth_counts_of(text, 44)


def test_two_sides_beating_a_third_share_the_first_number() -> None:
    text = "Both Tiernan and Lysaght are beating Okafor 46 to 39 percent in the harbour ward."
    assert nth_counts_of(text, 46) == "Tiernan and Lysaght"
    assert nth_counts_of(text, 39) == "Okafor"


def test_a_plural_after_the_pair_is_what_both_count() -> None:
    text = "Okafor edged Brandvold by a handful of ballots -- 8,114 to 8,062 votes."
    assert nth_counts_of(text, 8114) == "votes (Okafor)"
    assert nth_counts_of(text, 8062) == "votes (Brandvold)"


def test_a_pronoun_side_leaves_the_first_share_named() -> None:
    text = "Okafor would beat him 55 percent to 38 percent among renters."
    assert nth_counts_of(text, 55) == "Okafor"


def test_no_pair_after_the_sides_keeps_the_noun() -> None:
    # near miss: "of the" joins the numbers, no result pair; the precincts are counted
    text = "Okafor leads Brandvold in 31 of the 40 precincts."
    assert "precincts" in nth_counts_of(text, 31)


def test_a_pair_with_no_sides_keeps_its_noun() -> None:
    # near miss: "from ... to" with no named sides and no verb of leading
    text = "Rents climbed from 46 to 52 percent of income."
    assert "income" in nth_counts_of(text, 46)


# --- the first number of a pair after a name is a share, not the name's number ---


def test_number_after_a_name_before_to_n_percent_is_a_figure() -> None:
    assert 46 in values_of("Both Tiernan and Lysaght are beating Okafor 46 to 39 percent in the harbour ward.")


def test_model_number_after_a_name_stays_a_name() -> None:
    # near miss: no "to N percent" after the number; the rocket's number is no figure
    assert values_of("The Falcon 9 carried 12 satellites.") == [12]


# --- a fraction of one percent: one figure, in percent ---


def test_fraction_of_1_percent_is_one_figure_in_percent() -> None:
    found = figures_of("The levy was cut by one-quarter of 1 percent last spring.")
    assert [(f.value, f.unit) for f in found] == [(0.25, "percent")]


def test_fraction_of_one_percent_spelled() -> None:
    found = figures_of("Okafor took the recount by under three-quarters of one percent.")
    assert [(f.value, f.unit) for f in found] == [(0.75, "percent")]


def test_fraction_of_ten_percent_keeps_both() -> None:
    # near miss: a fraction of another number of percent keeps that number as a figure
    assert 12 in values_of("Half of 12 percent is six.")


def test_fraction_of_a_count_keeps_the_count() -> None:
    # near miss: the "of" is followed by a count, not by one percent
    assert 1500 in values_of("Nearly a third of 1,500 members voted.")
