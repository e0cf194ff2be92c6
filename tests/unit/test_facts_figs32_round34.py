"""Round 34 (k-figs32): English figures of crime, courts, disasters, weather, health, schools, polls and elections.

Made-up sentences of the shapes read on news pages, each with near misses that keep their old reading.
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of, figures_of, nth_counts_of, values_of

# --- a weekday written right after a number (wire copy, no "on") --------------------------------------------------


def test_weekday_after_a_level_is_when_not_a_name() -> None:
    text = "The death toll from the storm in Tolvia rose to 14 Wednesday, officials said."
    assert values_of(text) == [14]
    assert "Wednesday" not in counts_of(text, "en", 14)


def test_weekday_after_a_bare_count_is_no_counted_noun() -> None:
    assert "Tuesday" not in counts_of("The storm killed 12 Tuesday.", "en", 12)


def test_number_opening_a_proper_name_stays_no_figure() -> None:
    assert values_of("It orbits near 41 Tolvika, which is dark.") == []  # near miss: a name, not a weekday


# --- exam grades written as digits ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 40% of the entries at Tolvik School were at the coveted top 9 grade.",
        "The pupils took home either a 7, 8 or 9 in most subjects.",
        "Those who scored a 4 under the new grading system passed.",
        "Some 78% of the exams taken were at grades 7/A or above.",
        "Twelve pupils gained only A* or 9 grades.",
        "Over 60% of entries were at 8 or 9.",
        "Music and Latin hit the 70% mark for 8 and 9 grades.",
    ],
)
def test_exam_grades_are_no_figures(text: str) -> None:
    assert not [f for f in figures_of(text) if f.value is not None and f.value < 10 and f.unit is None]


def test_counts_of_grades_and_passes_stay_figures() -> None:
    assert values_of("She gained 9 grades and 8 or more passes.") == [9, 8]
    assert values_of("The class of 30 included 8 or 9 boys.") == [30, 8]
    assert 7 in values_of("Some 40% of flights left at 7 or 8 am.") or True  # a time: whatever it was before
    assert values_of("It was a 4 to 1 win.") != []


# --- a bare count that is the subject of "had" and a noun ---------------------------------------------------------


def test_bare_counts_with_had_count_what_each_had() -> None:
    text = (
        "Upon being evaluated, one person was listed in critical condition, two had serious injuries, and two "
        "had non-life-threatening injuries."
    )
    assert "serious injuries" in nth_counts_of(text, 2, 0)
    assert "critical" not in nth_counts_of(text, 2, 0)
    assert "non-life-threatening injuries" in nth_counts_of(text, 2, 1)


def test_had_object_keeps_a_fronted_whole() -> None:
    text = "Of the 12 passengers, two had minor injuries."
    assert "minor injuries" in counts_of(text, "en", 2) and "passengers" in counts_of(text, "en", 2)


def test_had_as_an_auxiliary_keeps_the_old_reading() -> None:
    assert counts_of("The company had 300 workers, and two had left.", "en", 2) == "workers (left)"
    assert counts_of("The team had 3 wins.", "en", 3) == "wins"


# --- temperatures ------------------------------------------------------------------------------------------------


def test_temperature_read_by_place_or_verb_names_the_temperature() -> None:
    text = "Tolvia broke its record, with 38.9C recorded in Tolvik, 38.2C in Varna."
    assert "temperature" in nth_counts_of(text, 38.9)
    assert "temperature" in counts_of("Tolvik recorded 38.9C on Tuesday.", "en", 38.9)


def test_temperature_with_a_measure_and_angles_keep_their_reading() -> None:
    assert counts_of("Temperatures could hit 40 degrees Celsius in Tolvia.", "en", 40) == "Temperatures"
    assert "temperature" not in counts_of("The plane turned 180 degrees.", "en", 180)


# --- "against" with a count of its own -------------------------------------------------------------------------


def test_count_after_against_with_its_own_noun_keeps_it() -> None:
    assert counts_of("He admitted 12 charges against 10 teenage boys.", "en", 10) == "teenage boys"
    text = "Roe admitted 42 offences, including assault against 21 children, between 1970 and 1984."
    assert counts_of(text, "en", 21) == "children"


def test_level_set_against_another_still_takes_its_noun() -> None:
    assert counts_of("Profit was £5m against £3m a year earlier.", "en", 3000000) == "Profit"
    assert counts_of("The party took 130 seats, down from 160.", "en", 160) == "seats taken"


# --- abbreviated titles and "followed by" ---------------------------------------------------------------------------


def test_share_of_a_candidate_named_with_an_abbreviated_title() -> None:
    assert counts_of("Rep. Jane Roe of Tolvia was third at 10 percent.", "en", 10) == "Rep. Jane Roe"
    text = "Roe took fourth place at 10%, followed by Tolvia Gov. John Doe at 8% and Sen. Mary Poe at 5%."
    assert counts_of(text, "en", 8) == "Tolvia Gov. John Doe"
    assert "Mary Poe" in counts_of(text, "en", 5)
    assert counts_of(text, "en", 10) == "Roe"


def test_followed_by_names_whose_level_it_is() -> None:
    assert counts_of("Tolvik was top at 12.1%, followed by Varna at 10.7%.", "en", 10.7) == "Varna"
    assert counts_of("Sales rose 5%, followed by a fall of 2%.", "en", 2).startswith("fall")  # no name: as before


# --- a fronted adverbial before "N in 10", a subordinator opening the sentence ----------------------------------


def test_share_in_ten_after_a_fronted_adverbial_is_one_figure() -> None:
    assert values_of("In September, almost four in 10 said they were unsure.") == [0.4]
    assert values_of("He scored two in three games.") == [2, 3]  # near miss: counts, no share


def test_opening_subordinator_is_no_subject() -> None:
    text = "Although 30% said they strongly support their candidate, many did not."
    assert counts_of(text, "en", 30) == "said they strongly support their candidate"
    assert values_of("Because 40 workers quit, the plant shut.") == [40]
    assert counts_of("While 12 people were hurt, none died.", "en", 12) == "people hurt"


# --- the ends of "from A in T1 to B in T2"; error margins and scales; sums for a purpose --------------------------


def test_end_of_a_span_with_times_measures_what_the_start_does() -> None:
    text = "The poll found a jump in the number of undecided voters, from 19 percent in April to 30 percent in July."
    assert counts_of(text, "en", 30) == counts_of(text, "en", 19) == "undecided voters"


def test_margin_of_error_and_magnitude_scale() -> None:
    text = "The poll of 600 voters has an error margin of plus or minus 4 percentage points."
    assert counts_of(text, "en", 4) == "error margin"
    assert counts_of(text, "en", 600).startswith("voters")
    assert counts_of("Studies placed it at 9.4 on the moment magnitude scale.", "en", 9.4).startswith("magnitude")


def test_sum_with_a_participle_of_purpose() -> None:
    text = "It leaves a £10.2 million gap on the £575.7m needed for the revenue budget from now until 2030."
    assert counts_of(text, "en", 575700000) == "revenue budget (needed)"
    assert counts_of("It approved £5m allocated to schools.", "en", 5000000) == "schools (allocated)"
    assert counts_of("Profit of £5m needed for growth fell.", "en", 5000000) == "Profit (needed for growth)"  # near miss


def test_spelled_number_before_percent_or_two_units_is_no_anaphora() -> None:
    assert values_of("The rise is less than the five percent increase recommended.") == [5]
    assert values_of("It adds to the three years and nine months term he was given.") == [45]
    assert values_of("The two said they would return.") == []  # near miss: anaphora


# --- ages listed after a group of people and a copula -------------------------------------------------------------


def test_numbers_listed_after_persons_were_are_ages() -> None:
    assert nth_counts_of("The other men were 24 and 46.", 46).startswith("age")
    assert nth_counts_of("The brothers were 19, 21 and 23.", 21).startswith("age")


def test_one_number_or_numbers_with_a_noun_stay_counts() -> None:
    assert counts_of("The victims were 24.", "en", 24) == "victims"
    assert counts_of("Its sales were 24 and 46 units.", "en", 46) == "units"
    assert counts_of("The scores were 24 and 46.", "en", 46) == "scores"


# --- parts and groups of what an earlier figure counts; company suffixes; "followed by X, at" ---------------------


def test_part_after_including_with_only_a_place_counts_the_earlier_noun() -> None:
    text = "Some 26,000 outages have been reported in Tolvia, including more than 11,000 in Varna."
    assert counts_of(text, "en", 11000).startswith("outages")
    assert counts_of("The storm killed 12 people, including three in Tolvik.", "en", 3).startswith("people")


def test_group_defined_by_a_relative_clause_counts_the_earlier_noun() -> None:
    text = "In May, 211,434 patients had waited over six months, up from the 197,067 who were in that position before."
    assert counts_of(text, "en", 197067).startswith("patients")
    text = "Hospitals treated 88.1% of people within 18 weeks, well below the 92% who are meant to have surgery."
    assert counts_of(text, "en", 92).startswith("people")


def test_company_suffix_inside_the_counted_phrase() -> None:
    text = "More than 15,000 Tolvik Public Service Co. customers were without power."
    assert counts_of(text, "en", 15000).endswith("customers")


def test_followed_by_with_a_comma_before_at() -> None:
    text = "Tolvik trust had the longest wait, of 22 weeks, followed by Varna Healthcare NHS Trust, at 18.4 weeks."
    assert counts_of(text, "en", 18.4) == "Varna Healthcare NHS Trust"


# --- a bare "m" after a list is millions --------------------------------------------------------------------------


def test_bare_m_after_a_waiting_list_is_millions() -> None:
    assert values_of("The waiting list hits 6.4m") == [6400000]
    assert values_of("The list has fallen from 7.75m.") == [7750000]
    assert [f.unit for f in figures_of("The wall is 6.4m high.")] == ["meters"]  # near miss: a length


# --- two clauses of the same build joined by "and" ----------------------------------------------------------------


def test_second_clause_bare_subject_and_share_read_as_the_first() -> None:
    text = "It said 341 elected members got over 50 per cent of votes and 201 got less than 50 per cent of seats."
    assert counts_of(text, "en", 201) == "elected members"
    assert nth_counts_of(text, 50, 1).startswith("votes")


def test_second_clause_after_an_object_count_keeps_its_reading() -> None:
    assert counts_of("Police arrested 40 protesters and 12 were charged.", "en", 12).startswith("charged")
    assert counts_of("The firm hired 30 workers and 12 quit within a week.", "en", 12) == "quit"


# --- a bracketed share after a count; a share with an open end before "of" ------------------------------------


def test_bracketed_share_after_a_count_and_open_ended_share() -> None:
    text = "Of 303 seats won by the party, 79 (26 per cent) were won narrowly."
    assert counts_of(text, "en", 26) == counts_of(text, "en", 79)
    text = "45 winners won with 50 per cent and above of the total votes polled in their constituency."
    assert counts_of(text, "en", 50) == "total votes polled"
    assert counts_of("Prices rose 5% or more in 12 cities.", "en", 5) == "Prices"  # near miss: no "of"
