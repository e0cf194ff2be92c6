"""counted_lead: a cricket score counts runs and wickets. A number in brackets after a batsman in a sentence about an
innings is his runs, not his age; an innings ended "out for N" is runs (a side's "97 for five" is a score, no figure:
test_facts_sport_figures_en_round49.py). The same shapes outside cricket keep their readings (an age in brackets,
"out for 12 weeks", "jailed for six years"). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _counts(sentence: str) -> dict[float, str | None]:
    return {f.value: f.counts for f in facts_of([sentence]) if f.kind == "figure" and f.value is not None}


def test_a_batsmans_bracketed_number_in_an_innings_is_his_runs() -> None:
    counts = _counts("Harlow were bowled out for 212, with Ned Crowe (64) and Piet Lane (41) the only batsmen to resist.")
    assert counts == {212.0: "runs (Harlow)", 64.0: "runs", 41.0: "runs"}


@pytest.mark.parametrize(
    ("sentence", "value", "counts"),
    [
        ("Tom Kessler was out for 12 before lunch.", 12.0, "runs (Tom Kessler)"),
        ("The hosts were all out for 98 in 31 overs.", 98.0, "runs (hosts)"),
        ("Kessler was run out for 7, and the tail followed.", 7.0, "runs (Kessler)"),
        ("After a long delay for rain, the tail were out for 31.", 31.0, "runs (tail)"),
    ],
)
def test_an_innings_ended_out_for_a_number_counts_the_sides_runs(sentence: str, value: float, counts: str) -> None:
    assert _counts(sentence)[value] == counts


@pytest.mark.parametrize(
    ("sentence", "value", "counts"),
    [
        # no innings in the sentence: a bracketed number after a name is an age
        ("The victims were named as Mary Steel (45) and her son Tom (12).", 45.0, "age"),
        ("The driver Sam Reed (31) was fined for his outburst.", 31.0, "age"),
        # a noun after the number says what it counts
        ("The striker is out for 12 weeks with a knee injury.", 12.0, "weeks (striker is out)"),
        ("He was jailed for six years for fraud.", 6.0, "years (fraud (jailed))"),
    ],
)
def test_the_same_shapes_outside_an_innings_keep_their_reading(sentence: str, value: float, counts: str) -> None:
    assert _counts(sentence)[value] == counts


def test_numbers_for_a_noun_outside_cricket_are_no_runs() -> None:
    counts = _counts("The striker is out for 12 weeks, and the side is on 140 for 5 now.")
    assert "runs" not in counts.values()
