"""Figures, twenty-first round: what English figures count in classes found on real news pages nobody here had
tuned on (results, jobs reports, budgets, disasters, courts; read whole, figures written down by hand before the
extractor ran), each written again with made-up variants and look-alikes that must not change. Every sentence and
name is made up."""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Net profit fell to $40 million, or 20 cents per share, in the quarter, from $55 million, or 28 cents per "
         "share, a year earlier.", 55e6, "profit"),
        ("Operating income rose to $12 million, or 9 cents a share, for the six months ended May 31, from $8 million.",
         8e6, "income"),
        ("Its net profit dropped to 400 million euros ($450 million), or 12 euro cents (14 cents) a share, from 500 "
         "million euros.", 5e8, "profit"),
        ("Earnings rose to $3 billion, or $1.10 a share, from $2.5 billion, or 95 cents a share.", 2.5e9, "Earnings"),
    ],
)  # fmt: skip
def test_the_level_left_after_an_aside_and_a_time_in_commas(text: str, value: float, key: str) -> None:
    # "from $55 million" is the same measure as the level reached, past the per-share aside, its conversion in
    # brackets and a time in commas
    assert key in counts_of(text, "en", value)


def test_a_level_left_with_its_own_noun_keeps_it() -> None:
    text = "Exports rose to $4 billion, or 12 percent of output, in May, from 3,000 containers."
    assert "containers" in counts_of(text, "en", 3000)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Sales for the quarter that ended June 30 were $4.2 billion.", 4.2e9, "Sales"),
        ("Revenue for the year that ended in March was $900 million.", 9e8, "Revenue"),
        ("Profit for the period that closed on May 3 was £12m.", 1.2e7, "Profit"),
    ],
)
def test_a_measure_before_a_relative_clause_whose_verb_ends_in_ed(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_figure_inside_the_relative_clause_is_not_moved() -> None:
    assert "quarter" not in counts_of("The firm that employed 300 workers closed.", "en", 300)
    assert "workers" in counts_of("The firm that employed 300 workers closed.", "en", 300)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Average hourly wages for retail and warehouse workers increased 4.1 percent.", 4.1, "wages"),
        ("Prices of oil and gas rose 12 percent in March.", 12, "Prices"),
        ("Sales of cars and vans fell 8% last year.", 8, "Sales"),
    ],
)
def test_an_and_inside_the_subjects_noun_phrase(text: str, value: float, key: str) -> None:
    # with no verb before it, "and" joins two words of one noun phrase, not two clauses
    assert key in counts_of(text, "en", value)


def test_an_and_between_two_clauses_still_starts_the_second() -> None:
    assert "exports" in counts_of("Imports fell in May and exports rose 3 percent.", "en", 3)
    assert "Margins" in counts_of("Costs were flat and Margins grew 2%.", "en", 2)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The firm grew its profits a healthy 24% year over year.", 24, "profits"),
        ("March saw inflation rise to 3.4% year over year.", 3.4, "inflation"),
        ("The stock has slid 30.9% year to date.", 30.9, "stock"),
        ("Exports fell 6 percent month on month.", 6, "Exports"),
    ],
)
def test_a_period_compared_written_apart_is_no_noun(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_sum_worth_of_shares_is_no_payment_form() -> None:
    assert "shares" in counts_of("Velmar repurchased $300 million worth of its shares in May.", "en", 3e8)
    # (still a payment form after "in": what was bought is the object)
    assert "shares" not in counts_of("Velmar bought its rival for $2 billion in shares.", "en", 2e9)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Unemployment fell in May, dropping to 5.1%, the lowest in a decade.", 5.1, "Unemployment"),
        ("Output grew in the spring, reaching 4.4%, its best pace in years.", 4.4, "Output"),
    ],
)
def test_a_participle_of_change_after_a_comma_takes_the_clause_subject(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_participle_of_motion_keeps_its_own_reading() -> None:
    assert "flying" in counts_of("Flight 9 was flying at 33,000 feet.", "en", 33000)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Her personal fortune was once valued at $3 billion.", 3e9, "fortune"),
        ("Its art collection is now valued at $90 million.", 9e7, "collection"),
        ("The painting was valued at $4 million.", 4e6, "painting"),
        ("The stake, valued at $2 billion, was sold.", 2e9, "stake"),
    ],
)
def test_a_passive_valued_at_past_an_adverb(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_following_a_figure_compares_it_with_the_one_before() -> None:
    text = "Average wages rose 3.2 percent from a year earlier, following 3.1 percent in the prior month."
    assert "following" not in counts_of(text, "en", 3.1)
    assert "wages" in counts_of(text, "en", 3.1)


def test_euro_cents_are_the_hundredth_not_euros() -> None:
    from tests.unit.figure_helpers import figures_of

    found = [f for f in figures_of("Its profit was 14 euro cents a share.", "en") if f.value == 14]
    assert found and found[0].unit == "cents"
    assert "profit" in (found[0].counts or "")
    euros = [f for f in figures_of("The fee rose to 14 euros a year.", "en") if f.value == 14]
    assert euros and euros[0].unit == "EUR"


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The gains for June were revised down from 179,000 to 118,000.", 118000, "gains"),
        ("The job gains for June that were previously reported were revised up from 90,000 to 120,000.", 90000,
         "gains"),
        ("The estimate rose to 4,300 homes.", 4300, "homes"),
        ("The sales for March that were first reported were revised to 3,100 cars.", 3100, "cars"),
    ],
)  # fmt: skip
def test_a_noun_after_its_article_that_is_also_a_verb(text: str, value: float, key: str) -> None:
    # "gains", "estimate", "cuts" after "the" are nouns; "that were previously reported" is a passive in a relative
    # clause, no clause of saying
    assert key in counts_of(text, "en", value)


def test_a_capitalised_word_after_the_is_left_to_the_name_rules() -> None:
    assert "Internet" in counts_of("The United States accounts for over 25% of all Internet usage.", "en", 25)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("That gave the Hawks 4,512 for the season.", 4512),
        ("The win took the Rovers 1,204 points clear.", 1204),
    ],
)
def test_a_number_with_a_thousands_comma_is_no_names_number(text: str, value: float) -> None:
    from tests.unit.figure_helpers import figures_of

    assert value in [f.value for f in figures_of(text, "en")]


def test_a_names_small_number_is_still_no_figure() -> None:
    from tests.unit.figure_helpers import figures_of

    assert 747 not in [f.value for f in figures_of("The airline grounded its Boeing 747 fleet.", "en")]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("Police seized more than RM1.72 million worth of drugs.", 1.72e6, "MYR"),
        ("The court fined him Rs500 for the offence.", 500, "INR"),
        ("She paid KSh3,000 for the ticket.", 3000, "KES"),
    ],
)
def test_a_currency_abbreviation_written_against_the_digits(text: str, value: float, currency: str) -> None:
    from tests.unit.figure_helpers import figures_of

    found = [f for f in figures_of(text, "en") if f.value == value]
    assert found and found[0].unit == currency


def test_a_code_inside_a_word_is_no_currency() -> None:
    from tests.unit.figure_helpers import figures_of

    assert not [f for f in figures_of("The FIRM1 code was used.", "en") if f.unit == "MYR"]


def test_the_second_decade_of_an_age_pair() -> None:
    from tests.unit.figure_helpers import figures_of

    found = figures_of("Police arrested three men, aged in their 20s and 40s, and seized 40 bottles.", "en")
    assert [f.counts for f in found if f.value == 40][0] == "age"
    assert [f.unit for f in found if f.value == 40] == [None, None]
    assert "seconds" in [f.unit for f in figures_of("The two laps took 20s and 40s.", "en")]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Four other fires broke out nearby, including one near a warehouse and three at Kelmer Market.", 3, "Kelmer"),
        ("Four other fires broke out nearby, including one near a warehouse and three at Kelmer Market.", 3, "fires"),
        ("Five blasts hit the city, including two at the railway station and three in the old market.", 2, "station"),
    ],
)
def test_parts_of_a_whole_listed_with_a_place_each(text: str, value: float, key: str) -> None:
    # "three at X": the whole's noun left out, and the part's own place
    assert key in counts_of(text, "en", value)


def test_a_part_with_its_own_noun_keeps_it() -> None:
    text = "Five blasts hit the city, including two bombs at the railway station."
    assert counts_of(text, "en", 2).startswith("bombs")


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Covering 40 hectares, the park is the largest in the region.", 40, "park"),
        ("Spanning some 300 metres, the bridge is the longest in the country.", 300, "bridge"),
    ],
)
def test_a_measure_in_a_fronted_participle(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_fronted_measure_of_it_takes_the_subject_the_sentence_before_opened_with() -> None:
    from briefing_app.core.facts.figures import find_figures
    from briefing_app.core.facts.model import SourceSentence

    sentences = [SourceSentence(0, 0, "The Velmor Temple is one of the oldest sites in the region."),
                 SourceSentence(1, 0, "Totaling twelve acres, it is a protected site.")]  # fmt: skip
    found = [f for f in find_figures(sentences, "en") if f.value == 12]
    assert found and "Temple" in (found[0].counts or "")


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("This is the start of what will be a 12- to 18-month campaign.", 12, 18, "months"),
        ("The repairs are a 3- to 5-year effort.", 3, 5, "years"),
    ],
)
def test_a_range_whose_first_end_leaves_its_unit_to_the_second(text: str, low: float, high: float, unit: str) -> None:
    from tests.unit.figure_helpers import figures_of

    found = figures_of(text, "en")
    assert [(f.value, f.value_max, f.unit) for f in found] == [(low, high, unit)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("An official said that one Ugandan soldier was killed in the clash.", "soldier"),
        ("Police said one Kenyan officer was wounded.", "officer"),
    ],
)
def test_one_with_a_capitalised_adjective_that_befell_something(text: str, key: str) -> None:
    assert key in counts_of(text, "en", 1)


def test_a_fronted_span_keeps_the_object_of_its_clause() -> None:
    text = "For over two decades, the country has had no central government."
    assert "government" in counts_of(text, "en", 2)


def test_pounds_of_goods_are_a_weight() -> None:
    from tests.unit.figure_helpers import figures_of

    text = "The air force was flying about 25,000 pounds of relief supplies to the island."
    assert [f.unit for f in figures_of(text, "en") if f.value == 25000] == ["pounds"]
    money = "The council gave 5,000 pounds of relief to the families."
    assert [f.unit for f in figures_of(money, "en") if f.value == 5000] == ["GBP"]


def test_a_town_and_its_state_before_based_are_one_modifier() -> None:
    text = "Shares of the Dunmore, Ohio-based retailer last traded at $22.40."
    assert counts_of(text, "en", 22.4).startswith("Shares")
