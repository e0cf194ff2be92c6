"""BBC cricket copy of 2004-05: a bowler's figures ("took 5-41", "with 3-52", "returned figures of 2-39") are wickets
for runs, not a range, and count the wickets; a side's target ("Chasing 271 to win") and a batsman's score ("an
unbeaten 78 off 52 balls", "making 104", "top-scored with 63") count runs; a side's "270 for eight from their 45
overs" or "98 for two in reply" is a score, no figure (as "176 for six at tea" already was). Made-up names."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def figures(sentence: str) -> dict[str, tuple[float | None, float | None, str | None]]:
    return {f.text: (f.value, f.value_max, f.counts) for f in facts_of([sentence]) if f.kind == "figure"}


# cricket_figures_en.bowling_analysis (figures: no upper end; counted.counts_of: the wickets)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("England's Mark Pollard took 5-41 as Natal were bowled out for 212.", "5-41", 5.0),
        ("Fast bowler Rob Kendrick chipped in with 3-52 and Alan Pike took the last two wickets.", "3-52", 3.0),
        ("Seamer Owen Tate took 3-48 for Lancashire in the morning session.", "3-48", 3.0),
        ("Surrey's Paul Greer returned figures of 2-39 from his 10 overs.", "2-39", 2.0),
    ],
)
def test_a_bowlers_figures_count_his_wickets(sentence: str, text: str, value: float) -> None:
    got_value, got_max, counts = figures(sentence)[text]
    assert (got_value, got_max) == (value, None)
    assert counts is not None and counts.startswith("wickets")


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # (near misses: a span with its noun, a rising range of ages, a match score)
        ("The repairs took 2-30 days, the Test board said.", "2-30"),
        ("Children aged 5-11 took part in a coaching day at the Test ground.", "5-11"),
    ],
)
def test_other_pairs_keep_their_range(sentence: str, text: str) -> None:
    assert figures(sentence)[text][1] is not None


# cricket_figures_en.runs_reading


@pytest.mark.parametrize(
    ("sentence", "text", "counts"),
    [
        ("Chasing 271 to win, Lancashire were struggling before Dom Farley turned the game.", "271", "runs"),
        ("Set 310 to win, Kent collapsed in the final session.", "310", "runs"),
        ("Farley hit an unbeaten 78 off 52 balls, including four sixes.", "78", "runs"),
        ("Surrey batted first, with opener Raj Malhotra making 104.", "104", "runs"),
        ("Earlier, Hendrik Vosloo top-scored with 63 from 140 balls before he edged Pollard.", "63", "runs"),
        ("Captain Neil Ashby was unbeaten on 47 at the close of play.", "47", "runs"),
    ],
)
def test_a_target_and_a_batsmans_score_count_runs(sentence: str, text: str, counts: str) -> None:
    got = figures(sentence)[text][2]
    assert got is not None and counts in got


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # (near misses: a count with its own noun, or no innings spoken of)
        ("The striker scored 12 goals and made 40 appearances.", "40"),
        ("The firm made 104 in profit last year.", "104"),
        ("Chasing 3 points to win the title, Hearts lost at home.", "3"),
    ],
)
def test_other_counts_are_no_runs(sentence: str, text: str) -> None:
    assert "runs" not in (figures(sentence)[text][2] or "")


# match_scores.cricket_score: a side's runs for wickets, both numbers a score


@pytest.mark.parametrize(
    ("sentence", "gone"),
    [
        ("Surrey had earlier posted 270 for eight from their 45 overs.", {"270", "eight"}),
        ("Stumps England were 98 for two in reply, 114 runs behind.", {"98", "two"}),
        (
            "Lancashire were struggling on 160 for six before Dom Farley, the all-rounder, turned the game.",
            {"160", "six"},
        ),
        ("Farley's unbeaten 78 off 52 balls took the hosts to 272 for six.", {"272", "six"}),
    ],
)
def test_a_sides_score_is_no_figure(sentence: str, gone: set[str]) -> None:
    assert not gone & set(figures(sentence))


def test_a_count_for_a_noun_stays() -> None:
    # (near miss: "for four years" has a noun of its own, and no innings is spoken of)
    assert "12" in figures("The striker was banned 12 for four years by the panel, with 40 appearances.")
