"""Race times on British sport pages (round 53, invented copy): "third in 1:57.61" and "won in 2:07:35" are minutes
and seconds, no clock time; "won in 9.87secs" and "2hrs 26mins 3secs" are seconds, as "26mins" was minutes."""

from __future__ import annotations

import pytest

from briefing_app.core.facts.dates import find_dates
from briefing_app.core.facts.model import SourceSentence
from tests.unit.figure_helpers import figures_of


def _dates(text: str) -> list[str]:
    return [f.text for f in find_dates([SourceSentence(0, 0, text)], "en")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's Mary Wanjiru was third in 1:57.61.",
        "The men's race was won by Tesfaye Alemu in 2:07:35, with Youssef Benali 12 seconds back.",
        "Her best of 3:59.40 came in Oslo.",
    ],
)
def test_a_race_time_is_no_clock_time(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("The train left at 9:30.", "9:30"),
        ("The meeting starts at 10:15, officials said.", "10:15"),
        ("Kick-off is at 19:45 on Saturday.", "19:45 on Saturday"),
    ],
)
def test_a_clock_time_still_reads(text: str, time: str) -> None:
    assert _dates(text) == [time]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gatlin won in 9.87secs.", 9.87),
        ("She won by 0.3secs from Roe.", 0.3),
        ("Britain's Liz Yarwood was fourth in 2hrs 26mins 3secs.", 8763),
        ("He finished in 4mins 1.2secs.", 241.2),
        ("It took 20 secs to load.", 20),
    ],
)
def test_secs_glued_to_the_digits_are_seconds(text: str, value: float) -> None:
    found = [(f.value, f.unit) for f in figures_of(text)]
    assert found == [(pytest.approx(value), "seconds")]


def test_near_misses_keep_their_readings() -> None:
    assert [(f.value, f.unit) for f in figures_of("Yarwood won in 2hrs 26mins.")] == [(146, "minutes")]
    assert figures_of("The secs of state met.") == []
