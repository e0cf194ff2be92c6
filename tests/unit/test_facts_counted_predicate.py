"""What the rest of its clause says of what an English figure counts (`counted_predicate`): made-up sentences in the
shapes the unseen batches showed, each with a near miss that must add nothing."""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of


@pytest.mark.parametrize(
    ("text", "value", "said"),
    [
        # a verb after the counted noun, auxiliaries dropped
        ("About 40 families have now been moved to a school gym.", 40, "moved to a school gym"),
        ("Three mortar shells landed in the market.", 3, "mortar shells (landed in the market)"),
        # the complement of a copula or of a verb already read
        ("One driver is reported to be in a serious condition.", 1, "driver reported (in a serious condition)"),
        # a relative pronoun right after the counted noun
        ("Police logged 45 incidents, nine which involved knives.", 9, "which involved knives"),
        # an infinitive
        ("There were only 3 minutes to play in extra time.", 3, "to play in extra time"),
        # what a change changed, where a term is served, where a sum came from
        ("A rise of 12% was seen in burglaries across the county.", 12, "seen in burglaries across the county"),
        ("He was jailed for 8 years in a high-security prison.", 8, "in a high-security prison"),
        ("Regulators clawed back $3.1 million from two lenders' owners.", 3.1e6, "from two lenders"),
    ],
)
def test_what_the_clause_says_of_the_counted_follows_them(text: str, value: float, said: str) -> None:
    assert said in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "unwanted"),
    [
        # a time adjunct is when, not what (near misses of the shapes above)
        ("About 40 families were moved on Tuesday.", 40, "Tuesday"),
        ("Rents rose 4% a year earlier.", 4, "earlier"),
        # (a result's period, "the three months that ended March 31", is a date, no figure: number_dates)
        ("For the three weeks that followed March 31, the firm stayed shut.", 3, "March"),
        ("The film has taken $12m to date.", 12e6, "date"),
        # a noun, an adjective or an adverb of its own opens no predicate
        ("Sales of £5m in the quarter beat forecasts.", 5e6, "quarter"),
        # an idiom of manner after the figure
        ("The side won 5 games in a row.", 5, "row"),
        ("The club spent £2m in total.", 2e6, "total"),
        # the main clause's verb after a noun ends the predicate
        ("The £4m which the board set aside for repairs was spent.", 4e6, "spent"),
        # a copula's noun phrase says what it is
        ("The 9p dividend is a generous payout.", 9, "generous"),
        # what it counts is read between the lines: the verb is the parent's
        ("A mother of three died in the fire.", 3, "fire"),
        # "per cent" is the figure's unit, no rate said of it
        ("Unemployment fell to 4.1 per cent.", 4.1, "cent"),
    ],
)
def test_no_predicate_is_added_where_the_clause_says_nothing_of_the_counted(
    text: str, value: float, unwanted: str
) -> None:
    assert unwanted not in counts_of(text, "en", value)


def test_a_long_predicate_is_cut_before_a_preposition_and_a_later_figure() -> None:
    counts = counts_of(
        "Some 60 patients were then taken by bus to hospitals in the north for treatment of burns.", "en", 60
    )
    assert "taken by bus to hospitals" in counts and counts.endswith(")")
    assert not counts.removesuffix(")").endswith((" of", " the", " for", " in"))
    # (a figure after it is its own: "12 were hurt and 3 died" gives the twelve no "3")
    assert "died" not in counts_of("At least 12 were hurt and 3 died.", "en", 12)
    # (nor does the noun phrase the reading stopped in: "hospitals in the north | of the country")
    assert "country" not in counts_of(
        "Some 60 patients were transferred to hospitals in the north of the country.", "en", 60
    )


def test_danish_figures_get_no_predicate() -> None:
    # Danish puts the verb second: the words after a figure are seldom said of what it counts
    assert "(" not in counts_of("14 personer blev evakueret fra bygningen.", "da", 14)


@pytest.mark.parametrize(
    ("text", "value", "said"),
    [
        # a relative clause without "that": its own subject pronoun, then its verb (the round-37 blind batch's
        # government release; a shape of English grammar, not of one outlet)
        ("The fund comes on top of the £1.8 billion we have already allocated.", 1.8e9, "we have already allocated"),
        ("The company repaid the $40 million it had borrowed.", 40e6, "it had borrowed"),
        ("Officers recovered the 300 laptops they had stolen.", 300, "they had stolen"),
        ("He handed back the £5,000 he took from the till.", 5000, "he took from the till"),
    ],
)
def test_a_relative_clause_without_that_is_said_of_the_counted(text: str, value: float, said: str) -> None:
    counts = counts_of(text, "en", value)
    assert said in counts
    # (the pronoun opens the clause: it is no word of the counted noun phrase, "laptops they")
    assert f"{said.split()[0]} (" not in counts


@pytest.mark.parametrize(
    ("text", "value", "unwanted"),
    [
        # near misses: the pronoun's clause is a report of the sentence, or has no verb form after it
        ("The firm made £5m it said.", 5e6, "it"),
        ("They won 3 games they were told.", 3, "told"),
        ("Sales rose 5% it reported on Monday.", 5, "reported"),
        # "IT" in capitals is a noun, no pronoun
        ("The bank is cutting 400 IT jobs this year.", 400, "("),
    ],
)
def test_a_pronoun_without_its_own_verb_adds_nothing(text: str, value: float, unwanted: str) -> None:
    assert unwanted not in counts_of(text, "en", value)


def test_no_reading_of_the_clause_before_a_figure_ends_on_an_article_or_of() -> None:
    # "on top of the | £2.2 billion": the article wants the noun the figure stands in for
    for text, value in (("This comes on top of the £900 million pledged in March.", 900e6),
                        ("She gave back the £5,000 within a week.", 5000)):  # fmt: skip
        head = counts_of(text, "en", value).split(" (")[0]
        assert not head.endswith((" the", " of", " a")), head
