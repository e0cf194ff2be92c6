"""Round 39 (k-fig40): English figures whose key word stands before the figure.

Made-up sentences of the shapes read on UK and Irish business, box-office, chart, labour-market and poll pages, each
with a near miss that keeps its old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_in, figures_of


def _head(text: str, value: float) -> str:
    """What the first figure of `value` counts, without the predicate `counted_predicate` adds in brackets."""
    return counts_in(figures_of(text), value).split(" (")[0]


# --- a place in a ranking, the chart it is on, then "with" and the takings: the subject's takings ---


def test_place_on_a_named_chart_counts_the_subject() -> None:
    head = _head("The wizard sequel took the No1 position at the year's Top 20 chart with over 67m euro.", 67e6)
    assert head == "wizard sequel"


def test_top_spot_at_the_weekend_counts_the_subject() -> None:
    head = _head("The new comedy took the top spot at the weekend chart with £4.1m.", 4.1e6)
    assert head == "new comedy"


def test_place_with_an_adjective_of_the_sum_counts_the_subject() -> None:
    head = _head("The space caper takes second place with a decent £2.4m.", 2.4e6)
    assert head == "space caper"


def test_place_with_a_noun_after_the_figure_keeps_the_noun() -> None:
    # near miss: the figure names what it counts after it
    head = _head("The team took second place in the table with 45 points.", 45)
    assert head == "points"


def test_with_a_total_of_is_no_place() -> None:
    # near miss: no place in a ranking before "with"
    head = _head("The studio ended the month with a total of £25m in the bank.", 25e6)
    assert head != "studio"


def test_two_places_joined_by_and_keep_the_points() -> None:
    # near miss: "and" before the second place is no verb of placing
    head = _head("Rovers and Athletic finished third and fourth in the standings with 5,035 and 5,007 points.", 5035)
    assert head == "points"


def test_topping_the_chart_counts_the_subject() -> None:
    head = _head("The sequel topped the chart with $1.4m over the weekend.", 1.4e6)
    assert head == "sequel"


def test_infinitive_heading_the_chart_counts_the_main_subject() -> None:
    head = _head("The drama surged 44% to head the chart with £2.63m.", 2.63e6)
    assert head == "drama"


def test_topping_a_chart_with_a_noun_after_keeps_the_noun() -> None:
    # near miss: the figure names what it counts
    head = _head("The firm topped the chart with 45 complaints.", 45)
    assert head == "complaints"


# --- a second verb in the perfect, or the level now reached, after "and": the first clause's subject ---


def test_perfect_after_and_counts_the_first_subject() -> None:
    head = _head(
        "The Jane Roe and John Doe starrer fell by just 18% over the period and has amassed $15.9m to date.", 15.9e6
    )
    assert head == "Jane Roe and John Doe starrer"


def test_level_after_and_counts_the_first_subject() -> None:
    head = _head("The drama added $1.6m after a slim 12% drop and now stands at a strong $8.1m.", 8.1e6)
    assert head == "drama"


def test_perfect_after_a_titled_subject() -> None:
    head = _head(
        "The Lantern Hill production generated more than $1.7m from 413 sites and has taken $17.3m to date.", 17.3e6
    )
    assert head == "Lantern Hill production"


def test_perfect_with_a_noun_after_keeps_the_noun() -> None:
    # near miss: the figure names what it counts
    head = _head("The insurer cut its forecast and has lost 300 customers.", 300)
    assert head.startswith("customers")


# --- a place in digits, and a bare place after a copula ---


def test_place_in_digits_counts_the_subject() -> None:
    head = _head("The heist sequel took 3rd place with $11m.", 11e6)
    assert head == "heist sequel"


def test_copula_and_a_bare_place_counts_the_subject() -> None:
    head = _head("Silver Harbour was ninth with $1.2 million.", 1.2e6)
    assert head == "Silver Harbour"


def test_copula_without_a_place_is_no_placing() -> None:
    # near miss: "was" with no place after it places nothing
    head = _head("The budget was cut with $1.2 million in savings.", 1.2e6)
    assert head != "budget"


# --- the object of a verb of seeing and its change: what changed ---


def test_seen_object_with_a_participle_of_change() -> None:
    head = _head("Makers saw their shipments increasing 19.3% last year.", 19.3)
    assert head == "shipments"


def test_seen_named_object_up_from_a_sum() -> None:
    head = _head("The fight against crime will see Home Office spending up from £8.2bn to £10.6bn.", 8.2e9)
    assert head == "Home Office spending"


def test_seen_object_without_a_change_is_not_read() -> None:
    # near miss: no verb of change after the object, so the figure keeps its own noun
    head = _head("The firm saw Smith leave in March with 4,000 shares.", 4000)
    assert head == "shares"


# --- a noun phrase with "on X and Y" before its verb of change: the head, not the last noun ---


def test_spending_on_two_things_counts_the_spending() -> None:
    head = _head("Capital spending on buildings and equipment in the state sector would rise by 50% to £8bn.", 50)
    assert head == "Capital spending"


def test_spending_on_two_things_before_a_modal_and_increase() -> None:
    head = _head("Rates will fall, while spending on roads and transport will increase by 16 per cent.", 16)
    assert head == "spending"


def test_and_joining_two_clauses_keeps_the_second_subject() -> None:
    # near miss: a verb before "and" makes it join two clauses
    head = _head("The council spent less on roads and transport costs will increase by 16 per cent.", 16)
    assert head != "council"


# --- a subject, a dashed aside, a verb of change by a step, then the level reached ---


def test_level_after_a_step_past_a_dashed_aside() -> None:
    text = (
        "The wider measure - which also counts those with caring duties - fell by 3,000 in the quarter to 2.4 million."
    )
    assert _head(text, 2.4e6) == "wider measure"


def test_step_past_a_dashed_aside_keeps_the_subject() -> None:
    text = (
        "The wider measure - which also counts those with caring duties - fell by 3,000 in the quarter to 2.4 million."
    )
    assert _head(text, 3000) == "wider measure"


def test_other_clause_after_a_dashed_aside_keeps_its_own_subject() -> None:
    # near miss: a second clause with its own subject and verb is no level of the first
    text = "The wider measure - which also counts those with caring duties - fell by 3,000, while vacancies rose to 600,000."
    assert _head(text, 600000) != "wider measure"


# --- a verb of costing, whom it costs (a name, or a noun with a name before it), then the sum ---


def test_cost_to_a_named_club_counts_the_cost() -> None:
    figures = figures_of("The striker is set to cost Manchester City £250m over five years.")
    assert counts_in(figures, 250e6).startswith("cost")


def test_cost_to_a_club_with_its_name_before_it_counts_the_cost() -> None:
    figures = figures_of(
        "Sunderland signed him in an initial £8.1m transfer which could eventually cost the Wearside club £12m."
    )
    assert counts_in(figures, 12e6).startswith("cost")


def test_name_after_a_verb_other_than_cost_is_no_cost() -> None:
    # near miss: "paid" is no verb of costing
    figures = figures_of("The striker's club paid Manchester City £25m last year.")
    assert not counts_in(figures, 25e6).startswith("cost")


# --- an article, a count and a noun of change: the change is the count's noun ---


def test_count_before_a_noun_of_change_after_the() -> None:
    assert (
        _head("Economic activity grew by 112,000, exceeding the 99,000 rise in employment.", 99000)
        == "rise in employment"
    )


def test_count_before_a_noun_of_change_after_a() -> None:
    assert _head("The quarterly increase was higher than expectations for a 78,000 rise.", 78000) == "rise"


def test_count_before_a_verb_of_change_keeps_its_subject() -> None:
    # near miss: no article before the count, so "rise" is no noun of it
    assert _head("Officials expect 78,000 to rise to the challenge.", 78000) != "rise"


# --- a verb form in -s inside the subject when the clause's own verb comes later ---


def test_gains_inside_the_subject_before_its_verb() -> None:
    assert _head("Capital gains tax receipts fell by 20% to £2.5bn.", 20) == "Capital gains tax receipts"


def test_gains_inside_the_subject_before_a_modal() -> None:
    text = "The capital gains rates for business assets will fall from 40 per cent to 35 per cent."
    assert _head(text, 40) == "capital gains rates"


def test_verb_in_s_with_its_object_stays_a_verb() -> None:
    # near miss: "gains" with an object after it is the clause's verb
    assert _head("The firm gains market share as sales rose 5%.", 5) != "firm gains market share"
