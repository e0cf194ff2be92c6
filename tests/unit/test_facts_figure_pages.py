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


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("About 1,000 Marines walked 40 miles.", 40, "Marines"),
        ("Some 2,500 troops marched 30 miles to the coast.", 30, "troops"),
        ("About 1,000 Marines flew in from ships more than 400 miles away in the sea.", 400, "Marines"),
    ],
)
def test_a_number_with_thousands_commas_in_the_subject_stays_whole(text: str, value: float, subject: str) -> None:
    counts = counts_of(text, "en", value)
    assert subject in counts
    assert not any(c.isdigit() for c in counts)  # ("About 1" was read as the subject)


@pytest.mark.parametrize(
    "text",
    [
        "Ten rare whales beached on Ninety Mile beach.",
        "The Three Mile Island plant closed in 2019.",
        "Five Star Movement won the most seats.",
        "He chose one structure over another.",
        "One way or another, the deal will close.",
    ],
)
def test_a_number_word_in_a_name_or_against_another_is_no_figure(text: str) -> None:
    from tests.unit.figure_helpers import figures_of

    values = {f.value for f in figures_of(text)}
    assert not values & {90.0, 3.0, 5.0, 1.0}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thirteen Israeli soldiers died in the clash.", 13),
        ("Eight Catholic Democrats wrote to the cardinal.", 8),
        ("Two European Parliament lawmakers spoke out.", 2),
        ("Two Britons died in the crash.", 2),
    ],
)
def test_a_spelled_count_before_capitalised_words_and_a_plural_stays(text: str, value: float) -> None:
    from tests.unit.figure_helpers import figures_of

    assert value in {f.value for f in figures_of(text)}


def test_a_pronoun_subject_counts_the_number_of_phrase_before_it() -> None:
    text = "If you look at the number of Americans killed by terrorism since 2001, it's less than 100."
    assert counts_of(text, "en", 100) == "Americans killed"


def test_a_pronoun_with_no_number_of_phrase_is_left_as_it_was() -> None:
    assert counts_of("It was 45 people in the end.", "en", 45) != "Americans killed"
