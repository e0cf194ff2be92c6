"""Organisations and places, round 14: classes of general newspaper copy (sport, business, broadcasting,
regulators), on sentences written for these tests with made-up names."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _named(paragraphs: list[str], kind: str, language: str = "en") -> list[str]:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    facts = extract_facts(build_document(article, language=language))
    return [f.text for f in facts if f.kind == kind]


_MATCH = "The striker scored twice in the second half and the goalkeeper was injured before the semi-final."


def test_a_club_named_bare_by_what_only_a_club_has_is_an_organisation() -> None:
    bodies = _named(
        ["Brackwell manager Tom Reid praised his side.", "The Oldby midfielder Jon Pell was sent off.", _MATCH],
        "organisation",
    )
    assert "Brackwell" in bodies and "Oldby" in bodies
    bodies = _named(
        ["Kessing's goalkeeper made three saves.", "Jon Pell signed for Aldwick last summer.", _MATCH], "organisation"
    )
    assert "Kessing" in bodies and "Aldwick" in bodies
    bodies = _named(
        ["Pell joined Aldwick from Kessing for £12m.", "He spent a year on loan at Wexby.", _MATCH], "organisation"
    )
    assert {"Aldwick", "Kessing", "Wexby"} <= set(bodies)


def test_a_club_named_by_its_town_is_no_place_in_a_match_report() -> None:
    facts = ["Leeds beat Burnley 2-0 on Saturday.", "Leeds striker Jon Pell scored.", _MATCH]
    assert {"Leeds", "Burnley"} <= set(_named(facts, "organisation"))
    assert not {"Leeds", "Burnley"} & set(_named(facts, "place"))


def test_a_national_side_a_people_and_a_person_are_no_club() -> None:
    facts = [
        "Ruritania beat Norway 2-1. The Norway manager Jon Pell was angry.",
        "The German striker and the Argentine goalkeeper were booked. England captain Tom Reid scored.",
        "Tom Hart joined the squad. Hart's manager spoke. Premier League striker Jon Pell signed a deal.",
        _MATCH,
    ]
    bodies = _named(facts, "organisation")
    assert not {"Norway", "German", "Argentine", "England", "Hart", "Premier League striker"} & set(bodies)


def test_no_club_outside_a_match_report() -> None:
    facts = ["Anna Lund joined Harwick in 2019 as its manager.", "Rowan manager Jon Pell spoke."]
    assert "Rowan" not in _named(facts, "organisation")
