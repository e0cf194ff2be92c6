"""Danish dash quotes of translated copy (round 52), made-up names: the speaker after the verb named behind the
office and a comma ("– ..., siger agenturets talsmand, Budi Rahardjo."), in one sentence or ending a paragraph of
several; near misses: words after the verb and a comma with no office in them speak no quote."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in facts_of(paragraphs, "da") if f.kind == "quote"]


def test_an_office_with_its_body_a_comma_and_the_name_speak() -> None:
    assert _quotes(["– Det er langt fra nok, siger fagforeningens formand, Ana Paula Ribeiro."]) == [
        ("Det er langt fra nok", "Ana Paula Ribeiro")
    ]


def test_an_office_for_a_body_a_comma_and_the_name_speak() -> None:
    assert _quotes(["– Vi forventer flere døde, siger en talsmand for ministeriet, Agus Wiranto."]) == [
        ("Vi forventer flere døde", "Agus Wiranto")
    ]


def test_a_paragraph_signed_by_office_comma_and_name_is_the_named_ones() -> None:
    quotes = _quotes(["– Vi er bekymrede. Situationen er alvorlig, siger agenturets talsmand, Budi Rahardjo."])
    assert [speaker for _text, speaker in quotes] == ["Budi Rahardjo"]
    assert "Vi er bekymrede" in quotes[0][0]


def test_the_office_names_the_person_with_it() -> None:
    found = facts_of(["– Det er langt fra nok, siger agenturets talsmand, Budi Rahardjo."], "da")
    assert [(f.text, f.role) for f in found if f.kind == "person"] == [("Budi Rahardjo", "agenturets talsmand")]


def test_words_after_the_verb_and_a_comma_with_no_office_speak_no_quote() -> None:
    assert _quotes(["– Vi ved det godt, mener mange, Ole Hansen ikke medregnet."]) == []


def test_a_title_before_the_name_with_no_comma_still_speaks() -> None:
    assert _quotes(["– Det er nok, siger direktør Jens Holm."]) == [("Det er nok", "Jens Holm")]
