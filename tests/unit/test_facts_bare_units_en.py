"""A level or change whose only noun is a bare unit ("points", "copies", "units") counts what its clause names: the
rate before a step in points, what rose to a number of copies, the subject after a time phrase fronted with no comma.
Made-up sentences of the shapes the pooled English probes showed; near misses must keep their readings."""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Turnover was $2.1bn, up 12 per cent, and operating margin was 31.5 per cent, up 1.8 points.", 1.8,
         "operating margin"),
        ("Operating margin was 31.5%, down 0.4 points on a year earlier.", 0.4, "Operating margin"),
        ("The Brackley index closed at 5,420.1, down 23.4 points.", 23.4, "index"),
    ],
)
def test_a_step_in_bare_points_after_a_level_is_the_levels(text: str, value: float, key: str) -> None:
    counts = counts_of(text, "en", value)
    assert key in counts and "points" in counts, counts


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        # a tally of points, then its change: the points stay the team's
        ("Rovers have 45 points, up 3 points on last season.", 3, "points (Rovers)"),
        # a margin with no level right before it
        ("They were 62-48 ahead, up 14 points.", 14, "points"),
    ],
)
def test_points_with_no_level_before_keep_their_reading(text: str, value: float, counts: str) -> None:
    assert counts_of(text, "en", value) == counts


def test_copies_a_measure_rose_to_count_the_measure() -> None:
    counts = counts_of("Readership of the Weekly Lantern rose 3 per cent to 98,100 copies per day.", "en", 98100)
    assert "Readership" in counts and "copies" in counts, counts


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("The album sold 61,000 copies, down 20 per cent.", 61000, "copies sold"),
        ("Despite a huge sale of 87,400 copies the record stayed third.", 87400, "copies (huge sale)"),
        ("New van registrations fell by 11.2% in May to 30,295 units.", 30295, "New van registrations (units)"),
    ],
)
def test_copies_of_their_own_and_units_keep_their_readings(text: str, value: float, counts: str) -> None:
    assert counts_of(text, "en", value) == counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("By the end of the quarter tablet sales passed 2.4 million units.", 2400000, "tablet sales"),
        ("In the third quarter the console sold 1.1 million units.", 1100000, "console"),
        ("In that quarter tablet shipments topped 2.4 million units.", 2400000, "tablet shipments"),
    ],
)
def test_a_time_phrase_fronted_without_a_comma_is_no_part_of_the_subject(text: str, value: float, key: str) -> None:
    counts = counts_of(text, "en", value)
    assert counts.startswith(key) and "units" in counts, counts


def test_a_pronoun_after_a_fronted_time_still_names_nothing() -> None:
    assert counts_of("By the end of the quarter it passed 2.4 million units.", "en", 2400000) == "units"
