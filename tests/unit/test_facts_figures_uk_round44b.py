"""Round 44 (k-spf44): English figures of sport and entertainment copy, read on unseen British pages.

Made-up sentences of the shapes found there, each with a near miss that keeps its old reading:

- a place on a chart or a world ranking said with a bare number ("Brass Age is at 6," in a sentence about a
  chart, "at 88 in the world"), and "the last four at" a named event: places and stages, no figures;
- a fee hedged by hearsay ("a buy-out clause thought to be around £340,000", "for a reported £2.1m"): the sum of
  the hedged noun, or the mover's price;
- a share in brackets with no noun of its own after a phrase: of a count earlier in its clause ("Four million
  flats have access to district heating (12 per cent)"), else of the phrase before the bracket.
"""

from __future__ import annotations

from tests.unit.figure_helpers import nth_counts_of, values_of

# --- places on a chart or a ranking ---


def test_chart_places_after_is_at_and_holds_at_are_no_figures() -> None:
    text = "Over the week, Pim Ostra's Glass Harbour is at 2, Dellow's Tin Moon is at 3, and Brass Age holds at 4."
    assert values_of(f"{text} Orla Venn's debut album rounds off the Top 5.") == []


def test_near_miss_a_level_stated_with_is_at_and_no_chart_stays_a_figure() -> None:
    assert values_of("The count of stranded ferries is at 12, harbour staff said.") == [12]


def test_a_world_ranking_is_no_figure() -> None:
    text = "Pellow, 22, ranked 40 places behind his rival at 88 in the world, served well on Sunday."
    assert 88 not in values_of(text)
    assert 40 in values_of(text)


def test_near_miss_a_count_with_its_noun_in_the_world_stays() -> None:
    assert values_of("The lodge keeps 88 owls, more than any other in the world.") == [88]


def test_the_last_four_at_a_named_event_is_a_stage() -> None:
    assert values_of("This spring Orrin made the last four at Dunmore and the final in Kelby.") == []


def test_near_miss_the_last_four_at_a_counter_stay_a_count() -> None:
    assert values_of("Of the queue, the last four at that bakery counter got a free scone.") == [4]


# --- a hedged fee ---


def test_a_fee_thought_to_be_around_a_sum_is_the_noun_hedged() -> None:
    text = (
        "Tamley wanted to keep a winger with 41 goals, but Rovers paid a buy-out clause thought to be around £340,000."
    )
    assert nth_counts_of(text, 340_000) == "buy-out clause"


def test_near_miss_a_subject_believed_to_be_a_sum_in_debt_keeps_its_reading() -> None:
    assert nth_counts_of("The rowing club is believed to be £2m in debt.", 2_000_000).startswith("debt")


def test_for_a_reported_sum_after_a_move_is_the_mover_price() -> None:
    text = "The keeper moved to Kelby from Ostbury Vale last summer for a reported £2.1m."
    assert nth_counts_of(text, 2_100_000).startswith("keeper")


def test_near_miss_for_a_further_sum_keeps_its_noun() -> None:
    text = "The keeper moved to Kelby from Ostbury Vale last summer for a further £300,000 in add-ons."
    assert "add-ons" in nth_counts_of(text, 300_000)


# --- a share in brackets after a phrase ---


def test_a_bracketed_share_after_a_phrase_counts_the_clause_count() -> None:
    text = "Nearly two million pupils now have access to free tutoring (15 per cent), the ministry said."
    assert "pupils" in nth_counts_of(text, 15)


def test_a_bracketed_share_with_no_count_in_its_clause_counts_the_phrase() -> None:
    text = "Lessons bring in 40 per cent of club income, which sits a little under that from memberships (45 per cent)."
    assert nth_counts_of(text, 45) == "memberships"


def test_near_miss_a_bracketed_share_with_its_own_noun_keeps_it() -> None:
    text = "Lessons bring in 40 per cent of club income, just below memberships (45 per cent of all takings)."
    assert "takings" in nth_counts_of(text, 45)


def test_near_miss_a_capitalised_group_before_the_bracket_keeps_its_reading() -> None:
    text = "Support is higher among farmers (34% in favour) and Welsh voters (32%)."
    assert "Welsh voters" in nth_counts_of(text, 32)


def test_near_miss_a_change_phrase_before_the_bracket_keeps_its_reading() -> None:
    text = "The steepest fall was in garden centres (3.4 per cent)."
    assert nth_counts_of(text, 3.4) == "fall in garden centres"
