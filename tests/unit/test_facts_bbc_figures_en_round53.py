"""BBC copy of 2004-05 (tech, politics, entertainment) puts a figure after a verb and whom it touched: "Online
banking fraud cost UK banks £12m". The figure counts what the clause's subject is, not the verb and its object
(made-up firms, names and figures throughout)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def counts(sentence: str) -> dict[str, str | None]:
    return {f.text: f.counts for f in facts_of([sentence]) if f.kind == "figure"}


# subject_before._costs_whom: "cost" before a bare plural (maybe after a name or an adjective) is the verb


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        ("Online banking fraud cost UK banks £14.2m in the six months to June.", "£14.2m", "fraud"),
        ("Card fraud cost British retailers £40m last year, the group said.", "£40m", "fraud"),
        ("Computer viruses cost firms £5bn last year.", "£5bn", "viruses"),
        ("The floods cost insurers about £20m.", "about £20m", "floods"),
    ],
)
def test_cost_and_whom_it_cost_are_no_subject(sentence: str, figure: str, counted: str) -> None:
    found = counts(sentence)[figure]
    assert found is not None and counted in found and "banks" not in found and "retailers" not in found
    assert "firms" not in found and "insurers" not in found


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        # near misses: "cost" as a noun of the subject, or whom it cost behind a determiner (as before)
        ("Heating costs rose by £40 a year.", "£40", "Heating costs"),
        ("The launch cost £5m.", "£5m", "launch cost"),
        ("The plan will cost taxpayers £2bn.", "£2bn", "cost (plan)"),
        ("The strike cost the airline £20m last year.", "£20m", "strike cost"),
    ],
)
def test_cost_as_a_noun_or_before_a_determiner_is_unchanged(sentence: str, figure: str, counted: str) -> None:
    assert counts(sentence)[figure] == counted


# audience_counts_en.audience_counts: a bare television audience counts viewers


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The hour-long special peaked at 14 million in its final 15 minutes.", "14 million"),
        ("The Big Night, a rival talent show, was watched by 6.1 million, its lowest figure of the series.", "6.1 million"),
        ("The match peaked at 8.4 million on BBC One.", "8.4 million"),
        ("The documentary drew 3.2 million, a 14% share.", "3.2 million"),
    ],
)
def test_a_bare_television_audience_counts_viewers(sentence: str, figure: str) -> None:
    found = counts(sentence)[figure]
    assert found is not None and found.startswith("viewers")


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        # near misses: no television in the sentence, a noun after the figure, an audience already named
        ("Unemployment peaked at 3 million in 1986.", "3 million", "Unemployment"),
        ("The population peaked at 5.2 million.", "5.2 million", "population"),
        ("The concert was watched by 20,000 fans.", "20,000", "fans"),
        ("The wedding drew an average audience of 11.6 million on Monday.", "11.6 million", "average audience"),
        ("The show peaked at 9.2 million viewers.", "9.2 million", "viewers"),
    ],
)
def test_other_peaks_and_named_audiences_are_unchanged(sentence: str, figure: str, counted: str) -> None:
    assert counts(sentence)[figure] == counted
