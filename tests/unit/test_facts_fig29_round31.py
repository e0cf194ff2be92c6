"""Round 31 (k-fig29): what English figures count, by the grammar that carries it.

Made-up sentences of the shapes read on news pages of every genre (company results, telecom surveys, health
waiting lists, league tables), each with near misses that keep their old reading.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of
from tests.unit.figure_helpers import counts_of, figures_of, nth_counts_of, values_of


def figures_of_en(text: str) -> list[tuple[float | None, str | None]]:
    """The (value, unit) pairs of the English figures of `text`."""
    return [(f.value, f.unit) for f in figures_of(text, "en")]

# --- a scaled "one" before "in <year>" or the clause's end is a figure, not a fraction nor the pronoun ---


def test_scaled_one_before_a_year_is_a_figure() -> None:
    text = "There were over four billion accounts at the end of 2008, up from one billion in 2002."
    assert 1e9 in values_of(text)
    assert "accounts" in nth_counts_of(text, 1e9)


def test_scaled_one_ending_its_clause_is_a_figure() -> None:
    assert 1e9 in values_of("There were over four billion accounts, up from one billion.")


def test_one_in_a_year_is_no_fraction() -> None:
    values = values_of("There were 40 kiosks, up from one in 2002.")
    assert not any(0 < v < 0.01 for v in values)


def test_near_miss_fractions_keep_their_reading() -> None:
    assert 0.125 in values_of("About one in eight people can now connect.")
    assert 0.001 in values_of("One in 1000 people carry the gene.")
    assert not any(0 < v < 0.01 for v in values_of("He was the only one in 2002 to finish."))


# --- a change with its own size before it: "a 10% rise in the dividend to 14p [for the year]" ---


def test_level_after_a_sized_change_counts_what_changes() -> None:
    assert "dividend" in nth_counts_of("The firm announced a 10% rise in the dividend to 14p for the year.", 14)
    text = "A 15.7 per cent rise in the dividend to 14 pence for the year beat all expectations."
    assert "dividend" in nth_counts_of(text, 14)
    assert "rise in dividend" in nth_counts_of(text, 15.7)


def test_near_miss_level_with_its_own_noun() -> None:
    assert "output" in counts_of("A rise in output to 40,000 tonnes was reported.", "en", 40000)
    assert "sales" in counts_of("Acme reported a 12% rise in sales to £3.4bn for the year.", "en", 3.4e9)


# --- a percentage change "to" what it changes ---


def test_percentage_change_to_what_it_changes() -> None:
    assert "dividend" in counts_of("There is also the 67% year-on-year boost to the interim dividend.", "en", 67)
    assert "funding" in counts_of("The council faces a 5% cut to its funding next year.", "en", 5)


def test_near_miss_change_to_a_level_keeps_the_change() -> None:
    reading = nth_counts_of("The bank announced a 0.25% cut to 5% in its main rate.", 0.25)
    assert "cut" in reading


# --- "X hit a new high of N": the subject's level, not the mark ---


def test_new_high_counts_the_subject() -> None:
    assert "waiting list" in counts_of("The waiting list hit a new high of 7.77 million in March.", "en", 7.77e6)
    assert "Unemployment" in counts_of("Unemployment reached a record high of 3.2 million last month.", "en", 3.2e6)
    assert "pound" in counts_of("The pound fell to a 31-year low of $1.14 on Monday.", "en", 1.14)


def test_near_miss_high_after_a_pronoun_or_no_verb() -> None:
    assert "waiting list" not in counts_of("It hit a new high of 7.77 million in March.", "en", 7.77e6)
    assert counts_of("A high of 31C is expected on Friday.", "en", 31) == counts_of(
        "A high of 31C is expected on Friday.", "en", 31
    )


# --- standings: a holder with its place before the count ---


def test_standings_place_between_holder_and_count() -> None:
    text = "Hallam leads the championship on 256 points, with Vosk second on 240 and Narey third on 199."
    assert nth_counts_of(text, 240) == "points (Vosk)"
    assert nth_counts_of(text, 199) == "points (Narey)"


def test_near_miss_standings_without_places() -> None:
    text = "Smith finished with 2,345 points, Jones 2,300 and Brown 2,150."
    assert nth_counts_of(text, 2300) == "points (Jones)"


# --- a level set against an earlier one with no noun of its own ---


def test_level_compared_with_an_earlier_one_counts_the_same() -> None:
    text = "Almost two-thirds of phone lines were in towns, compared to 44 per cent in 2002."
    assert "phone lines" in counts_of(text, "en", 44)
    text = "Profit came to £632.5m in the year, an improvement on last year's £604.4m."
    assert nth_counts_of(text, 604.4e6) == "Profit"
    text = "Pre-tax profits rose to £31.8m in the six months compared with £21.1m last year."
    assert nth_counts_of(text, 31.8e6) == "Pre-tax profits"
    assert nth_counts_of(text, 21.1e6) == "Pre-tax profits"


def test_near_miss_compared_level_with_its_own_noun() -> None:
    text = "Sales rose 5% in May, compared with 3% for its rival."
    assert counts_of(text, "en", 3) == "Sales"


def test_came_to_is_the_verb_of_a_result() -> None:
    assert counts_of("Net profit came to $5m.", "en", 5e6) == "Net profit"
    assert counts_of("Sales came in at £4m.", "en", 4e6) == "Sales"


# --- numbers to call or to quote in an appeal are no figures ---


def test_phone_lines_and_references_are_no_figures() -> None:
    assert values_of("Anyone with information should call police on 101.") == []
    assert values_of("Ring 999 in an emergency.") == []
    assert values_of("Contact the force by calling 101, quoting log 1502.") == []
    assert values_of("Call Crimestoppers on 0800 555 111.") == []


def test_near_miss_calling_counts_keep_their_reading() -> None:
    assert counts_of("The prosecution called 12 witnesses.", "en", 12) == "witnesses"
    assert counts_of("She called on 300 supporters to march.", "en", 300) == "supporters (to march)"
    assert counts_of("They called Smith on 3 occasions.", "en", 3) == "occasions"


# --- a capitalised spelled number opening a quoted title ---


def test_spelled_number_in_a_quoted_title_is_no_figure() -> None:
    text = 'The No. 2 slot went to "Two Can Play That Game", which grossed $8.3 million.'
    assert values_of(text) == [8.3e6] or values_of(text) == [8300000.000000001]


def test_near_miss_quoted_capitalised_count_of_a_plural() -> None:
    assert counts_of("He said “Four Lib Dem MPs” had resigned.", "en", 4) == "Lib Dem MPs"


# --- a figure between a noun and a comparative in an absolute clause ---


def test_noun_before_figure_and_comparative() -> None:
    text = "The plan leaves the town with taxes £41billion a year higher by the end of the decade."
    assert counts_of(text, "en", 41e9) == "taxes"
    assert counts_of("The firm ended the year with sales 5% higher.", "en", 5) == "sales"


def test_near_miss_comparative_without_a_noun_before() -> None:
    assert "profits" in counts_of("The firm ended the year with profits up 3%.", "en", 3)
    assert "higher" in counts_of("Shares closed 5% higher.", "en", 5) or "Shares" in counts_of(
        "Shares closed 5% higher.", "en", 5
    )


# --- a part taken from a run: "10 of her past 11 matches" ---


def test_part_of_a_past_run() -> None:
    assert counts_of("Garcia has now won 10 of her past 11 matches.", "en", 10) == "matches"
    assert counts_of("They have lost three of their previous five games.", "en", 3) == "games"


# --- a bare count after "with" in a chart or table written as prose ---


def test_bare_count_after_with_carries_the_count_before() -> None:
    paragraphs = [
        "Chart",
        "The singer went to number one with over 500,000 copies in its first week. The choir's album stays strong "
        "at Number 2 with over 201,000. The band's fourth album climbs to Number 4 with 181,000, its best week yet.",
    ]
    found = {f.value: f.counts for f in facts_of(paragraphs) if f.kind == "figure"}
    assert found[201000].startswith("copies")
    assert found[181000].startswith("copies")


def test_near_miss_count_after_with_its_own_noun_or_a_unit() -> None:
    paragraphs = ["Chart", "The album sold 500,000 copies. The tour ended with 40 shows in Asia."]
    found = {f.value: f.counts for f in facts_of(paragraphs) if f.kind == "figure"}
    assert "shows" in (found[40] or "")
    paragraphs = ["Chart", "The album sold 500,000 copies. The film opened with $20m."]
    found = {f.value: f.counts for f in facts_of(paragraphs) if f.kind == "figure"}
    assert found[20e6] != "copies"


# --- a percentage after an article and an adjective describes the noun after it ---


def test_adjective_between_article_and_percentage() -> None:
    assert "Council Tax" in counts_of("The proposed 3.99 per cent rise in Council Tax will raise income.", "en", 3.99)
    assert counts_of("The expected 5% fall in sales hit the shares.", "en", 5) == "fall in sales (hit the shares)"


def test_near_miss_percentage_after_a_verb() -> None:
    assert "Shares" in counts_of("Shares expected 5% gains.", "en", 5) or "gains" in counts_of(
        "Shares expected 5% gains.", "en", 5
    )


# --- a bare part after "including" counts the whole's noun ---


def test_part_after_including_counts_the_whole_noun() -> None:
    assert "jobs" in counts_of("The firm cut about 5,000 jobs, including 3,800 in the UK, in October.", "en", 3800)
    assert "people" in counts_of("The blast killed 20 people, including five in the market.", "en", 5)


def test_near_miss_part_with_its_own_noun() -> None:
    assert "children" in counts_of("The blast killed 20 people, including five children.", "en", 5)


# --- an index named by its number before "-listed" ---


def test_index_number_before_listed_is_no_figure() -> None:
    assert values_of("The fall in profit at FTSE 100-listed Rolls was less than expected.") == []
    assert 18 in values_of("The 18-year-old was arrested.")


# --- a multiplying verb before a time, and "total" as a verb ---


def test_multiplying_verb_before_a_time_counts_the_subject() -> None:
    assert counts_of("Its profits have doubled this year.", "en", 2) == "profits"
    assert "profits" in counts_of("The firm warned profits in its division would be halved this year.", "en", 0.5)


def test_near_miss_multiplying_verb_with_an_object() -> None:
    assert counts_of("The firm doubled its profits this year.", "en", 2) == "profits"


def test_total_as_a_verb_counts_its_subject() -> None:
    assert counts_of("This investment will total around £300 million.", "en", 300e6) == "investment"
    assert counts_of("The bill could total £5m.", "en", 5e6) == "bill"


def test_near_miss_total_as_a_noun() -> None:
    assert counts_of("The total will be £5m.", "en", 5e6) == "total"


# --- a time phrase fronted with no comma is no part of the subject ---


def test_fronted_time_without_comma_is_cut_from_the_subject() -> None:
    assert counts_of("Last year sales rose 5%.", "en", 5) == "sales"
    assert counts_of("In the three months to June revenue rose 4%.", "en", 4) == "revenue"
    assert counts_of("In the first half of the year sales rose 5%.", "en", 5) == "sales"


def test_near_miss_time_words_that_modify_the_noun() -> None:
    assert counts_of("Year-end orders were worth £14.5bn.", "en", 14.5e9) == "Year-end orders"
    assert counts_of("The full year sales rose 5%.", "en", 5) == "full year sales"
    assert counts_of("Sunday trading hours rose by 2.", "en", 2) == "Sunday trading hours"


# --- a count right after a weekday or a month written with thousands is a figure ---


def test_count_after_a_weekday_or_a_month() -> None:
    assert counts_of("On Sunday 84 patients were admitted.", "en", 84).startswith("patients")
    assert "cases" in counts_of("In the week to 7 January 1,816 new cases were recorded each day.", "en", 1816)
    assert "people" in counts_of("By 22 January 183,387 people had received their first dose.", "en", 183387)


def test_near_miss_days_and_years_after_a_month() -> None:
    assert values_of("It opened on January 1, 2005.") == []
    assert values_of("The summit on Monday 12 May drew crowds.") == []


# --- a bare count opening its clause in a breakdown takes the noun counted just before ---


def test_bare_count_opening_a_clause_carries_the_noun_before() -> None:
    paragraphs = ["Bulletin", "In all, 1,888 patients are in hospital. 327 are in critical care; 167 are on a ventilator."]
    found = {f.value: f.counts for f in facts_of(paragraphs) if f.kind == "figure"}
    assert found[327].startswith("patients")
    assert found[167].startswith("patients")
    paragraphs = ["Report", "Officials said 2,000 people had fled. 102 were executed in 2008."]
    found = {f.value: f.counts for f in facts_of(paragraphs) if f.kind == "figure"}
    assert "executed" in found[102] and "people" in found[102]


def test_near_miss_opening_count_with_its_own_noun() -> None:
    paragraphs = ["Bulletin", "In all, 1,888 patients are in hospital. 327 nurses are on duty."]
    found = {f.value: f.counts for f in facts_of(paragraphs) if f.kind == "figure"}
    assert found[327].startswith("nurses")


# --- "The figure" told of in the next sentence ---


def test_the_figure_counts_what_the_sentence_before_counted() -> None:
    paragraphs = ["Bulletin", "On average 35,300 tests a day were carried out. The figure is up 39% on the week."]
    found = {f.value: f.counts for f in facts_of(paragraphs) if f.kind == "figure"}
    assert found[39] == found[35300]


def test_near_miss_figure_with_a_noun_of_its_own() -> None:
    paragraphs = ["Bulletin", "On average 35,300 tests a day were carried out. The figure for deaths is 12."]
    found = {f.value: f.counts for f in facts_of(paragraphs) if f.kind == "figure"}
    assert found[12] != found[35300]


# --- race times with colons are durations in seconds ---


def test_race_times_are_seconds() -> None:
    found = figures_of_en("Obiri, who posted a time of 2:22:37, won again.")
    assert (8557.0, "seconds") in found
    assert (103.53, "seconds") in figures_of_en("She swam 1:43.53 in the final.")


def test_near_miss_clock_times_and_scores() -> None:
    assert figures_of_en("The meeting starts at 10:30:00 GMT.") == []
    assert figures_of_en("The train left at 4:30.") == []


# --- the same measure's peak or difference after a comma; an age after a capitalised role ---


def test_peak_and_difference_after_a_comma_count_the_same() -> None:
    text = "The show attracted an average audience of 9.5 million viewers, peaking at 10.2 million."
    assert "viewers" in counts_of(text, "en", 10.2e6)
    assert counts_of("The festival drew 400,000 visitors, 50,000 more than last year.", "en", 50000) == "visitors"


def test_near_miss_list_after_a_comma() -> None:
    assert counts_of("The firm sold 400 cars, 50 trucks and 20 vans.", "en", 50) == "trucks"


def test_age_after_a_capitalised_role() -> None:
    assert counts_of("The Oscar-winning actress, 37, earned $20m for the role.", "en", 37) == "age"
    assert counts_of("The New York firm, 50, closed.", "en", 50) != "age"


def test_police_calling_a_count_of_people() -> None:
    assert 112 in values_of("Police called 112 people.")


# --- scores in a game's own words; "ones" and "pointer" after a spelled number ---


def test_scores_in_a_games_words_are_no_figures() -> None:
    assert values_of("The quarter ended 13–19 thanks to a late shot by Hale.") == []
    text = "Tarvia scored six straight goals in the second quarter, to lead 29-44 at half time."
    assert values_of(text) == [6]
    assert values_of("They eventually came out the winners 41-57.") == []


def test_near_miss_ranges_outside_a_game() -> None:
    assert values_of("Children aged 8-10 at the time were tested.") == [8]


def test_ones_and_pointer_after_a_spelled_number() -> None:
    assert values_of("Acme and Globex are two big ones.") == []
    assert values_of("Hale made a three pointer to put the side ahead.") == []
    assert values_of("They built three new ones last year.") == [3]


def test_level_score_with_all_is_no_figure() -> None:
    assert values_of("The visitors fought back, tying the score at 14-all at quarter time.") == []


# --- a superlative's noun before "with N"; a level after "a drop of N% from the" ---


def test_superlative_noun_before_with() -> None:
    text = "Skyway carried the most passengers in February with more than 7.7 million, ahead of its rivals."
    assert counts_of(text, "en", 7.7e6).startswith("passengers")


def test_level_after_a_sized_change_from_the() -> None:
    text = "The airlines recorded 20.2 million passenger miles, a drop of 12.4 percent from the 23 million a year ago."
    assert counts_of(text, "en", 23e6) == counts_of(text, "en", 20.2e6)


def test_near_miss_with_and_no_superlative() -> None:
    assert not counts_of("The firm ended the year with 7.7 million.", "en", 7.7e6).startswith("passengers")


def test_multiplied_subject_in_a_long_sentence() -> None:
    text = (
        "Investors bought in, driving the shares up nearly 8% despite the maker warning profits in its core "
        "division would be halved this year."
    )
    assert counts_of(text, "en", 0.5) == "profits"


def test_difference_with_its_own_noun_keeps_it() -> None:
    assert "deaths" in counts_of("648 new cases, 16 more deaths", "en", 16)
