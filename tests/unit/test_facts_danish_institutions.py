"""Danish: institutions named by their definite form alone, places after their kind ("byen X", "floden Y");
made-up sentences in the style of the Commission's Danish press releases (the classes come from a round-14 dev
text read before any rule was written from it)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def of_kind(text: str, kind: str) -> set[str]:
    return {f.text for f in facts_of([text], "da") if f.kind == kind}


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Kommissionen foreslår et ændringsbudget, så Rådet og Europa-Parlamentet kan hjælpe.",
         {"Kommissionen", "Rådet", "Europa-Parlamentet"}),
        ("Kommissionens analyse viste, at skaderne var store.", {"Kommissionen"}),
        ("Ministeren mener, at Regeringen tager fejl.", {"Regeringen"}),
    ],
)
def test_an_institution_by_its_definite_form(text: str, bodies: set[str]) -> None:
    assert bodies <= of_kind(text, "organisation")


@pytest.mark.parametrize(
    "text",
    ["Regeringen vil fremlægge et forslag i morgen.", "Ministeren sagde, at rådet skulle mødes igen."],
)
def test_a_common_noun_or_a_sentences_capital_is_no_institution(text: str) -> None:
    assert of_kind(text, "organisation") == set()


# round 52 (invented translated copy): a sentence quoted inside another opens with its own capital
@pytest.mark.parametrize(
    "text",
    [
        'Hun sagde: "Regeringen har lovet dette før."',
        "Ministeren tilføjede: »Regeringen svigter ikke.«",
        'Han sagde, "Regeringen har svigtet os."',
    ],
)
def test_the_government_opening_a_quoted_sentence_is_no_institution(text: str) -> None:
    assert "Regeringen" not in of_kind(text, "organisation")


@pytest.mark.parametrize(
    "text",
    ["Han kritiserede Regeringen for at svigte.", 'Hun sagde: "Vi stoler ikke på Regeringen."'],
)
def test_the_government_capitalised_inside_a_quoted_sentence_stays_an_institution(text: str) -> None:
    assert "Regeringen" in of_kind(text, "organisation")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("I Tolvien blev byen Kessmünd ved floden Varna særlig hårdt ramt.", {"Kessmünd", "Varna"}),
        ("Skibet sejlede til øen Tolvø i går.", {"Tolvø"}),
    ],
)
def test_a_place_after_its_kind(text: str, places: set[str]) -> None:
    assert places <= of_kind(text, "place")
    assert not places & {f.text for f in facts_of([text], "da") if f.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Kommissær for landbrug og udvikling af landdistrikter Hans Kessel udtalte, at det var godt.", "Hans Kessel",
         "Kommissær for landbrug og udvikling af landdistrikter"),
        ("Formand for fagforeningen Jens Holm siger nej.", "Jens Holm", "Formand for fagforeningen"),
    ],
)
def test_a_title_and_its_portfolio_of_several_words_before_a_name(text: str, name: str, role: str) -> None:
    assert {f.text: f.role for f in facts_of([text], "da") if f.kind == "person"} == {name: role}


def test_the_same_in_english_and_no_clause_in_the_portfolio() -> None:
    people = {f.text: f.role for f in facts_of(["Commissioner for agriculture and rural development Hans Kessel said no."])
              if f.kind == "person"}
    assert people == {"Hans Kessel": "Commissioner for agriculture and rural development"}


def test_eu_agencies_named_bare() -> None:
    assert {"Eurostat", "Frontex"} <= of_kind("Ifølge Eurostat steg ledigheden, og Frontex advarer.", "organisation")
