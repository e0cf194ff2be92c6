"""Round 43 (k-fien43): English figures of US election copy, read on unseen newspaper and web pages.

Made-up sentences of the shapes found there, each with a near miss that keeps its old reading:

- a ratio written as a pair of small whole numbers ("by almost 4-to-1", "by 3-1,", "a 5 to 1 margin", "the
  bench's 7-to-2 ruling"): one figure, the first number, counting the margin (or the ratio's noun); the second
  number is no count of its own, and a hyphen after "by" is no match score;
- a list of shares whose later members say only where or for whom ("took 61% of renters in Kessby, 58% in Orlo
  and 52% in Tansy", "drew 2% to 4% backing, compared with 31% to 35% for Pell"): each later share counts the
  first one's noun, with its own place beside it, not the words the member before it ended on;
- a verb of multiplying whose object opens with its own count ("could more than double the 140 wardens") or with a
  quote mark ('pressed for tripling "the ranks of ferry inspectors and ...'): the object is what it counts.
"""

from __future__ import annotations

from tests.unit.figure_helpers import figures_of, nth_counts_of, values_of

# --- a ratio of two small whole numbers: one figure, the margin ---


def test_a_ratio_after_by_is_one_figure_of_the_margin() -> None:
    text = "Orchard growers outvoted the packers by almost 4-to-1 at the Kessby co-op meeting."
    assert values_of(text) == [4]
    assert nth_counts_of(text, 4).startswith("margin")


def test_a_hyphen_ratio_after_by_is_no_score() -> None:
    text = "By roughly 3-1, harbour tenants want the ferry to run past midnight."
    assert values_of(text) == [3]
    assert nth_counts_of(text, 3) == "margin"


def test_a_ratio_closing_the_clause() -> None:
    text = "Renters past retirement age say they see it the same way by 3-1."
    assert 3 in values_of(text)
    assert 1 not in values_of(text)
    assert nth_counts_of(text, 3).startswith("margin")


def test_a_ratio_noun_after_the_pair_is_what_it_counts() -> None:
    text = "The guild rated 36% of the bids as sound, against 9% of the rival bids -- a 4 to 1 margin."
    assert 1 not in values_of(text)
    assert nth_counts_of(text, 4).startswith("margin")


def test_a_ruling_of_a_split_bench() -> None:
    text = "The bench's 7-to-2 ruling last winter struck down the ferry levy."
    assert values_of(text) == [7]
    assert nth_counts_of(text, 7).startswith("ruling")


def test_a_score_after_by_in_a_game_stays_a_score() -> None:
    # near miss: a hyphen pair in a sentence about a game is a result, no figure
    text = "The Kessby Gulls won by 2-1 after a late header."
    assert values_of(text) == []


def test_a_vote_tally_keeps_both_sides() -> None:
    # near miss: a tally of votes after "by a vote of" keeps each side's count
    text = "The harbour board passed the levy by a vote of 14-9 on Monday."
    assert values_of(text) == [14, 9]


def test_a_rising_pair_after_by_is_no_ratio() -> None:
    # near miss: "by 2-4 points" is a range with its unit, read as before
    text = "Okafor trails by 2-4 points in the ferry ward."
    assert [f.value for f in figures_of(text)] == [2]
    assert "margin" not in nth_counts_of(text, 2)


# --- a list of shares whose later members give only a place ---


def test_later_shares_of_a_list_take_the_first_noun_and_their_place() -> None:
    text = "The canvass shows Okafor took 61% of renters over 40 in Kessby last spring, 58% in Orlo county last week and 52% in Tansy on Friday."
    assert nth_counts_of(text, 58) == "renters (in Orlo county last week)"
    assert nth_counts_of(text, 52) == "renters (in Tansy on Friday)"


def test_a_compared_range_for_another_side() -> None:
    text = "Early on, Lysaght drew just 2% to 4% backing, compared with 31% to 35% for Pell, by the canvasses then."
    assert nth_counts_of(text, 31) == "backing (for Pell)"


def test_a_parallel_list_keeps_its_shared_reading() -> None:
    # near miss: every member has its own "for" phrase, the first no noun of its own: the readings stay as they were
    text = (
        "The trims to ferry passes would be steep: 8.5% for riders boarding in 2031, 22% for riders boarding in 2040."
    )
    assert "for riders boarding in 2040" not in nth_counts_of(text, 22)


def test_a_later_share_with_its_own_noun_keeps_it() -> None:
    # near miss: "of" names the later share's own whole
    text = "Okafor took 61% of renters in Kessby, compared with 44% of owners in Orlo."
    assert "owners" in nth_counts_of(text, 44)


# --- a verb of multiplying: its object, past a count or a quote mark ---


def test_more_than_double_after_a_modal_counts_its_object() -> None:
    text = "The guild could more than double the 140 paid wardens now on duty in the nine river towns."
    assert nth_counts_of(text, 2).startswith("paid wardens")


def test_a_quoted_object_after_tripling() -> None:
    text = (
        'Lysaght has urged a new audit office and pressed for tripling "the ranks of ferry toll inspectors and more."'
    )
    assert "inspectors" in nth_counts_of(text, 3)


def test_double_as_a_comparison_keeps_its_reading() -> None:
    # near miss: "more than double the county average" after a copula (no modal) is a comparison, read as before
    text = "Rents in Kessby are now more than double the county average."
    assert values_of(text) == [2]
    assert nth_counts_of(text, 2) == "county average"
