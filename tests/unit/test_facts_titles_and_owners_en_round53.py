"""BBC entertainment copy of 2004-05: a film whose title opens with a time of day ("spy thriller Midnight Protocol")
gave a date "Midnight"; a studio named short in the possessive before a job ("said Halvern's head of distribution,
Rick Salerno", after "Halvern Pictures") gave a person "Halvern" (made-up names throughout)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def kinds(*sentences: str) -> dict[str, str]:
    return {f.text: f.kind for f in facts_of(list(sentences))}


# date_patterns (clock words), entity_tagger.genitive_people (a word of a longer name found already)


def test_a_time_of_day_opening_a_capitalised_title_is_no_date() -> None:
    assert "Midnight" not in kinds("Spy thriller Midnight Protocol went straight to number one at the box office.")


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The blast happened at midnight on Sunday.", "at midnight on Sunday"),
        ("He arrived at Midnight.", "at Midnight"),
        ("Midnight came and went.", "Midnight"),
        ("At dawn, troops moved in.", "At dawn"),
    ],
)
def test_times_of_day_alone_stay_dates(sentence: str, date: str) -> None:
    assert kinds(sentence).get(date) == "date"


def test_a_body_named_short_in_the_possessive_is_no_person() -> None:
    found = kinds(
        "Studio Halvern Pictures said the opening was the biggest of the year.",
        '"Audiences have responded," said Halvern\'s head of distribution, Rick Salerno.',
    )
    assert "Halvern" not in found
    assert found.get("Rick Salerno") == "person"
