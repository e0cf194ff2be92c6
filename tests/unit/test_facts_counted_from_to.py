"""The first figure of an English "from X to Y noun" counts the noun written after the second (`counted_from_to`),
with near misses where the two figures are not one change of one thing."""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("Recorded thefts went up (from 12,400 to 13,900 offences).", 12400, "offences"),
        ("The number rose from 200 to 350 jobs.", 200, "jobs"),
        ("Its staff was cut from about 900 to 640 workers.", 900, "workers"),
    ],
)
def test_the_starting_level_counts_the_noun_written_after_the_level_reached(
    text: str, value: float, noun: str
) -> None:
    assert counts_of(text, "en", value).startswith(noun)


@pytest.mark.parametrize(
    ("text", "value", "unwanted"),
    [
        # the first figure has its own noun
        ("The club went from 3 wins to 9 defeats.", 3, "defeats"),
        # a share and a count are no one change
        ("Attendance went from 40 per cent to 60 pupils a day.", 40, "pupils"),
        # no "from" before the first: a list, not a change
        ("Votes were 200 to 350 ballots cast.", 200, "ballots ("),
    ],
)
def test_figures_that_are_not_one_change_of_one_thing_keep_their_reading(
    text: str, value: float, unwanted: str
) -> None:
    assert unwanted not in counts_of(text, "en", value)


def test_the_reading_given_before_stays_in_brackets() -> None:
    assert counts_of("The number rose from 200 to 350 jobs.", "en", 200) == "jobs (number)"
