"""Speakers before a colon, forty-seventh round: an adverb of manner between the subject and its verb of saying ('she
plainly replied: "..."') was read as part of the speaker ("she plainly"), so the pronoun was never resolved. Only after
a pronoun or a capitalised name is the -ly word dropped; a noun ending in -ly after a determiner ("Her family") keeps
its reading. Every sentence and name is made up.
"""

from __future__ import annotations

from tests.unit.facts_helpers import quotes_of


def _speakers(paragraphs: list[str]) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotes_of(paragraphs)}


def test_an_adverb_after_a_pronoun_is_no_part_of_the_speaker() -> None:
    speakers = _speakers(
        [
            "The singer Ann Roe has not said when the album will come out.",
            'When one fan asked online "where is the record?" she plainly replied: "Truly, I do not know yet."',
        ]
    )
    assert speakers["Truly, I do not know yet."] in ("she", "Ann Roe")


def test_a_noun_ending_in_ly_after_a_determiner_keeps_its_word() -> None:
    # (near misses: a name before its adverb speaks as before, and "Her family" is no name and no adverb)
    speakers = _speakers(
        [
            "The council rejected the plan on Monday.",
            'Asked about the vote, Tom Webb calmly replied: "We will try again next year."',
            'Her family replied: "We are relieved it is over."',
        ]
    )
    assert speakers["We will try again next year."] == "Tom Webb"
    assert speakers["We are relieved it is over."] == "Her family"
