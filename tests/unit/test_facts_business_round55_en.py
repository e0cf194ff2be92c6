"""Round 55 (k-enf55): what English figures count in business, budget and markets copy, read on unseen pages.

Made-up sentences of the shapes found there, each with near misses that keep their old reading:

- a verb changing its object where a phrase of place or occasion stands between the object and "by" ("trim the
  volume of fresh spending in the coming budget by $2.5 billion"), or the object is a rate's capitalised name with its
  short name in brackets and "further" ("slash Statutory Liquidity Ratio (SLR) further by 50 basis points"): the
  object (`object_changes_en`);
- a figure that is the size of a forecast, an estimate or a target an outcome is compared with ("came in above a
  mean forecast of S$2.07 billion", "versus earlier estimates of 2.6 percent"): the benchmark, not the outcome
  (`benchmark_of_en`);
- a share index's move in points when the index is not the clause's plain subject ("with the X 50 up 25.6 points at
  5,876.1", "lifted the X Index, which closed 18.4 points higher at 6,101.2", "the X Composite crept 9 points"):
  the index's move, and the level after it the index's (`index_moves_en`).
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of

# --- a verb changing its object, past a phrase of place or a bracketed short name ---


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The Treasury will trim the volume of fresh spending in the coming budget by $2.5 billion as it tries to "
         "balance the books.", 2.5e9, "volume of fresh spending"),
        ("The Bank of Norland decided to cut the Statutory Liquidity Ratio (SLR) further by 50 basis points to 23%.",
         50, "Statutory Liquidity Ratio"),
        ("The Bank of Norland decided to slash Statutory Liquidity Ratio (SLR) further by 50 basis points to 23%.",
         50, "Statutory Liquidity Ratio"),
        ("The Bank of Norland decided to slash Statutory Liquidity Ratio (SLR) further by 50 basis points to 23%.",
         23, "Statutory Liquidity Ratio"),
    ],
)
def test_the_changed_object_past_a_phrase_or_a_short_name(text: str, value: float, measure: str) -> None:
    assert measure in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # (the plain object and its "by" as before)
        ("The Treasury will reduce new spending by $2.5 billion as it tries to balance the books.", 2.5e9,
         "new spending"),
        # (readings already right stay: the counted noun, a rate's name with no bracket)
        ("Ministers plan to cut the number of civil servants across the department by 4,000 over three years.", 4000,
         "civil servants"),
        ("The monetary committee raised Bank Rate by 0.25 percentage points to 4.75 per cent on Thursday.", 4.75,
         "Bank Rate"),
        # (a name that is no rate's is no object)
        ("Officials cut Fenwick by 4 points in the ratings.", 4, "Officials"),
    ],
)
def test_plain_objects_and_other_shapes_keep_their_reading(text: str, value: float, measure: str) -> None:
    assert measure in counts_of(text, "en", value)


# --- the size of a forecast, an estimate or a target ---


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The outcome came in above a mean forecast of S$2.07 billion from nine analysts surveyed by a wire service.",
         2.07e9, "forecast"),
        ("The outcome came in above a mean forecast of S$2.07 billion.", 2.07e9, "forecast"),
        ("The shortfall would be 2 percent of output, versus earlier estimates of 4.4 percent.", 4.4,
         "earlier estimates"),
        # (a time phrase after "in" is no noun of the figure's own)
        ("Profit came in below an average forecast of $2.4 billion in the first half.", 2.4e9, "forecast"),
    ],
)
def test_a_benchmarks_figure_counts_the_benchmark(text: str, value: float, measure: str) -> None:
    assert measure in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # (readings already right stay)
        ("Pellham's quarterly profit beat a consensus estimate of $640 million.", 640e6, "estimate"),
        ("Turnover came in below the company's own guidance of about £310m.", 310e6, "guidance"),
        # (the figure's own noun after it wins)
        ("The union gave an estimate of 300 job losses at the Dunmore plant.", 300, "job"),
        ("Net profit rose to S$2.2 billion in the quarter.", 2.2e9, "profit"),
        # (a forecast of something named after "of" is that thing's)
        ("The firm issued a forecast of rising exports of $3 billion.", 3e9, "exports"),
        # (a bare noun after "in" is the figure's own: the damage, the losses)
        ("Underwriters gave estimates of $9 billion in damage after the storm.", 9e9, "damage"),
        ("Analysts put forecasts of $40m in losses on the Fenwick unit.", 40e6, "losses"),
    ],
)
def test_figures_with_their_own_noun_keep_it(text: str, value: float, measure: str) -> None:
    assert measure in counts_of(text, "en", value)


# --- a share index's move in points and its level, the index not the plain subject ---


@pytest.mark.parametrize(
    ("text", "value", "index"),
    [
        ("Shares in Kelby closed higher, with the Tolvik 50 up 25.6 points at 5,876.1.", 25.6, "Tolvik 50"),
        ("Strong bank shares lifted the Tolvik Index, which closed 18.4 points higher at 6,101.2.", 6101.2,
         "Tolvik Index"),
        ("Buying by pension funds pushed the Merrow higher, closing 112 points up at 10,234.", 112, "Merrow"),
        ("Buying by pension funds pushed the Merrow higher, closing 112 points up at 10,234.", 10234, "Merrow"),
        # (a side's lead in points after "with" is read the same way)
        ("The Harriers beat Dunmore, with the Harriers up 12 points at half-time.", 12, "Harriers"),
    ],
)
def test_an_index_move_and_level_are_the_indexs(text: str, value: float, index: str) -> None:
    assert index in counts_of(text, "en", value)


def test_the_verb_of_moving_is_no_part_of_the_index() -> None:
    counts = counts_of("In Kelby, the Norland Composite crept 9 points higher.", "en", 9)
    assert "Norland Composite" in counts and "crept" not in counts


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # (the index as the plain subject, as before)
        ("The Tolvik index closed 84.3 points lower at 4,812.6.", 4812.6, "Tolvik index"),
        # (a party after "over" is no index: the lead moved)
        ("Labour's lead over the Conservatives rose 3 points to 12%.", 3, "lead"),
        # (a party's poll share in points, as before)
        ("Polls showed the Greens up 3 points at 14%.", 14, "Greens"),
    ],
)
def test_other_moves_in_points_keep_their_reading(text: str, value: float, measure: str) -> None:
    assert measure in counts_of(text, "en", value)
