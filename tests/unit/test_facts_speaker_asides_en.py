"""Who speaks when the sentence before the quote describes the speaker around other names: a description with an
aside between spaced dashes ("The 20-year-old singer - who covered X and Y's song - said:"), and a passive of
announcing whose agent is the one who speaks next ("The recipient was revealed by X, who led the jury. He said:")
(made-up sentences)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import quotes_of

OPENING = "Dana Welkin and Mara Loft were nominated for the Larkfield newcomer medal on Monday."


@pytest.mark.parametrize(
    "intro",
    [
        "The 20-year-old singer - who recorded a cover of Peter Oldbridge and Tomas Vell's 'Blue Harbour' - said:",
        "The 20-year-old singer – who toured with Peter Oldbridge – said:",
        "The 20-year-old singer, who recorded a cover of Peter Oldbridge and Tomas Vell's song, said:",
    ],
)
def test_a_described_speaker_is_not_a_name_inside_the_aside(intro: str) -> None:
    found = quotes_of([OPENING, "Mara Loft first heard the news from her sister.",
                       f'{intro} "Hearing my name read out felt unreal."'])  # fmt: skip
    assert [(q.text, q.speaker) for q in found] == [("Hearing my name read out felt unreal.", "Mara Loft")]


def test_a_named_speaker_before_the_aside_is_still_the_speaker() -> None:
    found = quotes_of([OPENING, 'Dana Welkin - who toured with Peter Oldbridge last year - said: "It was a shock."'])
    assert [(q.text, q.speaker) for q in found] == [("It was a shock.", "Dana Welkin")]


def test_the_one_who_announced_the_winner_speaks_next() -> None:
    found = quotes_of([
        "Tarun Mehra took the Larkfield poetry medal with his first collection. Like Jon Piers's Morning Glass "
        "Harbour before it, the book came from a small press.",
        "The recipient was revealed at a dinner in Tolvik by the poet Edwin Calloway, who led the jury.",
        'He said: "Nobody on the jury wavered for long."',
    ])  # fmt: skip
    assert [(q.text, q.speaker) for q in found] == [("Nobody on the jury wavered for long.", "Edwin Calloway")]


def test_a_person_met_by_someone_is_still_the_one_who_speaks() -> None:
    # near miss: "met by" is no announcing, and its subject is a person named in the sentence
    found = quotes_of([
        "Tarun Mehra arrived in London on Monday.",
        "Mehra was met at the airport by Edwin Calloway.",
        'He said: "I am glad to be here."',
    ])  # fmt: skip
    assert [(q.text, q.speaker) for q in found] == [("I am glad to be here.", "Tarun Mehra")]
