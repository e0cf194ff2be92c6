"""Figures, twenty-third round: what English figures count in classes found on real news pages nobody here had
tuned on (health and epidemics, courts, polls, weather, transport, school and city budgets, company results, sport;
read whole, figures written down by hand before the extractor ran), each written again with made-up variants and
look-alikes that must not change. Every sentence and name is made up."""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of, figures_of


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The share of admissions attributed to asthma and bronchitis was 6.2%.", 6.2, "share of admissions"),
        ("The number of mumps cases reported during the spring outbreak has reached 412.", 412, "mumps cases"),
        ("The proportion of claims filed by farmers and fishermen rose to 14%.", 14, "proportion of claims"),
        ("During the first week in March the rate of visits linked to flu and colds rose to 3.1%.", 3.1,
         "rate of visits"),
        ("The count of ballots received from soldiers and sailors was 8,200.", 8200, "ballots"),
    ],
)  # fmt: skip
def test_a_participle_after_its_noun_is_no_verb_of_the_subject(text: str, value: float, key: str) -> None:
    # a reduced relative clause ("attributed to", "reported during") inside the subject: its "and" joins two nouns
    # of the participle's object and its verb of saying opens no clause; the subject's head stands before it
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Sales of bicycles surged in April and exports fell 3%.", 3, "exports"),
        ("Harbour traffic improved in May and freight rose 4%.", 4, "freight"),
    ],
)
def test_a_verb_of_change_in_ed_still_ends_its_clause(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_verb_of_saying_with_no_verb_after_it_still_opens_its_clause() -> None:
    # "Officials reported in a statement" has no verb of its own before the figure: no participle
    assert "officials" not in counts_of("Officials reported in a statement 14 new infections.", "en", 14).lower()


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The firm said its net income for the quarter that ended on June 30 was $4 million.", 4e6, "net income"),
        ("Operating profit for the year that ended in March was £12 million.", 12e6, "profit"),
    ],
)
def test_a_relative_clause_that_dates_the_period_leaves_the_measure(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Revenue in Asia (including Korea and the Philippines) during the half fell to $2.3 billion.", 2.3e9,
         "Revenue"),
        ("Turnout in the north (counting the islands and the coast) during the vote was 61%.", 61, "Turnout"),
    ],
)  # fmt: skip
def test_a_longer_bracket_of_words_inside_the_subject(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_fronted_time_with_no_comma_before_the_subject() -> None:
    assert "revenue" in counts_of("In the first quarter its revenue rose 8%.", "en", 8)
    assert "exports" in counts_of("During 2021 the exports of grain fell 12%.", "en", 12)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Norwell Foods announced a rise in its quarterly dividend to $0.31 per share.", 0.31, "dividend"),
        ("The board approved an extension of its buyback programme by an extra $2 billion.", 2e9, "buyback programme"),
        ("Kestrel Bank unveiled a $4 billion bond sale and a cut in its savings rate to 2.5%.", 2.5, "savings rate"),
        ("Analysts had anticipated an increase to $7 billion.", 7e9, "increase"),
    ],
)  # fmt: skip
def test_a_noun_of_change_and_what_it_changes(text: str, value: float, key: str) -> None:
    # "a rise in X to N", "an extension of X by N": the level or step of X, not the clause's subject
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The trust kept its reserves, with dividends set at 12 cents a share.", 12, "dividends"),
        ("Students face fees capped at £9,000 a year.", 9000, "fees"),
        ("The council ratified the new tax rate at $0.42 per $100 of value.", 0.42, "tax rate"),
        ("Ministers fixed the minimum wage at $11.50 an hour.", 11.5, "minimum wage"),
    ],
)
def test_a_level_set_at_a_figure(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_change_noun_with_its_own_counted_noun_keeps_it() -> None:
    assert "workers" in counts_of("The mill reported a rise in its staff to 4,000 workers.", "en", 4000)
    assert "rise" not in counts_of("Sales rose to $3 billion.", "en", 3e9)


@pytest.mark.parametrize(
    "text",
    [
        "The district's plan for fiscal year 2025–26 shows a gap.",
        "The 2018–19 season was the club's best.",
        "Enrolment has fallen since FY 2016/17.",
        "The 2030—31 budget was tabled.",
    ],
)
def test_the_second_year_of_a_span_written_short_is_no_figure(text: str) -> None:
    # an en dash, an em dash or a slash between the years, as a hyphen already was ("2025-26")
    assert figures_of(text) == []


def test_a_figure_after_a_year_and_a_spaced_dash_is_a_figure() -> None:
    assert "people" in counts_of("In 2020 - 15 people were hurt.", "en", 15)
    assert "goals" in counts_of("In the 2018/19 season he scored 12 goals.", "en", 12)


@pytest.mark.parametrize(
    "text",
    [
        "Jo Varga hit a three-pointer at the buzzer.",
        "The club bought a two-seater for the race.",
        "Dell Amos sank a 3-pointer with 2 seconds left.",
    ],
)
def test_a_number_that_names_a_kind_of_thing_is_no_count(text: str) -> None:
    assert not [f for f in figures_of(text) if f.value == 3 or (f.value == 2 and "seater" in text)]


def test_a_count_of_such_things_is_a_figure() -> None:
    assert "three-pointers" in counts_of("Mira Tolan scored 28 points and six three-pointers.", "en", 6)
    assert "3-pointers" in counts_of("He hit three 3-pointers.", "en", 3)
    assert "member" in counts_of("A 12-member panel met.", "en", 12)  # not an agent noun
    assert "finger" in counts_of("She held up a three-finger salute.", "en", 3)  # a noun after the compound


def test_a_spelled_part_out_of_a_whole_is_a_figure() -> None:
    assert [f.value for f in figures_of("Lena Ortiz shot four of five from the line.")] == [4, 5]
    assert [f.value for f in figures_of("Seven of 10 voters backed the plan.")] == [7, 10]
    assert [f.value for f in figures_of("She is one of two siblings.")] == [2]  # "one of": no count


@pytest.mark.parametrize(
    ("first", "second", "value", "key"),
    [
        ("Net income for the quarter was $3.1 billion.", "This is 5.9% higher than a year earlier.", 5.9,
         "Net income"),
        ("Ticket sales at the Corran Theatre reached 41,000.", "That was 12 percent lower than last season.", 12,
         "Ticket sales"),
    ],
)  # fmt: skip
def test_a_pronoun_and_a_copula_before_a_compared_figure(first: str, second: str, value: float, key: str) -> None:
    # "This is 5.9% higher than ...": the pronoun stands for what the sentence before measured
    from briefing_app.core.facts.figures import find_figures
    from briefing_app.core.facts.model import SourceSentence

    facts = find_figures([SourceSentence(0, 0, first), SourceSentence(1, len(first) + 1, second)], "en")
    assert key in next(f.counts or "" for f in facts if f.sentence == 1 and f.value == value)


def test_a_pronoun_and_a_copula_with_a_noun_of_its_own_keeps_it() -> None:
    from briefing_app.core.facts.figures import find_figures
    from briefing_app.core.facts.model import SourceSentence

    first, second = "Net income was $3 billion.", "It is 5 percent of the group's total."
    facts = find_figures([SourceSentence(0, 0, first), SourceSentence(1, len(first) + 1, second)], "en")
    assert "total" in next(f.counts or "" for f in facts if f.sentence == 1)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Freight to and from the islands grew 4.8 percent.", 4.8, "Freight"),
        ("Ferry travel within the bay rose 3 percent and traffic to and from the mainland grew 5 percent.", 5,
         "traffic"),
    ],
)  # fmt: skip
def test_to_and_from_is_one_preposition(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Net income and revenue were $1.2 billion and $8.4 billion, respectively.", 1.2e9, "Net income"),
        ("Net income and revenue were $1.2 billion and $8.4 billion, respectively.", 8.4e9, "revenue"),
        ("Its operating profit and turnover were £12 million and £40 million respectively.", 12e6, "operating profit"),
        ("Kelso and Pryce scored 12 and 7 goals respectively.", 12, "Kelso"),
    ],
)  # fmt: skip
def test_respectively_pairs_sums_and_a_modified_first_noun(text: str, value: float, key: str) -> None:
    # the currency sign of the second sum is no break in the run; the first noun keeps its modifier
    assert key in counts_of(text, "en", value)


def test_a_speed_converted_in_brackets_shares_what_it_counts() -> None:
    assert "winds" in counts_of("The storm packed winds of 90 miles per hour (150 kph).", "en", 150)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Shares of Dornley were up 1.99% along with the wider market.", 1.99, "Shares"),
        ("The index closed up 3% amid heavy trading.", 3, "index"),
        ("Rents rose 4% despite the slump.", 4, "Rents"),
    ],
)
def test_a_preposition_after_a_figure_opens_no_counted_noun(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)
    assert not counts_of(text, "en", value).startswith(("along", "amid", "despite"))


def test_a_changed_noun_after_a_shared_one_is_its_own() -> None:
    text = "Norwell revealed an extension of its share buyback by $5 billion and a rise in its dividend to $0.26 per share."
    assert "dividend" in counts_of(text, "en", 0.26)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The rate was highest among adults 65 and older (294.9 per 100,000).", 294.9, "rate"),
        ("Turnout was lowest in the north (41%) and highest in the south (67%).", 67, "turnout"),
    ],
)
def test_a_bare_figure_in_brackets_takes_the_measure_its_sentence_names(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value).lower()


def test_a_number_is_never_what_a_figure_counts() -> None:
    found = figures_of("The rate was highest among adults (294.9 per 100,000) and lowest among children.")
    assert not [f for f in found if f.counts and f.counts.replace(".", "").replace(",", "").isdigit()]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Ivo Brandt scored 20 points and Teo Marsh added 18 for the Harriers.", 18, "points"),
        ("The vote was 12 for the Labour motion.", 12, "motion"),  # a noun after the name: kept
        ("They raised $5m for the Red Cross.", 5e6, "Red Cross"),  # a sum's purpose: kept
    ],
)
def test_for_and_a_name_after_a_bare_count(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The scheme covers families whose children are between 5-15 years old.", 5, "children"),
        ("Free meals go to pupils under 7 years old.", 7, "pupils"),
        ("The oak in Marlow Square is 300 years old.", 300, "oak"),
    ],
)
def test_an_age_stated_of_the_noun_before_it(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_an_age_of_a_pronoun_or_with_a_holder_after_it() -> None:
    assert counts_of("She was six years old when she left.", "en", 6) == "age"
    assert "man" in counts_of("A 45-year-old man died.", "en", 45)
    assert counts_of("The rule gives access for those over 18 years old.", "en", 18) != "age (those)"


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The bill would raise the housing allowance to $900 for tenants in the city and $700 for tenants elsewhere.",
         900, "housing allowance"),
        ("The bill would raise the housing allowance to $900 for tenants in the city and $700 for tenants elsewhere.",
         700, "housing allowance"),
        ("Councillors cut the parking fee to £2 for residents.", 2, "parking fee"),
    ],
)  # fmt: skip
def test_a_sum_a_change_sets_for_someone(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_count_whose_members_a_dash_names_is_a_first_count() -> None:
    from briefing_app.core.facts.figures import find_figures
    from briefing_app.core.facts.model import SourceSentence

    head = "Ministries Sign Pact on Floods"
    body = "The three ministries – the Ministry of Water, the Ministry of Roads and the Treasury – will share data."
    facts = find_figures([SourceSentence(0, 0, head), SourceSentence(1, len(head) + 1, body)], "en")
    assert [(f.value, f.counts) for f in facts if f.sentence == 1][:1] == [(3, "ministries")]
    said = "Three ministries signed. The three ministries – the Ministry of Water and two others – met."
    assert [f.value for f in figures_of(said)] == [3, 2]  # the count given before: "the three" is anaphora


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Once the 300 pounds cocaine seized had been cut, it would fetch $9,000,000.", 300, "pounds"),
        ("A kilogram is 2.2 pounds.", 2.2, "pounds"),
        ("The crate held 40 pounds (18 kilograms) of bolts.", 40, "pounds"),
        ("He was fined 500 pounds.", 500, "GBP"),  # no dollar, no other weight: sterling
        ("The ticket cost 40 pounds, or $52.", 40, "GBP"),  # paid: money, whatever else the sentence holds
    ],
)
def test_pounds_beside_dollars_or_another_weight_are_a_weight(text: str, value: float, unit: str) -> None:
    assert [f.unit for f in figures_of(text) if f.value == value] == [unit]


def test_a_danish_rate_base_after_pr_is_no_figure_and_pr_ends_the_noun() -> None:
    # (round 39: "30 trafikdræbte pr. 1 mio. indbyggere" gave the base its own figure and "trafikdræbte pr")
    found = figures_of("Danmark har ca. 30 trafikdræbte pr. 1 mio. indbyggere.", "da")
    assert [(f.value, f.counts) for f in found] == [(30, "trafikdræbte")]
    assert [f.value for f in figures_of("Der var 12 dødsfald pr. 100.000 indbyggere.", "da")] == [12]
    # near miss: a number after "pr." that is no power of ten is a figure of its own
    assert 7 in [f.value for f in figures_of("Holdet scorede 3 mål pr. 7 kampe.", "da")]
