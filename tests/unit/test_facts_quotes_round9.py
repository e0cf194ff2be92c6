"""Quotes, round 9: short quotes a body or an "according to" attributes, and the adjuncts after an inverted
attribution ("said the Harbour Board in a statement"), each tested on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.pipeline import load_document
from tests.unit.facts_helpers import quotes_of


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs)]


def test_a_short_quote_a_named_body_says_is_a_quote() -> None:
    assert _speakers(["“We will rebuild,” the Tolvik Water Board said."]) == ["the Tolvik Water Board"]
    assert _speakers(["“We will rebuild,” the Tolvik Water Board said in a statement."]) == ["the Tolvik Water Board"]


def test_a_short_quote_according_to_someone_is_a_quote() -> None:
    assert _speakers(["“We will rebuild,” according to Jon Sand."]) == ["Jon Sand"]


def test_a_short_quote_before_a_name_its_apposition_and_the_verb_is_a_quote() -> None:
    assert _speakers(["“We will rebuild,” Jon Sand, the agency's director, said."]) == ["Jon Sand"]


def test_a_scare_quoted_phrase_stays_no_quote() -> None:
    assert _speakers(["Critics called the plan “a total disgrace,” the Tolvik Times reported."]) == []


def test_where_and_when_a_body_spoke_are_no_part_of_the_speaker() -> None:
    quote = "“We will rebuild every home that the flood destroyed,”"
    assert _speakers([f"{quote} said the Tolvik Water Board in a statement on Monday."]) == ["the Tolvik Water Board"]
    assert _speakers([f"{quote} said the Tolvik Department of Water and Power in a statement."]) == [
        "the Tolvik Department of Water and Power"
    ]


def test_the_person_spoken_of_is_not_the_speaker() -> None:
    quote = "“He has done a great job in very hard times,”"
    assert _speakers([f"{quote} said Mira Halvorsen of Jon Sand."]) == ["Mira Halvorsen"]


def test_a_statement_introduced_as_from_someone_on_someone_else_is_the_first_ones(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(
        "Tolvik Honors Life of Former Minister Jon Sand\n\n"
        "The following is a statement from Tolvik Water Board Chair Mira Halvorsen on former minister Jon Sand, "
        "who died on Monday at his home in Tolvik.\n"
        "“Tolvik is the place it is today because of people like Jon Sand.\n"
        "“In his decades of service, Jon lifted the whole country.\n"
        "“He was a friend to so many of us. I share my condolences with his family.”\n",
        encoding="utf-8",
    )
    quotes = [f for f in extract_facts(load_document(path, language="en")) if f.kind == "quote"]
    assert len(quotes) == 3
    assert {q.speaker for q in quotes} == {"Mira Halvorsen"}


def test_words_credited_with_according_to_are_a_quote() -> None:
    assert _speakers(['According to the Tolvik Water Board, "the water rose two metres in one hour."']) == [
        "the Tolvik Water Board"
    ]
    named = _speakers(['Mira Halvorsen thanked the volunteers. According to Halvorsen, "the water rose two metres."'])
    assert named == ["Mira Halvorsen"]
    assert _speakers(['According to Halvorsen, the plan is "a total waste of money."']) == []


def test_a_short_quote_reopened_after_an_inverted_attribution_is_the_same_speakers() -> None:
    text = '"It is a disaster," said Mira Halvorsen, whose farm flooded. "We lost everything." The water rose fast.'
    assert _speakers([text]) == ["Mira Halvorsen", "Mira Halvorsen"]
