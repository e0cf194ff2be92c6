"""Organisations, round 13: general classes of English news, on sentences written for these tests with made-up
names."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _bodies(paragraphs: list[str], language: str = "en") -> list[str]:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    facts = extract_facts(build_document(article, language=language))
    return [f.text for f in facts if f.kind == "organisation"]


def test_the_planet_and_its_moon_in_a_headline_and_the_text_are_no_organisation() -> None:
    bodies = _bodies(
        [
            "Tolvik Picks Three Firms to Build Moon Rover for Later Flights",
            "The Tolvik Space Agency has selected three companies to build a vehicle for the Moon.",
            "Tiny Comet Swings Close to Earth This Week",
            "A small asteroid passed close to Earth on Tuesday, the Tolvik Space Agency said.",
        ]
    )
    assert "Moon" not in bodies and "Earth" not in bodies
    assert "Tolvik Space Agency" in bodies


def test_a_body_named_x_of_y_then_and_and_a_second_institution_are_two_bodies() -> None:
    bodies = _bodies(["Researchers from the Tolvik Institute of Technology and Brenna State University found the link."])
    assert "Tolvik Institute of Technology" in bodies and "Brenna State University" in bodies


def test_a_field_after_and_or_a_title_before_of_leaves_one_name() -> None:
    assert _bodies(["The Department of Health and Human Services in Ruritania said so."]) == [
        "Department of Health and Human Services"
    ]
    bodies = _bodies(["It was a march led by the President of Harbour Bakers and Pastry Makers Association, Ivo Lund."])
    assert bodies == ["Harbour Bakers and Pastry Makers Association"]


def test_a_title_and_of_the_before_a_body_are_no_part_of_its_name() -> None:
    bodies = _bodies(["She was named Candidate for Director of the Tolvik Aviation Administration."])
    assert bodies == ["Tolvik Aviation Administration"]
    assert _bodies(["The Chief of Staff of the Ruritanian Army visited the base."]) == ["Ruritanian Army"]
    # a body's word before "of the" keeps the whole name
    assert _bodies(["The Museum of the Tolvik Fishing Union opened on Monday."]) == ["Museum of the Tolvik Fishing Union"]


def test_a_bodys_document_and_of_the_before_it_are_no_part_of_its_name() -> None:
    assert _bodies(["He broke the Rules of the Tolvik Media Council last year."]) == ["Tolvik Media Council"]


def test_a_determiner_opening_the_sentence_before_a_lower_case_party_is_no_party() -> None:
    assert _bodies(["The party members have voted to keep their chairman."]) == []
    assert _bodies(["A Tolvik Greens party member resigned on Monday."]) == ["Tolvik Greens"]


def test_a_partys_congress_is_its_meeting_and_the_party_is_the_body() -> None:
    bodies = _bodies(["Delegates gathered in Tolvik for the Harbour Party Congress on Friday."])
    assert bodies == ["Harbour Party"]


def test_a_the_title_inside_a_sentence_ends_at_its_possessive_before_a_job_and_a_person() -> None:
    bodies = _bodies(["On the radio, The Tolvik Gazette's Managing Editor Ivo Lund described the mistake."])
    assert "The Tolvik Gazette" in bodies and not any("Lund" in b for b in bodies)
    assert _bodies(["The paper The Tolvik Fishermen's Weekly printed it."]) == ["The Tolvik Fishermen's Weekly"]


def test_a_bodys_web_edition_named_online_is_one_name() -> None:
    assert _bodies(["A lawyer spoke to XYZ Online about the case."]) == ["XYZ Online"]
    assert _bodies(["Reuters News Online also carried the story from Tolvik."]) == ["Reuters News Online"]
