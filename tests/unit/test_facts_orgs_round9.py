"""Organisations, round 9: the offices, programmes and companies government releases name (a programme whose
name holds a given name, bodies named in the plural, an acronym that skips the body's head word, a company
and its town), each tested on sentences written for these tests."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _orgs(paragraph: str) -> list[str]:
    return [f.text for f in facts_of([paragraph]) if f.kind == "organisation"]


def _places(paragraph: str) -> list[str]:
    return [f.text for f in facts_of([paragraph]) if f.kind == "place"]


def test_a_given_name_before_a_body_word_is_part_of_the_body() -> None:
    assert _orgs("The Small Farms Grant Program will end.") == ["Small Farms Grant Program"]
    assert "Small Farms Grant Program" in _orgs(
        "The Tolvik Rural Broadband Program and the Small Farms Grant Program end."
    )


def test_bodies_named_in_the_plural_are_organisations() -> None:
    assert _orgs("The Centers for Tolvik Disease Control said the risk was low.") == [
        "Centers for Tolvik Disease Control"
    ]
    assert _orgs("The Tolvik Institutes of Health gave $5 million.") == ["Tolvik Institutes of Health"]
    assert _orgs("She leads the Gastric Cancer and Liver Disease Centers at the hospital.") == [
        "Gastric Cancer and Liver Disease Centers"
    ]


def test_an_acronym_that_skips_the_head_word_keeps_the_head_in_the_name() -> None:
    assert _orgs("The Department of Harbour Affairs (HA) runs 170 clinics. The HA said so.") == [
        "Department of Harbour Affairs"
    ]
    assert _orgs("Deputies of the Party 7 Harbours (P7H) spoke.") == ["Party 7 Harbours"]


def test_a_company_form_ends_the_name_and_of_gives_its_town() -> None:
    text = "The award went to Halvorsen Engineering LLC of Denver."
    assert _orgs(text) == ["Halvorsen Engineering LLC"]
    assert _places(text) == ["Denver"]
