"""Figures on real web pages (BusinessWeek, TechCrunch): a price in cents written with its sign, an age after
"had just turned", a quantifier after "to" read as a verb ("to all 2,000 colleges" counted 'alled')."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of
from tests.unit.figure_helpers import counts_of


def test_a_cent_sign_is_the_unit() -> None:
    figures = [f for f in facts_of(["Kessby stopped renting films for 99¢ on the gadget."]) if f.kind == "figure"]
    assert [(f.value, f.unit) for f in figures] == [(99.0, "cents")]


@pytest.mark.parametrize(
    "text", ["He had just turned 21 at the time.", "She has turned 40.", "Roe had recently turned 65 when he left."]
)
def test_an_age_after_an_auxiliary_or_adverb_and_turned(text: str) -> None:
    value = float(next(w for w in text.replace(".", " ").split() if w.isdigit()))
    assert counts_of(text, "en", value) == "age"


def test_a_level_turned_is_no_age() -> None:
    assert counts_of("The index has turned 1,000 for the first time.", "en", 1000) != "age"


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("His goal was to expand to all 2,000 colleges in the country.", 2000, "colleges"),
        ("The plan is to reach only 40 schools this year.", 40, "schools"),
    ],
)
def test_a_quantifier_after_to_is_no_verb(text: str, value: float, counts: str) -> None:
    assert counts_of(text, "en", value).startswith(counts)


def test_a_verb_after_to_still_names_what_was_done() -> None:
    assert counts_of("The firm plans to hire 500 nurses.", "en", 500) == "nurses hired"
