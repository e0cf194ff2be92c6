"""Sport figures (round 49, k-ensport49), made-up sentences of the shapes seen on real reports:
- counted_measures: a figure after "at an average of" that follows a count ("scored 4,120 runs at an average of
  41.3", "took 64 wickets at an average of 23.9") is that average, not something its subject did; a change "by an
  average of" keeps what changed;
- multiplied: the bare "double" of a side's lead ("looked to double their lead") is a goal wanted, no figure, as
  "doubled the lead" already was; "aims to double its profits" stays a multiple."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _figures(sentence: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of([sentence]) if f.kind == "figure"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Jon Dee has scored 4,120 runs in the format at an average of 41.3.", 41.3),
        ("Mira Tolk took 64 wickets at an average of 23.9 last season.", 23.9),
        ("Dee made 812 runs in the series with an average of 67.6.", 67.6),
    ],
)
def test_the_average_after_a_count_counts_the_average(sentence: str, value: float) -> None:
    counts = [c for v, c in _figures(sentence) if v == value]
    assert counts and counts[0] is not None and "average" in counts[0]


def test_the_count_before_the_average_keeps_its_noun() -> None:
    counts = [c for v, c in _figures("Mira Tolk took 64 wickets at an average of 23.9 last season.") if v == 64]
    assert counts and counts[0] is not None and "wickets" in counts[0]


@pytest.mark.parametrize(
    ("sentence", "value", "counted"),
    [
        ("Rents in Harlow rose by an average of 4% last year.", 4.0, "Rents"),  # what rose, as before
        ("Rents in Harlow rose 3% at an average of 5 pounds a week.", 5.0, "Rents"),  # no count before it
    ],
)
def test_near_misses_keep_their_subject(sentence: str, value: float, counted: str) -> None:
    counts = [c for v, c in _figures(sentence) if v == value]
    assert counts and counts[0] is not None and counted in counts[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Harlow looked to double their lead before the break, but Tolk Vale held firm.",
        "Rovers will try to double the advantage after the interval.",
    ],
)
def test_wanting_to_double_a_lead_is_no_figure(sentence: str) -> None:
    assert 2.0 not in [v for v, _ in _figures(sentence)]


def test_a_bare_double_with_a_measure_stays_a_figure() -> None:
    assert (2.0, "profits") in _figures("The Harlow firm aims to double its profits by 2010.")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Jon Dee will name his 23-man World Cup squad on Friday.", 23.0),
        ("Mira Tolk named a 30-man Harlow squad for the tour on Monday.", 30.0),
    ],
)
def test_a_compound_before_names_and_a_group_noun_counts_the_group(sentence: str, value: float) -> None:
    counts = [c for v, c in _figures(sentence) if v == value]
    assert counts and counts[0] is not None and "squad" in counts[0]


def test_a_compound_before_a_name_alone_keeps_the_name() -> None:
    counts = [c for v, c in _figures("Then 102-cap Jon Dee retired from the Harlow side.") if v == 102]
    assert counts and counts[0] is not None and "Jon Dee" in counts[0] and "side" not in counts[0]


# match_scores: a cricket score written "runs for wickets" in a sentence about an innings is a score, both numbers.
@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Harlow recovered from their overnight position of 41 for 3 to 210 without further loss at tea.", {41.0, 3.0}),
        ("Tolk Vale were 176 for six at tea on the third morning of the match.", {176.0, 6.0}),
        ("The openers put on 91 for no loss before tea.", {91.0}),
    ],
)
def test_a_cricket_score_is_no_figure(sentence: str, values: set[float]) -> None:
    assert not values & {v for v, _ in _figures(sentence)}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Jon Dee was recalled 18 for 4 years after his Test debut.", 18.0),  # "4 years": a noun of its own
        ("The Harlow council voted 37 for and 4 against the plan.", 37.0),  # no innings spoken of
        ("Mira Tolk took 5 for 42 in the innings.", 5.0),  # a bowler's wickets for runs stays a count
    ],
)
def test_near_misses_of_cricket_scores_stay_figures(sentence: str, value: float) -> None:
    assert value in [v for v, _ in _figures(sentence)]
