"""Whose age an "N-year-old" / "N-årig" is: the person, not the clause that follows (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of


@pytest.mark.parametrize(
    ("language", "text", "value", "counts"),
    [
        ("en", "A 67-year-old man died in the fire.", 67, "age (man)"),
        ("en", "The 19-year-old student from Tolvik was arrested.", 19, "age (student from Tolvik)"),
        ("en", "A 15-year-old girl who went missing was found on Sunday.", 15, "age (girl)"),
        ("da", "En 67-årig kvinde døde i branden.", 67, "age (kvinde)"),
        ("da", "Den 45-årige direktør fra Vestby trak sig.", 45, "age (direktør fra Vestby)"),
        ("da", "Politiet anholdt en 22-årig mand fra Tolvik.", 22, "age (mand fra Tolvik)"),
    ],
)
def test_an_age_names_its_holder_without_the_clause_after(language: str, text: str, value: float, counts: str) -> None:
    assert counts_of(text, language, value) == counts


def test_a_phrase_read_before_the_age_is_left_alone() -> None:
    assert "access" in counts_of("Care includes access for those over 18 years old.", "en", 18)


def test_an_age_after_a_speakers_surname_ending_the_sentence_is_an_age() -> None:
    assert counts_of('"I feel stronger than ever," said Quarvell, 31.', "en", 31) == "age"
    assert counts_of('"We were unlucky," added Holm, 27.', "en", 27) == "age"
    # near miss: one capitalised word ending a sentence with no verb of saying may be a team or a place
    assert counts_of("The winner on the night was Kessby, 30.", "en", 30) != "age"
