"""Round 45 (k-uk45): English quotes of British business, economy and politics copy, read on unseen pages with
hand-made gold.

Made-up sentences of the shapes found there, each with a near miss that keeps its old reading:

- a sentence adverb written without its comma before the speaker ("However he said ..."): no part of the speaker,
  who is the one "he" stands for, as after "But" and "And";
- a subordinate clause with no verb of saying ended by a colon before a quote ("Although there are worries about
  the winter: "...""): it names no speaker, and its first word is none; "Although Roe said:" still names Roe.
"""

from __future__ import annotations

from tests.unit.facts_helpers import quotes_of


def test_a_sentence_adverb_with_no_comma_is_no_part_of_the_speaker() -> None:
    quotes = quotes_of(
        [
            "Bridge tolls",
            "Transport chief Dara Quill said the Kelmoor bridge tolls would stay.",
            'However she said takings were lower and "could fall again after the harvest."',
        ]
    )
    assert [q.speaker for q in quotes] == ["Dara Quill"]


def test_near_miss_but_before_the_pronoun_still_gives_the_one_named_before() -> None:
    quotes = quotes_of(
        [
            "Bridge tolls",
            "Transport chief Dara Quill said the Kelmoor bridge tolls would stay.",
            'But she said takings were lower and "could fall again after the harvest."',
        ]
    )
    assert [q.speaker for q in quotes] == ["Dara Quill"]


def test_a_subordinate_clause_before_the_colon_names_no_speaker() -> None:
    quotes = quotes_of(
        [
            "Ferry timetable",
            'Mira Tess, head of the ferry guild, spoke first: "The boats to Orrel are full every day."',
            'Although there are worries about the winter gales: "The timetable will not change before spring."',
        ]
    )
    assert "Although" not in [q.speaker for q in quotes]


def test_near_miss_a_subordinate_clause_with_its_own_speaker_keeps_them() -> None:
    quotes = quotes_of(
        [
            "Ferry timetable",
            'Although Mira Tess said the guild was worried: "The timetable will not change before spring."',
        ]
    )
    assert [q.speaker for q in quotes] == ["Mira Tess"]
