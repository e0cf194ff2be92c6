"""BBC court and business copy of 2004-05 dates a span by two months after "between": "admitted 11 robberies between
March and August last year". "March" and "May" are months only after a word of time, and "between" was none, so only
"August last year" was read and March was lost (made-up copy throughout)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def dates(sentence: str) -> list[str]:
    return [f.text for f in facts_of([sentence]) if f.kind == "date"]


# date_patterns._EN_SPAN_LEFT


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He admitted 11 robberies between March and August last year.", ["between March and August last year"]),
        ("Sales fell between May and July.", ["between May and July"]),
        ("Prices rose between January and March.", ["between January and March"]),
    ],
)
def test_two_months_after_between_are_one_span(sentence: str, expected: list[str]) -> None:
    assert dates(sentence) == expected


def test_between_before_no_month_gives_no_date() -> None:
    assert dates("Voters chose between Labour and the Tories.") == []
