"""Round 33 (k-figs31): English figures of crime, courts, disasters, weather, politics and sport, and number shapes
that were read in pieces: cardinals in words over several groups, decimals in words, years said in words, and
durations told in two or three units.

Made-up sentences of the shapes read on news pages, each with near misses that keep their old reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.facts import extract_facts
from briefing_app.core.numbers import find_numbers
from briefing_app.core.pipeline import load_document
from tests.unit.figure_helpers import counts_of, figures_of, nth_counts_of, values_of

# --- cardinals in words over several groups --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The fair drew two hundred forty-eight thousand visitors.", 248000),
        ("The fair drew two-hundred-forty-eight-thousand visitors.", 248000),
        ("About one hundred twenty people were hurt.", 120),
        ("Officials counted three thousand two hundred fifty votes.", 3250),
        ("The board hired two hundred and fifty guards.", 250),
        ("The agency moved two million three hundred thousand tonnes.", 2300000),
    ],
)
def test_cardinal_of_several_groups_is_one_figure(text: str, value: float) -> None:
    assert values_of(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Unemployment fell to five-point-six percent in May.", 5.6),
        ("The storm dropped two point five inches of rain.", 2.5),
        ("Nearly one-point-five million people lost power.", 1500000),
    ],
)
def test_decimal_in_words(text: str, value: float) -> None:
    assert values_of(text) == [value]


def test_near_misses_of_cardinals_keep_their_old_reading() -> None:
    assert values_of("The town sold two hundred five-year bonds.") == [200, 5]
    assert values_of("She signed a twenty-five-year lease.") == [25]
    assert values_of("The council will spend three and a half million pounds.") == [3500000]
    assert values_of("Two and three of the men were hurt.")[:2] == [2, 3]
    assert values_of("At one point five officers stood at the door.") == [5]


def test_year_said_in_words_is_no_figure() -> None:
    assert values_of("The war ended in nineteen forty-five.") == []
    assert values_of("She was born in nineteen oh five in Ohio.") == []
    assert values_of("The law came in in twenty twenty-one.") == []
    # (a count before a compound with "-year" is a count: nineteen of them)
    assert 19 in values_of("Nineteen twenty-year-olds were called up.")


def test_cardinal_offsets_cover_the_whole_words() -> None:
    text = "Voters cast two hundred forty-eight thousand ballots."
    (n,) = find_numbers(text, "en")
    assert text[n.start : n.end] == "two hundred forty-eight thousand"


# --- a duration in two or three units is one figure -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The flight lasted 3 hours and 45 minutes.", 225, "minutes"),
        ("He was jailed for two years and six months.", 30, "months"),
        ("She served one year and three months in prison.", 15, "months"),
        # (in seconds, as the corpus gives the race time "2:15:36")
        ("The winner finished in 2 hours, 15 minutes and 36 seconds.", 8136, "seconds"),
        ("The crew was trapped for 3 days and 12 hours.", 84, "hours"),
    ],
)
def test_duration_in_two_units_is_one_figure(text: str, value: float, unit: str) -> None:
    figures = figures_of(text)
    assert [(f.value, f.unit) for f in figures] == [(value, unit)]


def test_near_misses_of_two_unit_durations_stay_two() -> None:
    # an age told in two parts (the corpus keeps both)
    assert len(figures_of("At the age of 17 years and 200 days, she became the youngest winner.")) == 2
    # a range whose ends are in two units
    assert len(figures_of("The patients were aged between 6 months and 2 years.")) >= 1
    assert values_of("The patients were aged between 6 months and 2 years.") != [6.166666666666667]
    # two spans of two deeds
    assert len(figures_of("He was jailed for 4 years and fined for 6 months of unpaid tax.")) == 2
    # a smaller unit first is no one span
    assert len(figures_of("The talks lasted 40 minutes and 2 hours on the second day.")) == 2
    # "and" before a clause of its own count
    assert 30 in values_of("The trial lasted 3 weeks and 30 witnesses gave evidence.")


def test_two_unit_duration_keeps_what_the_first_part_counts() -> None:
    assert "jailed" in counts_of("A driver was jailed for 12 years and nine months on Friday.", "en", 153)


# --- the hyphenated style of simplified English: the number's own later words are no nouns ------------------------


def test_hyphenated_cardinal_counts_the_noun_after_it() -> None:
    assert counts_of("More than ten-thousand homes lost power.", "en", 10000).startswith("homes")
    assert counts_of("The ship carried nine-hundred passengers.", "en", 900).startswith("passengers")
    assert counts_of("The bill passed by a vote of two-hundred-twenty to two-hundred-ten.", "en", 220) == "vote"
    # near miss: a real compound keeps its reading
    assert "deal" in counts_of("The board signed a three-year deal with the union.", "en", 3)


# --- a number after a month that no day can be ------------------------------------------------------------------


def test_share_after_a_month_is_a_figure() -> None:
    assert values_of("The monsoon was slow, with total rainfall in June 35% below average.") == [35]
    # near misses: a day and a year after a month stay dates
    assert values_of("The trial opens on June 15 in the capital.") == []
    assert values_of("The law was passed in June 2019 by the senate.") == []


# --- "one" as an item of a list of counts -----------------------------------------------------------------------


def test_one_in_a_list_of_counts_is_a_figure() -> None:
    text = "Of the 18 wagons that left the rails, 16 were goods wagons, one guard van and one tank car."
    assert [f.counts for f in figures_of(text) if f.value == 1] == ["guard van", "tank car"]
    text = "One dining coach, one sleeper coach and four open coaches left the track."
    assert [(f.counts or "").split(" and ")[0] for f in figures_of(text) if f.value == 1] == [
        "dining coach",
        "sleeper coach",
    ]


def test_near_misses_of_one_in_a_list_stay_no_figures() -> None:
    # each "one" a team of the count before, no noun of its own
    assert values_of("Two clubs entered the cup, one local and one made up of students.") == [2]
    assert 1 not in values_of("At one point, two men ran onto the pitch.")


# --- the object of a change past a from-phrase; "by one" after a change -------------------------------------------


def test_change_object_past_a_from_phrase() -> None:
    text = "Divers found two more bodies, raising the death toll from the ferry sinking to 31."
    assert counts_of(text, "en", 31) == "death toll"


def test_by_one_after_a_change_is_a_figure() -> None:
    assert "death toll" in counts_of("The county increased the death toll by one on Tuesday.", "en", 1)
    # near miss: "one by one" and "one" alone after "by" with no change
    assert values_of("The pupils left the hall one by one.") == []


# --- a part told as "Two of them" opening a quotation ------------------------------------------------------------


def test_part_of_them_opening_a_quotation_takes_the_group_before(tmp_path: Path) -> None:
    page = tmp_path / "story.txt"
    page.write_text("Crash\n\nAt least 14 passengers were hurt when four coaches of a train left the track.\n"
                    'The police chief said 14 passengers were hurt. "Two or three of them were kept in hospital and the '
                    'rest were sent home."\n', encoding="utf-8")  # fmt: skip
    found = [f for f in extract_facts(load_document(str(page), language="en")) if f.kind == "figure" and f.value == 2]
    assert found and "passengers" in (found[0].counts or "")


# --- bare counts listed after a bare count with a group -----------------------------------------------------------


def test_listed_bare_counts_share_the_group() -> None:
    text = "Officials say of the first nine patients, four died, three were sent home and two remain in hospital."
    assert "patients" in counts_of(text, "en", 2)
    assert "patients" in nth_counts_of(text, 3)


def test_near_miss_listed_count_with_its_own_noun_keeps_it() -> None:
    text = "Of the first nine patients, four died, and three doctors fell ill."
    assert counts_of(text, "en", 3).startswith("doctors")


# --- school years are names; ages after a contracted or adverbed copula -----------------------------------------


def test_school_year_is_no_figure_and_no_unit() -> None:
    assert values_of("In 2019, 71.5 per cent of Year 11s passed the test.") == [71.5]
    assert "students" in counts_of("About 300 Year 10 students sat the exam.", "en", 300)
    # near miss: a span of years keeps its unit
    assert [f.unit for f in figures_of("The school was shut for 3 years after the fire.")] == ["years"]


def test_age_after_a_contracted_copula_and_adverbs() -> None:
    assert counts_of("He's still only 19 and has never been in custody.", "en", 19) == "age"
    assert counts_of("She was just 16 when she left home.", "en", 16) == "age"
    # near miss: a count after "'s" of a name is no age
    assert counts_of("Labour's 40 seats were lost.", "en", 40) != "age"


# --- a level said of "it" or "that" is a level of the measure just read ------------------------------------------


def test_pronoun_level_takes_the_measure_before() -> None:
    story = "In 2010, the share of pupils in grammar schools was 91.2 per cent. By 2018 it had risen to 92.6 per cent."
    assert "share" in nth_counts_of(story, 92.6)
    text = "In 2005, more than 92% of school leavers passed, but last year that had fallen to 89.5%."
    assert "school leavers" in counts_of(text, "en", 89.5)


def test_near_miss_pronoun_level_with_another_unit_keeps_its_reading() -> None:
    text = "The plant employed 400 people in 2010, and by 2018 it had cut its costs by 15%."
    assert "people" not in counts_of(text, "en", 15)


# --- "one" as the last part of a tally with a copula --------------------------------------------------------------


def test_one_closing_a_tally_is_a_figure_with_its_predicate() -> None:
    text = "Of the confirmed cases, 31 were residents of the home and one was a visiting nurse."
    assert [f.counts for f in figures_of(text) if f.value == 1] == ["visiting nurse"]


def test_near_misses_of_one_in_a_tally() -> None:
    assert values_of("One was a great player, the coach said.") == []
    assert 1 not in values_of("The staff were tired and one was clearly angry.")


# --- "a half" before its unit -----------------------------------------------------------------------------------


def test_a_half_before_a_unit_is_half_of_it() -> None:
    figures = figures_of("The boy was swept along the drain for nearly a half mile.")
    assert [(f.value, f.unit) for f in figures] == [(0.5, "miles")]
    assert values_of("The haul was worth more than seven and a half times the budget.") == [7.5]
    # near misses: a half hour is mostly a time, a half share no unit
    assert values_of("They talked for a half hour before the vote.") == []
    assert values_of("She bought a half share of the firm.") == []


# --- a fraction of a percentage point is a step of a change ------------------------------------------------------


def test_fraction_of_a_percentage_point_is_a_step_of_the_change() -> None:
    text = "The survey shows the jobless rate falling three-tenths of a percentage point to 5.2 percent."
    (step,) = [f for f in figures_of(text) if f.value == 0.3]
    assert (step.unit, step.counts) == ("percentage points", "jobless rate")
    text = "The rate was 7.9 percent, a fall of two-tenths of a percent from the month before."
    assert counts_of(text, "en", 0.2) == "fall"
    # near miss: a fraction of a whole keeps its reading
    assert "voters" in counts_of("About half of the voters backed the plan.", "en", 0.5)


def test_fraction_of_a_point_a_verb_changed_something_by_counts_its_object() -> None:
    text = "The central bank raised its main rate by a quarter of a percentage point to 3.5%."
    found = {f.value: (f.unit, f.counts) for f in figures_of(text)}
    assert found[0.25] == ("percentage points", "main rate")
    assert found[3.5][1] == "main rate"  # (the level reached, past the fractional step)
    text = "Tolvia's lenders cut mortgage rates by three-quarters of a percentage point."
    assert counts_of(text, "en", 0.75) == "mortgage rates"
    # near miss: a fraction of a whole after "by" is no step of a unit
    assert "staff" in (counts_of("The firm cut its staff by a quarter last year.", "en", 0.25) or "")


# --- a span before an event with no article, as headlines write it, is a date -------------------------------------


def test_years_after_an_event_without_article_is_a_date() -> None:
    assert values_of("Sailor buried 65 years after fatal sinking") == []
    # near misses: how long something lasted stays a figure
    assert values_of("He was jailed for 20 years after conviction in Ohio.") == [20]
    assert values_of("She spent 10 years after college working abroad.") == [10]


# --- batch 4: a span told as two adjectives, an area adjective, a qualified span before an event --------------------


def test_span_as_two_adjectives_is_one_figure() -> None:
    figures = figures_of("She sealed a three-hour 12-minute win on the clay.")
    assert [(f.value, f.unit) for f in figures] == [(192, "minutes")]
    assert "win" in figures[0].counts


def test_area_adjective_counts_its_noun() -> None:
    (fire,) = figures_of("Crews are fighting a 12-square-mile fire near the town.")
    assert (fire.unit, fire.counts) == ("square miles", "fire")


def test_qualified_span_before_an_event_is_how_long() -> None:
    assert values_of("The rescuers dug for nearly six hours before reaching the boy.") == [6]
    # near miss: a span before an event with no verb of lasting is when
    assert values_of("The boy was found six hours before the storm.") == []


# --- years and decades in words; a decimal opening on zero ----------------------------------------------------


def test_years_and_decades_in_words_are_no_figures() -> None:
    assert values_of("The law was passed in two-thousand-ten.") == []
    assert values_of("The fashion came back in the nineteen-sixties.") == []
    assert values_of("Cars got cheaper in the nineteen fifties.") == []
    # near miss: a count of that size is a count
    assert values_of("The club has two thousand ten members.") == [2010]


def test_decimal_in_words_opening_on_zero() -> None:
    assert values_of("Prices rose by zero-point-four percent in May.") == [0.4]
    assert values_of("The score stayed at zero for an hour.") == []


# --- an article and an evaluative adjective before a figure ---------------------------------------------------------


def test_evaluative_adjective_before_a_figure_is_no_noun() -> None:
    text = "It beat the old record, set in 2003, by an extraordinary 1.4C."
    assert "extraordinary" not in counts_of(text, "en", 1.4)
    assert counts_of("Ticket sales rose by a whopping 35% last year.", "en", 35).lower().startswith("ticket sales")
    # near miss: an adjective of which or how reckoned stays ("an additional 500 jobs")
    assert "jobs" in counts_of("The plant will add an additional 500 jobs.", "en", 500)
