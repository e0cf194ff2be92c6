"""Analysts and their firms, and sentence adverbs before a name (made-up sentences in the style of business copy;
the classes come from real web pages: a bank named like a person was read as one, "senior Treasury strategist"
gave a person "Treasury", "Meanwhile" opened a person's name)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def kinds(text: str) -> tuple[dict[str, str | None], set[str]]:
    found = facts_of([text])
    return {f.text: f.role for f in found if f.kind == "person"}, {f.text for f in found if f.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "person", "role", "firm"),
    [
        (
            "Morgan Stacey analyst Tom Varden said the chipmaker would miss its target.",
            "Tom Varden",
            "Morgan Stacey analyst",
            "Morgan Stacey",
        ),
        (
            "Last week Morgan Stacey analyst Tom Varden cut his forecast.",
            "Tom Varden",
            "Morgan Stacey analyst",
            "Morgan Stacey",
        ),
        (
            "This summer Piper Halvard analyst Gene Roe found evidence of a new handset.",
            "Gene Roe",
            "Piper Halvard analyst",
            "Piper Halvard",
        ),
        (
            "Yesterday Kessby Sachs analyst Rick Sun said shares were cheap.",
            "Rick Sun",
            "Kessby Sachs analyst",
            "Kessby Sachs",
        ),
        (
            "Halvorsen Brothers oil analyst Mia Fox said prices would fall.",
            "Mia Fox",
            "Halvorsen Brothers oil analyst",
            "Halvorsen Brothers",
        ),
    ],
)
def test_a_name_before_a_market_job_is_the_firm(text: str, person: str, role: str, firm: str) -> None:
    people, bodies = kinds(text)
    assert people == {person: role}
    assert firm in bodies


def test_a_desk_between_an_adjective_and_a_job_is_no_person() -> None:
    people, _ = kinds("Dana Pell, senior Treasury strategist at Corvin Capital, said rates would rise.")
    assert people == {"Dana Pell": "senior Treasury strategist at Corvin Capital"}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Independent analyst Jo Ray agreed with the forecast.", "Jo Ray", "Independent analyst"),
        ("German economist Karl Lenz did not agree.", "Karl Lenz", "German economist"),
        ("Senior analyst Bo Hay said the figures were weak.", "Bo Hay", "Senior analyst"),
    ],
)
def test_a_word_or_a_nationality_before_a_market_job_is_no_firm(text: str, person: str, role: str) -> None:
    people, bodies = kinds(text)
    assert people == {person: role}
    assert bodies == set()


def test_a_person_before_an_aide_stays_a_person() -> None:
    people, _ = kinds("Jane Rooker aide Tom Pask said the senator would run again.")
    assert "Tom Pask" in people


@pytest.mark.parametrize("adverb", ["Meanwhile", "Moreover", "Eventually", "Separately", "Nevertheless"])
def test_a_sentence_adverb_is_no_word_of_the_name_after_it(adverb: str) -> None:
    people, _ = kinds(f"{adverb} Dana Pell said the bank would raise rates.")
    assert people == {"Dana Pell": None}


def test_a_time_before_a_role_is_no_part_of_it() -> None:
    people, _ = kinds("Earlier this month Barclow economist Ann Frew warned of a slowdown.")
    assert people == {"Ann Frew": "Barclow economist"}


def test_a_firm_after_at_and_its_trade_is_a_firm_even_named_like_a_person() -> None:
    people, bodies = kinds("Ann Brisco, head of research at stockbroker Harper Lane, said the figures were poor.")
    assert people == {"Ann Brisco": "head of research at stockbroker Harper Lane"}
    assert "Harper Lane" in bodies


def test_a_person_called_by_the_trade_stays_a_person() -> None:
    people, _ = kinds("Stockbroker Jane Roe said the market would recover.")
    assert people == {"Jane Roe": "Stockbroker"}


def test_a_speech_verb_after_the_closing_comma_is_no_role() -> None:
    people, _ = kinds("Tolvik Bank's chairman, Sir Peter Orme, told shareholders the lender would recover.")
    assert people == {"Peter Orme": "Tolvik Bank's chairman"}


def test_an_employer_named_for_its_place_keeps_the_place() -> None:
    _, bodies = kinds("Bill Catton, president of Associated General Builders of Alabama, said so.")
    assert "Associated General Builders of Alabama" in bodies


def test_an_employer_running_on_past_the_place_is_left_to_the_shapes() -> None:
    _, bodies = kinds("Tom Lee, chairman of Kessby Foods of Ohio Valley Partners, said so.")
    assert "Kessby Foods of Ohio" not in bodies
