"""A quote whose clause runs on past the closing mark to an attribution that ends the sentence
('"The board is to blame" for the delays, Roe said.'), as American papers write it (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import quotes_of

OPENING = "Jane Roe, the director of the harbour trust, spoke on Monday. Tom Weller also attended."


@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        ("“The board is responsible for the delays, because it was careless with the money” while it was in "
         "charge, Roe said.", "The board is responsible for the delays, because it was careless with the money",
         "Jane Roe"),
        ("“We will rebuild the pier” by the end of the year, Weller told reporters.", "We will rebuild the pier",
         "Tom Weller"),
        ("“Nobody expected a storm like that” in the middle of summer, she said.",
         "Nobody expected a storm like that", "Jane Roe"),
        ("“The pier is safe again” after months of repairs, Weller told the Harbour Gazette.",
         "The pier is safe again", "Tom Weller"),
    ],
)  # fmt: skip
def test_the_attribution_ending_the_sentence_names_the_speaker(paragraph: str, quote: str, speaker: str) -> None:
    found = quotes_of([OPENING, paragraph])
    assert [(q.text, q.speaker) for q in found] == [(quote, speaker)]


def test_a_second_speaker_in_the_words_after_the_mark_is_not_taken() -> None:
    # the words after the mark hold a verb of saying: that is another report, not the quote's clause
    found = quotes_of([OPENING, "“We will rebuild the pier,” Roe said, while Weller said it was too late."])
    assert [(q.text, q.speaker) for q in found] == [("We will rebuild the pier", "Jane Roe")]


@pytest.mark.parametrize("honorific", ["Mr.", "Ms.", "Dr.", "Sen."])
def test_an_abbreviated_honorific_before_the_surname_names_the_speaker(honorific: str) -> None:
    opening = "Jane Roe, an economist at the institute, said the debt would rise. Tom Weller signed the bill."
    found = quotes_of([opening, f"“When rates fell, the state took on more debt,” {honorific} Roe said."])
    assert [(q.text, q.speaker) for q in found] == [("When rates fell, the state took on more debt", "Jane Roe")]


@pytest.mark.parametrize(
    ("introduction", "speaker"), [("As the report states:", "the report"), ("As Roe put it:", "Jane Roe")]
)
def test_as_opening_an_introduction_is_no_part_of_the_speaker(introduction: str, speaker: str) -> None:
    found = quotes_of([OPENING, f"{introduction} “The harbour matters more here than in most towns.”"])
    assert [q.speaker for q in found] == [speaker]
