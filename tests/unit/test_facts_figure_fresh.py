"""Figures on text nobody tuned on: which numbers are none, and what the others count (issue 10, round 5).

Classes of error found on the round-5 dev articles. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of as _counts_of
from tests.unit.figure_helpers import figures_of as _figures


@pytest.mark.parametrize(
    "text",
    [
        "On 62 minutes the keeper pushed a low shot round the post.",
        "The visitors pressed, and on 85 minutes, Okoro headed wide.",
        "The rally ended three days after being banned by the council.",
        "She was part of the squad at Italia '90 and retired soon after.",
        "255-410) covers the rules on fisheries.",
        "The hosts reached the round of 16 for the first time.",
        "A tense round sixteen tie went to penalties.",
    ],
)
def test_numbers_that_say_when_or_name_a_stage_are_no_figures(text: str) -> None:
    # a minute of a match ("on 62 minutes"), a span before an event told by a gerund ("three days after
    # being banned"), a year written short ("Italia '90"), a page range whose "(pp." the sentence before
    # ended, a stage of a tournament ("the round of 16")
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The striker played for 62 minutes before he was replaced.", 62),
        ("The strike went on for three days after the talks broke down.", 3),
        ("Two rounds of talks failed.", 2),
        ("The quake left 90 families homeless.", 90),
    ],
)
def test_durations_and_counts_near_those_words_stay_figures(text: str, value: float) -> None:
    assert any(f.value == value for f in _figures(text))


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Rescuers found a seven-year-old boy under the rubble.", 7, "age"),
        ("The ten-year-old girl was taken to hospital.", 10, "age"),
    ],
)
def test_a_spelled_age_written_with_hyphens_is_an_age(text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, "en", value)
