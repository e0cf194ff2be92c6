"""Organisations, round 9: the offices, programmes and companies government releases name (a programme whose
name holds a given name, bodies named in the plural, an acronym that skips the body's head word, a company
and its town), each tested on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.pipeline import load_document
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


def test_a_corporation_of_a_town_is_the_corporation_and_of_a_country_keeps_it() -> None:
    assert _orgs("The award went to Halvorsen Alloy Corporation of Tolvik.") == ["Halvorsen Alloy Corporation"]
    assert _orgs("The award went to the Shipping Corporation of India.") == ["Shipping Corporation of India"]


def test_former_before_a_body_is_no_part_of_its_name() -> None:
    orgs = _orgs("Former Tolvik Research Projects Agency and Harbour Institute leader Jon Sand spoke.")
    assert "Tolvik Research Projects Agency" in orgs


def test_a_titles_possessive_opens_an_offices_name_and_a_leaders_cabinet_is_no_body() -> None:
    text = "She co-chairs the President’s Council of Advisors on Coastal Policy and sits in the President’s Cabinet."
    assert _orgs(text) == ["President’s Council of Advisors on Coastal Policy"]
    assert _orgs("The Mayor's Office of Tolvik Affairs opened.") == ["Mayor's Office of Tolvik Affairs"]
    assert _orgs("She joined President Sand’s Cabinet in May.") == []


def test_where_a_career_began_is_an_organisation() -> None:
    assert _orgs("Halvorsen began her career with Tolvik Technology in 1994.") == ["Tolvik Technology"]
    assert _orgs("Sand began his career at Harbourline in June 1988.") == ["Harbourline"]


def test_a_verb_after_to_in_a_headline_is_no_part_of_the_office(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(
        "Tolvik Governor to Nominate Mira Halvorsen to Lead Office of Coastal Policy\n\n"
        "The governor named Mira Halvorsen on Monday to run the Office of Coastal Policy.\n",
        encoding="utf-8",
    )
    found = extract_facts(load_document(path, language="en"))
    assert {f.text for f in found if f.kind == "organisation"} == {"Office of Coastal Policy"}


def test_a_body_in_the_possessive_is_an_organisation() -> None:
    assert _orgs("He praised the Tolvik Water Agency’s work.") == ["Tolvik Water Agency"]
    assert _orgs("The Tolvik Astronomical Society's medal went to Sand.") == ["Tolvik Astronomical Society"]


def test_the_surname_of_a_named_person_before_a_job_is_no_employer() -> None:
    found = facts_of(["Jon Sand spoke on Monday. Mira Halvorsen, Sand's deputy, disagreed."])
    assert [f.text for f in found if f.kind == "organisation"] == []
    assert {f.text: f.role for f in found if f.kind == "person"}["Mira Halvorsen"] == "Sand's deputy"


def test_a_town_before_a_daily_paper_and_an_arabic_article_before_a_group_are_in_the_name() -> None:
    assert _orgs("He reads the Tolvik Daily News.") == ["Tolvik Daily News"]
    assert _orgs("The Daily Mail said so.") == ["Daily Mail"]
    assert _orgs("Fighters of the al-Tolvik Brigades claimed the attack.") == ["al-Tolvik Brigades"]
