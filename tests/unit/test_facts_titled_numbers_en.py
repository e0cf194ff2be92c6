"""A number that opens the unquoted title of a work ("14 Nights Of Rain", "31 Days Gone") is no figure; a number
before a proper name ("3 Grammy Awards") or an everyday noun in lower case ("12 years") is (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import local_facts


def _values(paragraph: str) -> list[float]:
    return [f.value for f in local_facts(paragraph, "figure") if f.value is not None]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jane Roe spoke about the floods as 14 Nights Of Rain took the top prize on Sunday.",
        "The horror film 31 Days Gone opened in Tolvik at the weekend.",
        "The stage play 7 Silent Brothers returned last night.",
    ],
)
def test_the_number_opening_a_title_is_no_figure(paragraph: str) -> None:
    assert _values(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "value"),
    [
        ("The singer won 3 Grammy Awards over her career.", 3),
        ("The singer won 12 Brit Awards over her career.", 12),
        ("Jane Roe spent 14 nights in the rain before she was found.", 14),
        ("The festival ran for 31 days in the summer.", 31),
        ("She won three Golden Globe awards last year.", 3),
        ("He played for his country in 2 World Cups before he retired.", 2),
        ("Over 200 New York City bars stopped selling the drink.", 200),
        ("The cast of 7 Silent brothers and sisters marched on the town hall.", 7),
    ],
)
def test_a_count_before_a_name_or_a_lower_case_noun_stays(paragraph: str, value: float) -> None:
    assert value in _values(paragraph)


def test_a_headline_in_title_case_keeps_its_figures() -> None:
    assert 12 in _values("Rival Studios Hire 12 New Actors For Film")
