"""Figures and what they count, by class of error found on the dev tuning articles (issue 10, round 4).

Every sentence here is written for these tests. Each test names the class a linguist would name; the
check is the one the corpus scorer makes: the value, and a key word inside the extracted `counts`.
"""

from __future__ import annotations

import pytest

from briefing_app.core.facts.figures import find_figures
from briefing_app.core.facts.model import Fact, SourceSentence


def _figures(text: str, language: str) -> list[Fact]:
    return find_figures([SourceSentence(0, 0, text)], language)


def _counts_of(text: str, language: str, value: float) -> str:
    found = [f for f in _figures(text, language) if f.value == value]
    assert found, f"no figure {value} in {text!r}: {[(f.text, f.value) for f in _figures(text, language)]}"
    return found[0].counts or ""


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Brazil's 200 million residents face higher bills.", 2e8, "residents"),
        ("The province’s 40,000 nurses went on strike.", 40000, "nurses"),
        ("The Smiths' 12 horses were sold at auction.", 12, "horses"),
    ],
)
def test_a_possessor_before_a_number_is_no_name(text: str, value: float, key: str) -> None:
    # "Brazil's 200 million": a capitalised possessive owns the figure; "Windows 7" is a name
    assert key in _counts_of(text, "en", value)


def test_a_comma_grouping_digits_starts_no_clause() -> None:
    # "2,500" holds a comma; the clause before the later figure does not start inside it
    counts = _counts_of("A poll of 3,400 parents showed that 58% want shorter holidays.", "en", 58)
    assert "400 parents" not in counts


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "Of the 60 climbers, 14 of them reached the summit.", 14, "climbers"),
        ("da", "Der kom 90 ansøgere, og 30 af dem fik job.", 30, "ansøgere"),
        ("ar", "تقدم 500 طالب للامتحان ونجح 320 منهم في المرحلة الأولى.", 320, "طالب"),
        ("he", "הגיעו 70 מתנדבים ו-25 מהם נשארו עד הסוף.", 25, "מתנדבים"),
    ],
)
def test_a_part_of_them_counts_what_the_group_before_it_counts(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


def test_a_part_of_them_keeps_its_own_words_too() -> None:
    counts = _counts_of("أصيب 40 شخصا، 15 منهم أطفال.", "ar", 15)
    assert "أطفال" in counts and "شخص" in counts
