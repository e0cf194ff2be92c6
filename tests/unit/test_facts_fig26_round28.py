"""Figures, twenty-eighth round: English figures of business, economy and technology pages nobody here had tuned on
(read whole, the figures written down by hand first): a change with a time adverbial before its figures, a company
result named with what it leaves out ("profit before tax and exceptional items"), a stock index's number, a number
word inside a brand. Each class is written again with made-up sentences and look-alikes that must not change.
Every sentence, firm and name is made up."""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import figures_of, values_of
from tests.unit.figure_helpers import nth_counts_of as counts_of


# "The rate increased last month from X to Y": the subject before the verb, not the time between.
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The jobless rate in Tolvia increased unexpectedly last month from 6.1 percent to 6.4 percent.", 6.1, "rate"),
        ("The jobless rate in Tolvia increased unexpectedly last month from 6.1 percent to 6.4 percent.", 6.4, "rate"),
        ("Consumer prices rose on Tuesday from 2.2 percent to 2.5 percent, the agency said.", 2.2, "prices"),
        ("Farm exports climbed in the third quarter to $4.1 billion.", 4.1e9, "exports"),
        ("The lender's core capital ratio fell a year earlier to 11.2 percent.", 11.2, "ratio"),
    ],
)  # fmt: skip
def test_a_time_adverbial_is_not_what_a_change_counts(text: str, value: float, key: str) -> None:
    assert key.lower() in counts_of(text, value).lower()


# Near misses: the noun after the figure, or a time the figure itself measures, keep their reading.
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Sales fell last year to 4,000 cars.", 4000, "cars"),
        ("The plant hired last month 300 workers.", 300, "workers"),
    ],
)  # fmt: skip
def test_a_time_adverbial_leaves_a_noun_after_the_figure(text: str, value: float, key: str) -> None:
    assert key.lower() in counts_of(text, value).lower()


# A result named with what it leaves out counts the result, not what was left out.
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Brindle Foods said profit before tax and exceptional items fell 31 percent to 8.2 million pounds.", 31,
         "profit"),
        ("Brindle Foods said profit before tax and exceptional items fell 31 percent to 8.2 million pounds.", 8.2e6,
         "profit"),
        ("The grocer made a pretax profit before one-off items of 412.5 million pounds in the year.", 412.5e6, "profit"),
        ("Earnings before interest and tax were 45 million euros in the half.", 45e6, "earnings"),
        ("Earnings before interest, tax, depreciation and amortisation rose to $3.3 billion.", 3.3e9, "earnings"),
        ("Operating income excluding items came to $610 million.", 610e6, "income"),
    ],
)  # fmt: skip
def test_a_result_before_items_counts_the_result(text: str, value: float, key: str) -> None:
    assert key.lower() in counts_of(text, value).lower()


# Near misses: tax paid is tax, and a plain "profit before tax" reading stays.
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The firm paid 20 million euros in tax before the sale.", 20e6, "tax"),
        ("Profit before tax rose 5 percent to 30 million pounds.", 30e6, "Profit"),
        ("Sales excluding fuel rose 3 percent.", 3, "Sales"),
    ],
)  # fmt: skip
def test_a_qualified_result_near_misses(text: str, value: float, key: str) -> None:
    assert key.lower() in counts_of(text, value).lower()


def test_a_stock_index_number_is_no_figure() -> None:
    text = "Standard & Poor's 500 Index shed 30.35 points, or 3.08%, to 955.05."
    assert 500 not in values_of(text)
    assert 30.35 in values_of(text)
    assert 2000 not in values_of("The Russell 2000 Index of smaller companies fell 2 percent.")
    assert 300 not in values_of("The Eurofirst 300 index ended down 0.47% at 923.93 points.")


def test_index_funds_are_counted() -> None:
    assert 300 in values_of("Investors pulled money from 300 index funds last year.")


def test_a_number_word_inside_a_brand_is_no_figure() -> None:
    text = "4eleven media agreed to a price of $5.00 per share."
    assert 11 not in values_of(text)
    assert 5.0 in values_of(text)
    assert 25 in values_of("The chain added twenty-five stores.")


# "The office projects the deficit for this fiscal year will be $X": the subject of the clause after the verb of
# forecasting, past a complement of time, not the forecaster.
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The budget office projects the deficit for this fiscal year will be $468 billion.", 468e9, "deficit"),
        ("The bank forecasts its profit for the year will reach $2 billion.", 2e9, "profit"),
        ("Officials fear the damage in the city could total $3 billion.", 3e9, "damage"),
    ],
)  # fmt: skip
def test_the_subject_of_a_forecast_clause(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, value)


def test_a_price_per_share_of_a_named_firm() -> None:
    assert "share" in counts_of("Tolvik will pay US$53 per Brindle share in cash.", 53)
    assert "share" in counts_of("Tolvik will pay US$53 per share in cash.", 53)


# A count with its noun left out in a joined clause counts what the count before it counts.
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Since 2009, the region has created 1.2 million jobs, after losing about 800,000 during the slump.", 800_000,
         "jobs"),
        ("The dealer sold 4,000 cars in May but only 2,500 in June.", 2500, "cars"),
        # near misses: a count read from its own clause keeps that reading
        ("Two shells landed in the market, killing four traders and wounding six.", 6, "wounded"),
        ("The firm hired 300 workers in May and 12 managers in June.", 12, "managers"),
    ],
)  # fmt: skip
def test_a_count_with_its_noun_left_out(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, value)


# A time complement of the subject, and a dashed aside inside the clause, are not what the figure counts.
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Payroll additions in June and July were revised higher by a cumulative 59,000.", 59_000, "additions"),
        ("The shortfall - which reflects the gap between what the state spends and what it takes in - is projected to"
         " stay below 2.6% of output.", 2.6, "shortfall"),
        ("Farm sales in the second quarter were $4 billion.", 4e9, "sales"),
    ],
)  # fmt: skip
def test_a_time_complement_or_aside_is_not_counted(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, value).lower()


# A share restated as a count between commas: both count the whole after the aside.
def test_a_share_restated_as_a_count() -> None:
    text = "The carrier said 78 percent, or 53 million, of its postpaid customers now use smartphones."
    assert "customers" in counts_of(text, 78)
    assert "customers" in counts_of(text, 53e6)
    text = "About 2,580, or 27 percent, of those patients were hospitalized."
    assert "patients" in counts_of(text, 2580)
    assert "patients" in counts_of(text, 27)


def test_a_month_that_modifies_a_noun_stays() -> None:
    assert "July" in counts_of("U.S. oil for July delivery gained $1.75, or 1.7 percent, to $104.41 a barrel.", 1.75)


# Plain bugs seen on results pages: the cent sign of Australasian copy, a tolerance, a code glued to a sign.
def test_cents_written_c() -> None:
    found = [f for f in figures_of("Net income rose to US$769 million, or 62c a share, for the quarter.", "en")
             if f.value == 62]  # fmt: skip
    assert found and found[0].unit == "cents" and "share" in (found[0].counts or "")
    found = [f for f in figures_of("The stock rose 45c to $12.10.", "en") if f.value == 45]
    assert found and found[0].unit == "cents"


def test_a_tolerance_is_not_negative() -> None:
    assert 3 in values_of("Revenue would rise 22 percent, plus or minus 3 percent, compared with the June quarter.")
    assert -3 not in values_of(
        "Revenue would rise 22 percent, plus or minus 3 percent, compared with the June quarter."
    )
    assert -5 in values_of("Temperatures fell to minus 5 degrees.")


def test_a_currency_code_is_no_noun() -> None:
    text = "Brindle raised its full-year revenue forecast by US$1.3 billion to US$61.3 billion."
    assert "revenue" in counts_of(text, 1.3e9)
    assert "revenue" in counts_of(text, 61.3e9)


# "sending the stock down US$1.42, or 5.6 per cent, to US$24.13": the gerund's object, for the whole change.
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Investors were displeased, sending the stock down US$1.42, or 5.6 per cent, to US$24.13 in late trading.",
         1.42, "stock"),
        ("Investors were displeased, sending the stock down US$1.42, or 5.6 per cent, to US$24.13 in late trading.",
         5.6, "stock"),
        ("Investors were displeased, sending the stock down US$1.42, or 5.6 per cent, to US$24.13 in late trading.",
         24.13, "stock"),
        ("The central bank cut rates, pushing the yen 1.2% lower against the dollar.", 1.2, "yen"),
        # near miss: a later count in another clause keeps its own noun
        ("The results beat forecasts, sending its shares up 7 percent, and the company hired 300 workers.", 300,
         "workers"),
    ],
)  # fmt: skip
def test_a_change_in_a_clause_of_result(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, value)


def test_a_currency_code_alone_is_no_reading() -> None:
    assert counts_of("It was US$2.46 billion in the same period last year.", 2.46e9) != "US"


def test_revenue_in_the_range_of() -> None:
    assert "revenue" in counts_of("Brindle is forecasting third-quarter revenue in the range of $12.9 billion.", 12.9e9)
    assert "range" in counts_of("The missile has a range of 500 kilometres.", 500)


def test_the_earlier_level_of_a_result() -> None:
    text = (
        "Brindle's net income rose to US$2.81 billion, or 58 cents per share, in the quarter ended July 1 from "
        "US$1.33 billion, or 27 cents per share, a year earlier."
    )
    assert "net income" in counts_of(text, 1.33e9)
    # near miss: a level with a reading of its own keeps it
    assert "Revenue" in counts_of("Revenue rose to $4 billion from $3 billion.", 3e9)


def test_billions_written_b_on_a_sum() -> None:
    assert 1.68e9 in values_of("Tolvia's trade surplus hits $1.68b, down sharply in April")
    assert 4e9 not in values_of("Plan 4b was approved by the board.")  # no sum: no scale


# Three more shapes of a subject read past its complement: a place, a state adjective before "at", an adverb before
# the direction of a change restated after a comma.
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("House prices were 16% lower, with the average house price in the UK at £158,565.", 158_565, "price"),
        ("The annual growth rate in consumer lending held steady at 6.1 per cent in January.", 6.1, "rate"),
        ("Exports rose to $436.05 billion, leaving a trade surplus of $16.11 billion in the first four months, sharply"
         " down 78.6 percent from a year earlier.", 78.6, "surplus"),
        # near misses: a place after the figure, a verb's own subject
        ("Demand grew 4% in North America.", 4, "Demand"),
        ("Sales in Europe rose 5 percent.", 5, "Sales"),
    ],
)  # fmt: skip
def test_a_subject_past_its_complement(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, value)


def test_a_range_written_as_one_word() -> None:
    found = [f for f in figures_of("The carrier loses around 12-to-15 billion rupees a year.", "en") if f.value == 12e9]
    assert found and found[0].unit == "INR"


# A sum that is the subject of a passive with a complement: the complement tells two such sums apart.
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Of this amount, $1.8 million was collected in criminal actions and $137 million was collected in civil"
         " actions.", 1.8e6, "criminal"),
        ("Of this amount, $1.8 million was collected in criminal actions and $137 million was collected in civil"
         " actions.", 137e6, "civil"),
        # near miss: a noun of its own keeps its reading
        ("About 300 people were killed in the attack.", 300, "people"),
    ],
)  # fmt: skip
def test_a_passive_complement(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, value)


# A subject with a coordinated complement or a relative clause between commas before its verb; a possessive's "s".
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Sales at electronics and appliance stores climbed by a very strong 1.6 percent.", 1.6, "Sales"),
        ("Overall, consumer spending on goods and services grew only 1.5 percent in the quarter.", 1.5, "spending"),
        ("Sales at discount stores, which include chains like Brindle, Tolvik, and Marra, rose by 0.5 percent.", 0.5,
         "Sales"),
        ("Demand rose to the year's high of 13.7 million.", 13.7e6, "high"),
        # near misses: a relative clause with its own figure, a subject with no complement, a time of the verb and a
        # new clause after "and"
        ("Imports fell in May and exports rose 3 percent.", 3, "exports"),
        ("The company, which employs 300 people, said profit rose 5 percent.", 300, "people"),
        ("The company, which employs 300 people, said profit rose 5 percent.", 5, "profit"),
    ],
)  # fmt: skip
def test_a_subject_past_a_coordination_or_relative_clause(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, value)
    assert not counts_of(text, value).startswith("s ")


# Oil and bank pages: agency scale words, an expected level, a transitive growth, a revised earlier level.
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Tolvian crude output hits record 12.66 mln bpd in Oct", 12.66e6, "output"),
        ("Petrotol expects oil production this year to settle at 2.13 million bpd.", 2.13e6, "production"),
        ("The bank intends to grow its deposits by 14.47 per cent and advances by 10 per cent this year.", 14.47,
         "deposits"),
        ("Crude production in October hit a record 12.66 million barrels per day, up from a revised 12.48 million bpd"
         " in September.", 12.48e6, "production"),
        # near misses: an intransitive growth keeps its subject
        ("Revenue grew strongly by 5 percent.", 5, "Revenue"),
    ],
)  # fmt: skip
def test_oil_and_bank_shapes(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, value)


# Two results told as a pair after a copula, with no "respectively".
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Revenue and profit were $4 billion and $1 billion.", 4e9, "Revenue"),
        ("Revenue and profit were $4 billion and $1 billion.", 1e9, "profit"),
        ("Net income and diluted earnings per share for the quarter were 5.11 billion dollars and 60 cents per share.",
         5.11e9, "income"),
        ("Exports and imports were up 5% and 3%.", 5, "Exports"),
        # near miss: a bare count with a passive keeps its participle alone
        ("Of these roughly 40 were accepted for the final round.", 40, "accepted"),
    ],
)  # fmt: skip
def test_a_pair_after_a_copula(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, value)
