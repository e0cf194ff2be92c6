"""Figures, twenty-second round: what English figures count in classes found on real news pages nobody here had
tuned on (quarterly results, price and jobs statistics, disasters, budgets, sport; read whole, figures written down
by hand before the extractor ran), each written again with made-up variants and look-alikes that must not change.
Every sentence and name is made up."""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of, figures_of


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The Dunmore Otters had secured 33 wins in a row.", 33, "wins"),
        ("The club posted 12 wins and 3 losses.", 12, "wins"),
        ("The survey gave two estimates of the cost.", 2, "estimates"),
        ("The index posted 14 gains this year.", 14, "gains"),
    ],
)
def test_a_plural_noun_that_is_also_a_verb_after_a_count(text: str, value: float, key: str) -> None:
    # a verb in -s after a count would agree with a singular subject, which a count is not
    assert key in counts_of(text, "en", value)


def test_a_verb_in_s_after_a_share_is_still_a_verb() -> None:
    assert "remains" not in counts_of("About 5 percent remains unpaid.", "en", 5)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Those figures constituted 59 percent and 51 percent gains over the year before.", 59, "gains"),
        ("The two units posted 8% and 12% declines in sales.", 8, "declines"),
        ("They scored 3 and 4 goals.", 3, "goals"),
    ],
)
def test_a_bare_figure_joined_to_the_next_takes_its_noun(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_figure_with_a_verb_between_keeps_its_own_reading() -> None:
    assert "jobs" not in counts_of("Shares rose 5% and 300 jobs were cut.", "en", 5)
    assert "people" not in (counts_of("The quake killed 12 and injured 40 people.", "en", 12) or "")


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The average estimate of analysts polled by Orbis Data had been $15.8 billion for the quarter.", 15.8e9,
         "estimate"),
        ("Halvard Corp. beat the mean analyst estimate of $1.02 per share.", 1.02, "estimate"),
        ("It beat the average revenue estimate of $36.5 billion.", 36.5e9, "estimate"),
        ("The consensus estimate was $2.10 a share.", 2.10, "estimate"),
    ],
)  # fmt: skip
def test_a_base_form_after_a_singular_modifier_is_the_noun_phrase_head(text: str, value: float, key: str) -> None:
    # "estimate" after "the average", "the mean analyst": a finite verb there would want its -s
    assert key in counts_of(text, "en", value)


def test_a_plural_subject_before_a_base_form_keeps_it_a_verb() -> None:
    assert "revenue" in counts_of("Analysts estimate revenue of $5 billion.", "en", 5e9)
    assert "towns" in counts_of("The storm hit 40 towns.", "en", 40)
    assert "long-run average" in counts_of("It was close to the long-run average of 6.5%.", "en", 6.5)
    assert "Wages" in counts_of("Wages rose by an average of 4%.", "en", 4)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The index for shelter rose slightly in July, up 0.2 percent.", 0.2, "shelter"),
        ("Exports fell sharply in March, down 8 percent, while imports rose 3 percent.", 8, "Exports"),
        ("Sales of pianos rose in 2023, up 5 percent.", 5, "pianos"),
    ],
)
def test_up_or_down_after_a_comma_with_no_figure_before_is_the_clause_subjects(
    text: str, value: float, key: str
) -> None:
    assert key in counts_of(text, "en", value)


def test_up_after_a_figure_is_still_that_figure_put_another_way() -> None:
    assert "containers" in counts_of("The port handled 9 million containers, up 4%.", "en", 4)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("WASHINGTON, Aug. 18 (NPA) -- The Consumer Price Index rose a seasonally adjusted 0.5 percent in July.", 0.5,
         "Consumer Price Index"),
        ("LANSFORD, May 2 (Wirecall) -- Retail sales fell 1.2 percent in April.", 1.2, "sales"),
    ],
)  # fmt: skip
def test_a_dateline_with_a_double_dash_is_no_subject(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_an_aside_between_spaced_hyphens_before_the_verb() -> None:
    text = "Core prices - which exclude food and energy - rose 0.2 percent in July."
    assert "prices" in counts_of(text, "en", 0.2)


@pytest.mark.parametrize(
    ("previous", "text", "value", "key"),
    [
        ("Food prices were up 0.2 percent in June.", "They rose 0.4 percent in July.", 0.4, "food prices"),
        ("Vending revenue reached $4 million in May.", "It fell 3 percent in June.", 3, "revenue"),
        ("Ticket sales were 12,000 last week.", "That was up 25 percent on the week before.", 25, "sales"),
    ],
)
def test_a_pronoun_subject_of_a_change_takes_the_figure_before(
    previous: str, text: str, value: float, key: str
) -> None:
    from briefing_app.core.facts.figures import find_figures
    from briefing_app.core.facts.model import SourceSentence

    facts = find_figures([SourceSentence(0, 0, previous), SourceSentence(1, 1, text)], "en")
    found = [f for f in facts if f.sentence == 1 and f.value == value]
    assert found and key in (found[0].counts or "")


def test_a_pronoun_clause_with_its_own_noun_keeps_it() -> None:
    from briefing_app.core.facts.figures import find_figures
    from briefing_app.core.facts.model import SourceSentence

    sentences = [SourceSentence(0, 0, "Food prices were up 0.2 percent."), SourceSentence(1, 1, "They rose 12 places.")]
    found = [f for f in find_figures(sentences, "en") if f.sentence == 1]
    assert found and "places" in (found[0].counts or "")


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Most economists expected the central bank to hike rates 0.25 percentage points.", 0.25, "rates"),
        ("The chain cut prices 20 percent last week.", 20, "prices"),
        ("The board lifted the levy from 2.1 to 2.4 percent.", 2.4, "levy"),
        ("The council voted 5-2, lifting the millage from 8.1 to 9.6.", 8.1, "millage"),
    ],
)
def test_a_verb_of_change_and_its_object_before_the_figure(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_count_after_a_verb_of_change_is_its_object() -> None:
    assert "jobs" in counts_of("The government plans to cut 300 jobs.", "en", 300)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Analysts expect earnings of 57 cents per share, down 7 percent on last year.", 7, "earnings"),
        ("Analysts expect earnings of 31 cents a share, up 4 percent.", 4, "earnings"),
    ],
)
def test_a_change_after_a_per_share_figure_is_the_measures_not_the_shares(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_drop_of_keeps_its_noun() -> None:
    text = "The four-week average for claims was 402,500, a drop of 3,500 from the week before."
    assert "drop" in counts_of(text, "en", 3500)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Officials said more than 30,000 evacuated villagers have returned.", 30000, "villagers"),
        ("About 300 injured people were taken to hospital.", 300, "people"),
        ("Five missing climbers were found on Sunday.", 5, "climbers"),
    ],
)
def test_a_state_before_a_plural_noun_describes_it(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_state_alone_is_still_what_is_counted() -> None:
    assert counts_of("Officials said 40 injured were taken to hospital.", "en", 40).startswith("injured")
    assert "dead" in counts_of("The blast left 12 dead and 40 injured.", "en", 12)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Revenue: Rose 58.9% to $39.2 billion from the year-earlier quarter.", 58.9, "Revenue"),
        ("Net income: Fell 12% to $3 billion.", 3e9, "Net income"),
    ],
)
def test_a_label_before_a_colon_is_the_subject_of_a_verb_after_it(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_label_before_a_clause_with_its_own_subject() -> None:
    assert "people" in counts_of("Update: Police said 12 people died.", "en", 12)


def test_an_article_after_to_is_no_verb() -> None:
    text = "The change would add about $164 a year to a $100,000 home's bill."
    assert all("aed" not in (f.counts or "") for f in figures_of(text))


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Net income rose to $600 million, or 40 cents a share, from $100 million, or 7 cents a share, a year earlier.", 7,
         "Net income (per share)"),
        ("Net profit was $1.1 billion, or 45 cents a share, up from $600 million, or 26 cents, a year earlier.", 26,
         "Net profit"),
        ("For the year, Tolvik's profit fell to $1.4 billion, or $3.05 per share, down from $1.8 billion, or $3.70 per "
         "share in the prior year.", 3.70, "profit"),
        ("Pro-forma profits were $300 million or 90 cents per share, up from $120 million or 25 cents per share.", 25,
         "profits"),
    ],
)  # fmt: skip
def test_the_rate_of_the_level_left_is_its_measures_per_share(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("For the year, income was down 6% to $33 million, or $1.60 per share from $35 million, or $1.70 per share.",
         35e6, "income"),
        ("Revenue was $2.5 billion, up 30 percent from $1.9 billion in the same period last year.", 1.9e9, "Revenue"),
        ("Sales were $36 billion, up 18% from $31 billion.", 31e9, "Sales"),
    ],
)  # fmt: skip
def test_the_level_left_after_a_step_or_a_per_share_aside(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_level_left_with_its_own_noun_after_a_step() -> None:
    assert "tickets" in counts_of("Visitors numbered 40,000, up 5% from 38,000 tickets.", "en", 38000)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Pro-forma profits, which exclude stock awards, operating costs and other items, were $394 million.", 394e6,
         "profits"),
        ("Ticket sales, which cover seats, boxes and parking, rose 4 percent.", 4, "sales"),
    ],
)  # fmt: skip
def test_a_relative_clause_holding_a_list_is_passed_to_its_subject(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_relative_clause_with_a_verb_of_saying_after_it() -> None:
    assert "sales" in counts_of("The company, which employs 300 people, said sales rose 5 percent.", "en", 5)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("It expected sales of $9.3 billion to $9.5 billion and earnings of 27 cents to 29 cents a share.", 27,
         "earnings"),
        ("Looking ahead, the company expects adjusted EPS of $4.60 to $4.80.", 4.6, "EPS"),
        ("The country has a GDP of $2 trillion.", 2e12, "GDP"),
        ("Revenue was slightly below analysts' estimates of $10.5 billion.", 10.5e9, "estimates"),
        ("Analysts had a consensus revenue estimate of $1.26 billion for the quarter.", 1.26e9, "estimate"),
        ("Revenues were hurt by about $60 million of lost revenue.", 60e6, "lost revenue"),
    ],
)  # fmt: skip
def test_the_noun_before_of_and_after_of(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_an_indefinite_average_of_is_still_generic() -> None:
    assert "Wages" in counts_of("Wages rose by an annual average of 4%.", "en", 4)


def test_that_is_down_from_takes_the_measure_of_the_sentence_before() -> None:
    from briefing_app.core.facts.figures import find_figures
    from briefing_app.core.facts.model import SourceSentence

    sentences = [
        SourceSentence(0, 0, "Marlow said its net income fell 30 percent to $341 million, or 70 cents per share."),
        SourceSentence(1, 1, "That's down from $490 million, or 98 cents per share, a year before."),
    ]
    found = [f for f in find_figures(sentences, "en") if f.sentence == 1 and f.value == 490e6]
    assert found and "net income" in (found[0].counts or "")


def test_a_step_and_a_comma_before_the_level_reached() -> None:
    assert "Shares" in counts_of("Shares of Tolvik Cole lost 56 cents, or 2.2%, to $25.17.", "en", 25.17)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The alliance won 213 seats, with the Harbour Party taking 169 seats, the Valley Party gaining 44.", 44,
         "seats"),
        ("The bloc took 266 seats, with its ally gaining 50 seats and the New Dawn Party garnering five.", 5, "seats"),
    ],
)  # fmt: skip
def test_a_parallel_clause_leaves_its_noun_to_the_one_before(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_parallel_clause_with_its_own_noun_keeps_it() -> None:
    assert "assists" in counts_of("Rovers scored 3 goals, and Tom Vale added 2 assists.", "en", 2)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Temples in Lorvia use bells to call the “matins” five times a day reminding people to pray.", 5, "matins"),
        ("Chapels ring the “angelus” three times a day.", 3, "angelus"),
        ("The ferry crosses the lake three times a week carrying tourists.", 3, "ferry"),
    ],
)
def test_a_count_of_times_a_period_counts_what_is_done_so_often(text: str, value: float, key: str) -> None:
    # the period after "times a" is no noun of the figure; a word in quote marks is the clause's object, no edge
    counts = counts_of(text, "en", value)
    assert key in counts and "times a" in counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Ivo Brandt was sentenced to seven years in prison for stealing $15 million from injured clients.", 15e6,
         "stealing (from injured clients)"),
        ("She admitted embezzling $40,000 from the charity.", 40000, "embezzling"),
        ("Lorvia imported a record $44.9 billion from Tessaly in September, up 13 percent.", 13, "imported"),
    ],
)  # fmt: skip
def test_a_sum_after_a_gerund_or_a_verb_of_trade(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_gerund_with_a_noun_after_the_sum_keeps_it() -> None:
    assert "stand" in counts_of("The club is spending $5 million on a new stand.", "en", 5e6)


def test_a_possessive_opens_a_noun_phrase_as_an_article_does() -> None:
    assert "estimate" in counts_of("Economists' consensus estimate was 2.2 percent.", "en", 2.2)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vantor accepts Ada Quill's $44B buyout offer", 44e9),
        ("The start-up raised $5M from investors.", 5e6),
        ("Harbour Labs sold the unit for $750K.", 750e3),
    ],
)
def test_a_capital_scale_letter_on_a_sum(text: str, value: float) -> None:
    assert any(f.value == value for f in figures_of(text))


def test_a_capital_letter_after_digits_without_a_currency_is_no_scale() -> None:
    values = {f.value for f in figures_of("Apartment 4B was empty; Group 3M shares fell 2%.")}
    assert 4e9 not in values and 3e6 not in values


def test_due_to_ends_the_counted_noun_phrase() -> None:
    counts = counts_of("Sales were hurt by about $60 million of lost revenue due to one less week.", "en", 60e6)
    assert "lost revenue" in counts and "due" not in counts.split(" (")[0]
    assert counts_of("Some 300 flights due to leave were cancelled.", "en", 300).startswith("flights")
