"""BBC world copy of 2004-05 reports election results and crowds: "Official results gave Prime Minister X 49.5% of the
vote" (the figure counted the Prime Minister only), "the crowd, estimated by police at 100,000" (it counted the
police). A share given to a holder "of the vote" counts the vote and its holder; a passive estimate with its agent
counts the noun set off before it (made-up names throughout)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def counts(sentence: str) -> dict[str, str | None]:
    return {f.text: f.counts for f in facts_of([sentence]) if f.kind == "figure"}


# counted_en (_GIVEN_SHARE with "of the vote", _ESTIMATED_BY)


def test_a_share_given_to_a_named_holder_of_the_vote_counts_the_vote_and_the_holder() -> None:
    found = counts("Official results gave Prime Minister Pavel Dorosh 49.5% of the vote.")
    assert found["49.5"] == "vote (Prime Minister Pavel Dorosh)"


def test_a_share_given_with_nothing_after_it_stays_the_holders() -> None:
    assert counts("The poll gave Labour 37%.")["37"] == "Labour"


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        ("The crowd, estimated by police at 100,000, cheered the speech.", "100,000", "crowd"),
        ("He told the crowd, estimated by police at 100,000, that he would not leave.", "100,000", "crowd"),
        ("The damage, estimated by insurers at £2bn, was the worst in a decade.", "£2bn", "damage"),
    ],
)
def test_a_passive_estimate_with_its_agent_counts_the_noun_set_off_before_it(
    sentence: str, figure: str, counted: str
) -> None:
    assert counts(sentence)[figure] == counted


def test_an_active_estimate_reads_as_before() -> None:
    assert counts("Police estimated the crowd at 100,000.")["100,000"] == "crowd"
