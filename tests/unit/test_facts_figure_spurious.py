"""Numbers that were read as figures, or split, where they are not (issue 10, round 5).

Every sentence here is written for these tests. Each test names the class of error a linguist would
name: a range said with "from ... to", an approximate count that looks like a year, thousands grouped
by spaces, clock times, days of a month, version numbers, names made of a number, citations.
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import figures_of as _figures


def _values(text: str, language: str = "en") -> list[float]:
    return [f.value for f in _figures(text, language) if f.value is not None]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The detainees fasted for periods ranging from 12 to 41 days.", 12, 41),
        ("Groups of from 10 to 20 hikers set out each morning.", 10, 20),
        ("Between 5 and 10 ferries were cancelled.", 5, 10),
    ],
)
def test_a_range_is_one_figure_with_its_top(text: str, low: float, high: float) -> None:
    found = _figures(text)
    assert [(f.value, f.value_max) for f in found] == [(low, high)]


def test_a_change_from_one_level_to_another_stays_two_figures() -> None:
    # "rose from 5 to 7 percent": where it started and where it ended, not a range
    assert _values("The jobless rate rose from 5 to 7 percent last year.") == [5, 7]
    assert _values("Ledigheden steg fra 5 til 7 procent.", "da") == [5, 7]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("On Monday over 2000 Kenyan teachers walked out.", 2000, "teachers"),
        ("Some 2000 Lisbon residents signed the letter.", 2000, "residents"),
    ],
)
def test_an_approximate_count_before_a_capitalised_adjective_is_no_year(text: str, value: float, key: str) -> None:
    found = [f for f in _figures(text) if f.value == value]
    assert found and key in (found[0].counts or "")


def test_a_year_stays_a_year() -> None:
    assert _values("In 2000 the firm opened a plant.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Guards checked more than 241 000 travellers at the crossing.", 241000),
        ("About 3\u202f500\u202f000 voters stayed home.", 3500000),
        ("The fund paid 12\u00a0750 pensioners in March.", 12750),
    ],
)
def test_thousands_grouped_by_spaces_are_one_number(text: str, value: float) -> None:
    assert _values(text) == [value]


def test_a_day_and_a_count_side_by_side_stay_apart() -> None:
    # "On June 14 300 people": a day of the month, then a count
    assert _values("On June 14 300 cyclists crossed the bridge.") == [300]


@pytest.mark.parametrize(
    "text",
    [
        "By 9 p.m on Friday, the page was gone.",
        "The march set off around 7 in the evening from the square.",
        "The ferry leaves at 6 in the morning.",
    ],
)
def test_clock_times_are_no_figures(text: str) -> None:
    assert _values(text) == []


def test_days_listed_after_a_month_are_a_date() -> None:
    assert _values("On March 7, 8, and 9 the summit met under heavy guard.") == []
    assert _values("On March 7, 4 climbers reached the top.") == [4]


def test_a_day_before_a_short_month_is_a_date() -> None:
    assert _values("His next hearing is set for 17 Oct (a Tuesday).") == []


def test_a_span_before_an_event_is_when_not_how_much() -> None:
    assert _values("Only three days after the truce, shelling resumed.") == []
    assert _values("The page went up 10 hours prior to the blast.") == []
    assert _values("Three days of talks ended without a deal.") == [3]
    assert _values("Flights stopped for four days after the eruption.") == [4]


@pytest.mark.parametrize(
    "text",
    [
        "Schools need more training in web 2.0 tools.",
        "The office still runs version 3.1 of the software.",
        "Since its birth the 12M (named after the day it began) has marched every spring.",
        "Fans posted under #7MarsLibre all night.",
    ],
)
def test_versions_and_names_made_of_a_number_are_no_figures(text: str) -> None:
    assert _values(text) == []


def test_a_subdivision_of_a_cited_article_is_no_figure() -> None:
    assert _values("Under section 14(2)(b) of the act, 40 landlords were fined.") == [40]


def test_a_locator_with_a_glued_preposition_or_a_bracket_is_no_figure() -> None:
    assert _values("وفقا للمادة 12 من الدستور", "ar") == []
    assert _values("התיקון נחקק (סעיף 9 לחוק).", "he") == []


def test_a_bare_count_in_brackets_counts_the_noun_before_it() -> None:
    found = _figures("The bill passed with a majority of the deputies (71) voting yes.")
    assert [f.counts for f in found if f.value == 71] == ["majority of the deputies"]
    assert [f.counts for f in _figures("Ana Silva (34) was hurt.") if f.value == 34] == ["age"]


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("The council passed the plan with 31 votes in favour and 4 abstentions.", 31, "votes in favour"),
        ("Officials said 95 migrants still in custody would be freed.", 95, "migrants still in custody"),
        ("It reviewed the files of 210 farmers currently in pre-trial detention.", 210, "in pre-trial detention"),
        ("On Friday some 1200 dockers ended their walkout.", 1200, "dockers"),
        ("The average number of miners injured each month in the valley is 14.", 14, "miners injured"),
    ],
)
def test_what_a_count_holds_reaches_its_state_and_stops_at_a_verb(text: str, value: float, counts: str) -> None:
    found = [f.counts or "" for f in _figures(text) if f.value == value]
    assert found and counts in found[0]
    assert "ended" not in found[0].split(" (")[0]


def test_a_range_leaves_its_from_out_of_what_it_counts() -> None:
    found = _figures("Their fasts went on for periods ranging from 12 to 41 days.")
    assert found and not (found[0].counts or "").endswith("from")


def test_one_unit_of_time_after_a_preposition_of_duration_is_a_figure() -> None:
    assert _values("The border crossing will reopen within one week.") == [1]
    assert _values("One day she will come back.") == []


def test_a_duration_that_has_passed_since_an_event_counts_the_time_since_it() -> None:
    found = _figures("Two years have passed since the landslide in the village.")
    assert found and "landslide" in (found[0].counts or "")


@pytest.mark.parametrize(
    ("text", "language", "counts"),
    [
        ("The well lies about 420 metres north of the old mill.", "en", "distance of well north of old mill"),
        ("The camp is 35 km south-east of the capital.", "en", "distance of camp south-east of capital"),
        ("Lejren ligger 12 km vest for havnen.", "da", "vest for havnen"),
        ("הבאר נמצאת כ-420 מטרים מזרחית לטחנה.", "he", "מזרחית לטחנה"),
        ("يقع البئر على بعد 12 كيلومترا غرب الميناء.", "ar", "البئر (غرب الميناء)"),  # what lies there too
    ],
)
def test_a_length_in_a_direction_from_a_place_counts_where_from(text: str, language: str, counts: str) -> None:
    found = [f.counts for f in _figures(text, language) if f.unit in ("metres", "meters", "kilometres", "kilometers")]
    assert found == [counts]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The coins were struck between the years 310 and 420, before the town was sacked.", "en"),
        ("The wall was built around 120 AD by the legion.", "en"),
        ("The poet died in 43 BC in exile.", "en"),
        ("Borgen stod i årene 1340 til 1520.", "da"),
    ],
)
def test_an_older_year_marked_by_its_era_or_by_the_years_is_no_figure(text: str, language: str) -> None:
    assert _values(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("The river there is a metre and a half deep.", "en", "meters"),
        ("The hearing lasted an hour and a half.", "en", "hours"),
        ("עומק הבור מטר וחצי.", "he", "metres"),
        ("استمرت الجلسة ساعة ونصف.", "ar", "hours"),
    ],
)
def test_one_unit_and_a_half_is_one_and_a_half_of_it(text: str, language: str, unit: str) -> None:
    found = _figures(text, language)
    assert [(f.value, f.unit) for f in found] == [(1.5, unit)]


def test_the_half_of_a_unit_and_a_half_is_no_second_figure() -> None:
    assert _values("They met again after an hour and a half of talks.") == [1.5]
    assert _values("عاد بعد ساعة ونصف من الانفجار", "ar") == [1.5]
    assert _values("It took two hours and a half.") == [2.5]


def test_an_older_hebrew_year_after_the_word_year_is_no_figure() -> None:
    assert _values("המטבעות תוארכו בין השנים 320 ועד שנת 410, אז נבזזה העיר.", "he") == []
    assert _values("נבנו שם 450 בתים.", "he") == [450]


def test_votes_against_after_votes_in_favour_are_the_same_votes_the_other_way() -> None:
    found = _figures("The motion carried with 52 votes in favour of the plan and 9 against.")
    assert [(f.value, f.counts) for f in found] == [(52, "votes in favour of the plan"), (9, "votes against")]


def test_the_number_reader_shared_with_the_fidelity_check_reads_space_thousands_as_one() -> None:
    from briefing_app.core.numbers import find_numbers

    assert [n.value for n in find_numbers("Roughly 241 000 ballots were void.", "en")] == [241000]
    assert [n.value for n in find_numbers("Codes 12 34 56 were drawn.", "en")] == [12, 34, 56]
