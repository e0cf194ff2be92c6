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
        ("Online banking fraud cost UK banks £14.2m in the first half of the year.", "£14.2m", "fraud"),
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
