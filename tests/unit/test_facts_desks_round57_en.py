"""Round 57 (k-enf57): English figures and dates of a broadcaster's five desks (business, politics, technology,
entertainment, sport), read on unseen retail, box-office, music-chart, transfer and match-report copy.

Made-up sentences of the shapes found there, each with near misses that keep their old reading:

- a sports season relative to now ("nine goals last season", "for the first time this season") and a quarter
  written as results copy writes it ("in Q3 2005") are dates (`date_patterns`);
- British property and retail copy's abbreviated areas ("640,000 sq ft", "a 2,000 sq m store") are square feet and
  square metres (`figure_words`);
- "12 stores totalling 640,000 sq ft of selling space": the area measures the space after its unit, not the shops
  before "totalling" (`amounting_to_en`); a sum of money after "totalling" keeps the noun before it;
- "Group on brink of £2.7bn deal with German": the sum is the deal after it, not the "brink" before it
  (`brink_of_en`); a sum that is no noun's modifier there ("on the brink of collapse with debts of £30m") keeps its
  reading;
- box-office copy's "20% Friday-to-Saturday fall" and "the best fourth-weekend gross" measure a film's run and name
  no day of the story (`date_patterns`); "from Friday to Saturday" and "over the weekend" stay dates.
"""

from __future__ import annotations

import pytest

from briefing_app.core.facts.dates import find_dates
from briefing_app.core.facts.model import SourceSentence
from tests.unit.figure_helpers import figures_of


def _dates(text: str) -> list[str]:
    return [f.text for f in find_dates([SourceSentence(0, 0, text)], "en")]


def _figure(text: str, value: float):  # noqa: ANN202 (a Fact)
    found = [f for f in figures_of(text) if f.value is not None and abs(f.value - value) <= 1e-6 * abs(value)]
    assert found, f"no figure {value} in {text!r}: {[(f.text, f.value) for f in figures_of(text)]}"
    return found[0]


# --- seasons and quarters ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pellow scored eleven goals for Brackley last season.", ["last season"]),
        ("Dunmore have not lost at home this season.", ["this season"]),
        ("The midfielder hopes to be fit by next season, his agent said.", ["next season"]),
        ("Ravensby were relegated the previous season.", ["the previous season"]),
        ("Sales at Corvane rose 12% in Q3 2006.", ["in Q3 2006"]),
        ("Orders at Tillbrook hit a record in Q1 of 2007.", ["in Q1 of 2007"]),
    ],
)
def test_seasons_and_quarters_are_dates(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A season ticket at Ravensby costs £420.",  # a season ticket, no time of the story
        "The club's best season brought three trophies.",  # no "this", "last" or "next"
        "The Q3 team at Corvane met the auditors.",  # a quarter with no year
    ],
)
def test_season_and_quarter_near_misses_are_no_dates(text: str) -> None:
    assert _dates(text) == []


# --- abbreviated areas ---


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Brixley will open a 45,000 sq ft store in Harlow next year.", 45_000, "square feet"),
        ("The Tallis site covers 3,200 sq m of floor space.", 3_200, "square metres"),
        ("The flat measures 860 sq. ft. in all.", 860, "square feet"),
        # (near misses: the square miles and kilometres read before keep their names)
        ("The estate spans 40 sq mi of moorland.", 40, "square miles"),
        ("A 5 sq km zone was sealed off.", 5, "square kilometers"),
    ],
)
def test_abbreviated_areas_have_their_unit(text: str, value: float, unit: str) -> None:
    assert _figure(text, value).unit == unit


def test_area_totalled_measures_what_follows_its_unit() -> None:
    f = _figure("Kestrel bought 14 stores totalling 620,000 sq ft of selling space.", 620_000)
    assert f.counts is not None and "selling space" in f.counts
    # (near miss: a sum of money totalled keeps the noun before "totalling")
    g = _figure("Brixley paid fines totalling £800 of its own money.", 800)
    assert g.counts is not None and "fines" in g.counts


# --- on the brink of a deal ---


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Norbeck board on brink of £1.2bn deal with Swedes", 1_200_000_000, "deal"),
        ("Vornet on verge of £900m sale", 900_000_000, "sale"),
        ("Tallis on the brink of a €75m takeover by Kestrel", 75_000_000, "takeover"),
    ],
)
def test_sum_after_brink_of_is_the_deal_after_it(text: str, value: float, key: str) -> None:
    counts = _figure(text, value).counts or ""
    assert key in counts and "brink" not in counts and "verge" not in counts


def test_brink_near_misses_keep_their_reading() -> None:
    # (the sum is the debts' own, read after "of" as before; the brink is of the collapse)
    counts = _figure("The club was on the brink of collapse with debts of £30m.", 30_000_000).counts or ""
    assert "debts" in counts


# --- a film's run: days and weekends as modifiers ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its 30% Friday-to-Saturday drop worried the studio.", []),
        ("The comedy had the best second-weekend gross of the year.", []),
        # (near misses: a span of days and a weekend of the story stay dates)
        ("The talks ran from Friday to Saturday in Leeds.", ["from Friday to Saturday"]),
        ("Ashgrove Pictures took £4m over the weekend.", ["over the weekend"]),
        ("It was the film's opening weekend.", ["weekend"]),
    ],
)
def test_days_and_weekends_of_a_films_run(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected
