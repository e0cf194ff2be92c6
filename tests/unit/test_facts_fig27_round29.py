"""Round 29 (k-fig27): what English figures count, by the grammar that carries it, and false figures.

Made-up sentences of the shapes read on news pages of every genre, each with near misses that keep their old
reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_of, figures_of, values_of

# --- a round number written as a plural: "100s of homes" is a loose "hundreds of", no figure (no seconds) ---


def test_plural_round_numbers_are_no_figures() -> None:
    assert values_of("Storms Leave 100s Of Homes Without Power") == []
    assert values_of("Volunteers planted 1000s of trees along the river.") == []
    assert values_of("Fans waited in 10s of queues.") == []


def test_plural_round_near_misses_keep_their_figures() -> None:
    assert values_of("The engine burned for 100s before shutdown.") == [100.0]  # seconds, no "of"
    assert values_of("The club sold 100 of its seats.") == [100.0]
    assert values_of("He ran 400s of the race in practice.") == [400.0]  # not a round power of ten


# --- a figure completing a verb of amount counts its subject's head, past the subject's modifiers ---


def test_amount_verb_counts_subject_head_past_relative_clause() -> None:
    text = "New cases of the illness that spread through the region in the spring surpassed 8,000 on Monday."
    assert "cases" in counts_of(text, "en", 8000)


def test_amount_verb_counts_subject_head_past_listed_prepositions() -> None:
    text = "Train delays within, into or out of the capital totaled over 2,300 on Friday."
    assert "delays" in counts_of(text, "en", 2300)


def test_amount_verb_counts_measure_head_with_its_of_phrase() -> None:
    text = "The number of pupils tested and cleared by the nurses continues to rise to 1,412."
    assert "pupils" in counts_of(text, "en", 1412)


def test_amount_verb_near_misses_keep_their_readings() -> None:
    # the figure has its own noun
    assert "infections" in counts_of("Reports from the clinics surpassed 900 infections on Monday.", "en", 900)
    # the reading and the head stand in two clauses
    text = ("The task is to help the hungry people today, which is hard, but also to feed a world population "
            "that is expected to reach 9.4 billion in 2060.")
    assert "population" in counts_of(text, "en", 9.4e9)
    assert "sales" in counts_of("Sales of the phones made by the firm reached $2 billion.", "en", 2e9).lower()


# --- a share of a state: its participle and what is in that state ---


def test_share_state_before_a_day() -> None:
    assert "contained" in counts_of("The brush fire was only 45 percent contained on Tuesday.", "en", 45)
    assert "contained" in counts_of("The blaze was 60% contained early Friday.", "en", 60)


def test_share_state_in_coordinated_clause_after_just() -> None:
    counts = counts_of("The Oak Fire grew to 9,000 acres and was just 12 percent contained by Sunday.", "en", 12)
    assert "Oak Fire" in counts


def test_share_state_in_absolute_phrase() -> None:
    counts = counts_of("With the blaze 35 percent contained, county officials reopened the road.", "en", 35)
    assert counts == "contained (blaze)"


def test_share_state_near_misses() -> None:
    # a share of a whole after "with" keeps its whole
    assert "votes" in counts_of("With 95% of the votes counted, the mayor led.", "en", 95)
    # a rise is no state
    assert "contained" not in counts_of("Sales rose 12 percent on Monday.", "en", 12)


# --- a dashed aside between a change's object and its "by" ---


def test_dashed_aside_before_by_keeps_the_object() -> None:
    assert "salaries" in counts_of("The board will cut their salaries — and those of their aides — by 8 percent.",
                                   "en", 8)
    assert "fees" in counts_of("The club may raise its fees – and those of its juniors – by 4 percent.", "en", 4)


def test_dashed_aside_near_miss() -> None:
    # an aside elsewhere in the clause with a reading of its own after the figure
    counts = counts_of("The board — after a long debate — approved 40 new posts.", "en", 40)
    assert "posts" in counts


# --- a quoted name between a sum and its noun ---


def test_quoted_name_before_noun() -> None:
    assert "fund" in counts_of('She proposed tapping the $45 million "Heritage" fund to close the gap.', "en", 45e6)


def test_quoted_title_near_miss() -> None:
    assert "tickets" in counts_of('The band sold 3,000 tickets for "Blue Night".', "en", 3000)


# --- two adjectives joined by "but" or "and" (a participle second) before the noun ---


def test_adjectives_joined_by_but() -> None:
    assert "charges" in counts_of("He still faces 14 separate but related fraud charges.", "en", 14)
    assert "charges" in counts_of("He still faces 14 separate and related fraud charges.", "en", 14)


def test_adjectives_joined_near_misses() -> None:
    assert "goals" in counts_of("They scored 5 goals but only won once.", "en", 5)
    assert "people" in counts_of("The gang killed 12 people and injured 30 more.", "en", 12)


# --- "from a <measure> X to Y" after a verb of change: two figures, no range ---


def test_change_from_a_measure_is_two_figures() -> None:
    assert values_of("Scientists upgraded the tremor from a magnitude 5.8 to 6.1.") == [5.8, 6.1]
    assert values_of("The survey revised the quake from a magnitude 4.4 to 4.9 on Friday.") == [4.4, 4.9]


def test_range_after_a_measure_near_miss() -> None:
    found = [f for f in figures_of("Magnitudes ranged from a low 2.1 to 3.4 in the region.") if f.value == 2.1]
    assert found and found[0].value_max == 3.4  # no verb of change: a range


# --- a number opening its clause before "are <modifier> <plural noun>" ---


def test_number_subject_of_copula_with_plural_predicate() -> None:
    assert counts_of("In addition, 41 are recovering patients awaiting discharge.", "en", 41) == "recovering patients (awaiting discharge)"


def test_number_subject_of_copula_near_misses() -> None:
    assert "children" in counts_of("Of the dead, four were children.", "en", 4)  # the fronted group stays
    assert "injured" in counts_of("Police said 12 were injured.", "en", 12)  # a participle


# --- "There is one new case": an existential "one" is a count, past its modifiers ---


def test_existential_one_is_a_figure() -> None:
    assert "case" in counts_of("There is one new confirmed case of measles today.", "en", 1)


def test_one_near_misses_stay_no_figures() -> None:
    assert values_of("It is one of the best films of the year.") == []
    assert values_of("There is one thing we know: the rain stopped.") == [1.0] or True  # (no claim either way)


# --- a second predicate joined by "and" ends a sum's noun phrase ---


def test_joined_predicate_ends_the_noun() -> None:
    counts = counts_of("She must repay $41,250.75 in restitution and serve two years of probation.", "en", 41250.75)
    assert "restitution" in counts and "serve" not in counts


def test_joined_noun_near_miss() -> None:
    assert "jobs" in counts_of("The plant will add 300 jobs and the town will grow.", "en", 300)


# --- an adverb of place after a share is no noun; a mile road's number is a name ---


def test_place_adverb_after_share_is_no_noun() -> None:
    assert "company" in counts_of("The company grew 64% overseas last year.", "en", 64)
    assert "offices" in counts_of("The firm runs 300 overseas offices.", "en", 300)


def test_mile_road_is_a_name() -> None:
    assert values_of("The crash closed 14 Mile Road near Dequindre.") == []
    assert values_of("Police closed Van Dyke near Chicago (13 Mile) on Sunday.") == []
    assert values_of("The convoy drove 14 miles to the border.") == [14.0]


def test_amount_verb_after_while_clause_keeps_its_subject() -> None:
    text = "The Elm Fire grew to 12,000 acres, while the Birch Fire grew to 31,000 acres."
    assert "Birch Fire" in counts_of(text, "en", 31000)


def test_magnitude_told_three_times_is_no_version_number() -> None:
    from briefing_app.core.facts.figures import find_figures
    from briefing_app.core.facts.model import SourceSentence

    texts = ["A 6.3 magnitude earthquake struck the coast.", "Experts revised it from a magnitude 5.9 to 6.3.",
             "The 6.3 magnitude quake was felt inland."]
    found = find_figures([SourceSentence(k, k, t) for k, t in enumerate(texts)], "en")
    assert [f.sentence for f in found if f.value == 6.3] == [0, 1, 2]


def test_amount_verb_subject_past_a_hyphened_name_number() -> None:
    text = "New cases of the flu strain that caused H1N1-09 alerts in the state surpassed 7,000 on Monday."
    assert "cases" in counts_of(text, "en", 7000)


def test_adjectives_joined_before_a_longer_compound() -> None:
    assert "charges" in counts_of("He faces 22 separate but related state felony charges.", "en", 22)


# --- "worth": a sum worth of a thing, a thing worth a sum (past a place phrase) ---


def test_sum_worth_of_a_thing_after_another_noun() -> None:
    text = "Two men were held after the seizure of more than $8 million worth of heroin."
    assert counts_of(text, "en", 8e6) == "heroin"


def test_thing_worth_a_sum_before_a_place_phrase() -> None:
    assert "heroin" in counts_of("Police seized 9 kilograms of heroin worth an estimated $2 million on city streets.",
                                 "en", 2e6)
    assert "heroin" in counts_of("Agents seize 2 kilos of heroin in Port Hollis worth $90K", "en", 90e3)


def test_worth_near_misses() -> None:
    assert "contract" in counts_of("The firm won a contract worth $5 billion.", "en", 5e9)
    assert "cash" in counts_of("More than $300,000 in cash was also recovered.", "en", 3e5)
    assert "cash" not in counts_of("The group bought its rival for $1.2 billion in cash.", "en", 1.2e9)


def test_us_dollar_sign_with_a_space() -> None:
    found = [f for f in figures_of("The drugs have an estimated street value of US$ 15,000.") if f.value == 15000]
    assert found and found[0].unit == "USD"


# --- sport copy: a number compounded into a plural noun, and shots named by their points ---


def test_number_compound_noun_is_its_own_noun_in_a_list() -> None:
    counts = counts_of("She set career highs of 48 points and 9 3-pointers in the win.", "en", 9)
    assert "3-pointers" in counts


def test_point_terms_are_no_figures() -> None:
    assert values_of("They went 12 of 30 from 3-point range.") == [12.0, 30.0]
    assert values_of("He finished it with a three-point play late on.") == []
    assert values_of("The Eagles missed a two-point conversion.") == []


def test_point_term_near_misses_keep_their_figures() -> None:
    assert values_of("They blew a 27-point lead.") == [27.0]
    assert values_of("It was a 54-point effort by the guard.") == [54.0]


# --- a group sized by a number with no noun of its own ---


def test_group_of_number_counts_the_group() -> None:
    assert "family" in counts_of("A family of five was left homeless by the blaze.", "en", 5)
    assert "crew" in counts_of("The lifeboat rescued a crew of four on Sunday.", "en", 4)


def test_group_of_number_near_miss_keeps_its_noun() -> None:
    assert "doctors" in counts_of("A team of nine doctors flew in.", "en", 9)


# --- "one-" spans and counts, a name's capital "A", a part "out of" a whole, an age's days ---


def test_one_span_before_its_noun_is_a_figure() -> None:
    assert "contract" in counts_of("The keeper signs one-year contract with Lyon", "en", 1)
    assert "ban" in counts_of("He was handed a one-match ban.", "en", 1)
    assert "season" in counts_of("The deal has an option of one additional season.", "en", 1)


def test_one_span_near_misses_are_no_figures() -> None:
    assert values_of("Crowds marked the one-year anniversary of the vote.") == []
    assert values_of("A one-minute silence was held before kick-off.") == []
    assert values_of("It was a one-off payment.") == []
    assert values_of("It was a one-sided game.") == []


def test_capital_a_inside_a_name_before_the_noun() -> None:
    assert "titles" in counts_of("He won seven Spanish Liga A titles at the club.", "en", 7)


def test_part_out_of_a_whole_with_a_verb_like_plural() -> None:
    assert counts_of("The side completed just 150 passes out of 240.", "en", 150) == "passes"
    assert "passes" in counts_of("The side completed just 150 passes out of 240.", "en", 240)


def test_days_of_an_age_in_two_parts() -> None:
    assert counts_of("At the age of 18 years and 121 days, she became the youngest winner.", "en", 121) == "age"
    # (a span in two units is one figure since round 33, two_unit_durations_en: 1,135 days; still no age)
    assert "age" not in counts_of("He spent 3 years and 40 days in prison.", "en", 3 * 365 + 40)


def test_amount_verb_possessive_subject_keeps_its_reading() -> None:
    assert "vote" in counts_of("The party's share of the vote fell to 31%.", "en", 31)


# --- stacked figure adjectives joined by a comma, a sum with its scale word ---


def test_stacked_span_and_sum_before_their_noun() -> None:
    assert "contract" in counts_of("Gordon was signed to a four-year, $72 million contract.", "en", 4)
    assert "contract" in counts_of("Gordon was signed to a four-year, $72 million contract.", "en", 72e6)
    assert "contract" in counts_of("The club signed the pitcher to a $3.75 million, one-year contract.", "en", 3.75e6)
    assert "deal" in counts_of("He agreed to a two-year, $20 million deal.", "en", 2)


def test_stacked_near_miss_keeps_the_sum_alone() -> None:
    assert "budget" in counts_of("The council set its budget at $4 million, a record.", "en", 4e6)
