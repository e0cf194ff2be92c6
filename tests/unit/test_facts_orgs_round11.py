"""Organisations, round 11: classes of construction seen failing on real news, each tested on sentences written
for these tests (made-up names only)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _orgs(paragraph: str) -> list[str]:
    return [f.text for f in facts_of([paragraph]) if f.kind == "organisation"]


def test_a_file_name_is_no_site() -> None:
    orgs = _orgs("Download README.md, setup.py and test_io.rs from the Tolvik archive.")
    assert not any("." in o for o in orgs)
    # a site named by its address, country domains included, stays an organisation
    assert "Kessa.md" in _orgs("The report was first published by Kessa.md on Monday.")


def _named(paragraphs: list[str], language: str) -> dict[str, str]:
    return {f.text: f.kind for f in facts_of(paragraphs, language) if f.kind in ("organisation", "place")}


def test_towns_listed_with_a_found_town_are_no_organisations() -> None:
    named = _named([
        "For Jon Dal og hans band gik turen tirsdag til Vestrup, Kalvby, Nørrelev og Vestrup.",
        "Bagefter kørte de fra Kalvby til Nørrelev.",
    ], "da")  # fmt: skip
    assert named.get("Vestrup") == "place"
    assert not any(kind == "organisation" for kind in named.values())


def test_a_regional_station_after_a_slash_is_one_broadcaster() -> None:
    named = _named(["- Det var sjovt, fortalte Jon Dal TV2/Fyn tirsdag."], "da")
    assert named.get("TV2/Fyn") == "organisation"
    assert "TV2" not in named


def test_an_acronym_written_as_a_word_stands_for_the_name_it_spells() -> None:
    named = _named([
        "Tolvik Fisheries news",
        "The review covers the Ministry for Tolvik Fisheries, Harbours & Rivers (Mtfhr) and its regulators.",
        "Mtfhr said on Monday that the review would report next year.",
    ], "en")  # fmt: skip
    assert named == {"Ministry for Tolvik Fisheries, Harbours & Rivers": "organisation"}
    # a word in brackets whose letters are no initials of the name stays out ("(Friday)")
    assert "Friday" not in _named(["The Tolvik Harbour Board meets tomorrow (Friday) at noon."], "en")


def test_a_peoples_adjective_alone_is_no_body_the_danish_tagger_names() -> None:
    # the tagger cuts "Dansk maler forbund" (its words in lower case) to its capitalised first word
    named = _named(["Det fortæller projektleder fra Dansk maler forbund Ole Brask."], "da")
    assert "Dansk" not in named


def test_bands_and_choirs_are_named_by_their_kind() -> None:
    orgs = _orgs("The evening included performances by the Tolvik Gay Big Band and the Tolvik Gay Men's Chorus.")
    assert orgs == ["Tolvik Gay Big Band", "Tolvik Gay Men's Chorus"]


def test_a_firm_named_after_its_founder_is_no_person() -> None:
    facts = facts_of(["The vodka is made by Harold Brant & Sons USA, a subsidiary of a Kessby group."])
    assert [f.text for f in facts if f.kind == "person"] == []
    assert "Harold Brant & Sons USA" in [f.text for f in facts if f.kind == "organisation"]


def test_production_firms_are_named_by_their_kind() -> None:
    assert _orgs("The show came from Harbour Light Productions last year.") == ["Harbour Light Productions"]


def test_companies_listed_with_their_towns_are_organisations() -> None:
    facts = facts_of([
        "The selected companies are Kessby Dynamics of Houston, Marlow Robotics of Denver and Brenner Space of "
        "Tucson, Arizona.",
        "The firms chosen were Barlow Instruments (Seattle), Dorsey Thermal (Austin) and Fenwick Optics (Miami).",
    ])  # fmt: skip
    orgs = {f.text for f in facts if f.kind == "organisation"}
    assert {"Kessby Dynamics", "Marlow Robotics", "Brenner Space", "Barlow Instruments", "Dorsey Thermal",
            "Fenwick Optics"} <= orgs  # fmt: skip
    assert not [f.text for f in facts if f.kind == "person"]


def test_people_listed_with_their_towns_or_countries_stay_people() -> None:
    facts = facts_of(["The winners were Jane Roe of Leeds and John Doe of York, ahead of Mira Holt (Kenya)."])
    assert not [f.text for f in facts if f.kind == "organisation"]


def test_clubs_named_by_city_and_nickname_in_a_match_report() -> None:
    orgs = _orgs(
        "The Denver Badgers beat the Boston Red Wings 3-1 in the semifinal on Saturday, with a hat-trick from "
        "their striker, after a goalkeeper's error."
    )
    assert "Denver Badgers" in orgs and "Boston Red Wings" in orgs
    orgs = _orgs("Leicester City beat Oldham Athletic 2-0 in the semi-final, with a hat-trick from their striker.")
    assert "Leicester City" in orgs and "Oldham Athletic" in orgs
    # outside a match report the same shape is left alone
    assert "Denver Badgers" not in _orgs("The Denver Badgers protest drew a crowd on Saturday.")


def test_one_word_companies_by_what_business_news_says_of_them() -> None:
    assert _orgs("Harwick, the supermarket chain, said profits fell.") == ["Harwick"]
    assert _orgs("Shares in Dravenko fell 5% on Monday.") == ["Dravenko"]
    assert _orgs("A Brannick spokesman said the company would appeal.") == ["Brannick"]


def test_companies_in_their_towns_and_states_are_bodies_and_no_people() -> None:
    facts = facts_of([
        "The team includes Varnel Martin in Littlefold, Colorado; Kessby Labs in Tucson, Arizona and Quarrex in "
        "Tempe, Arizona.",
        "Spacecraft design and recovery were done by Varnel Martin, the agency said.",
    ])  # fmt: skip
    assert {"Varnel Martin", "Kessby Labs", "Quarrex"} <= {f.text for f in facts if f.kind == "organisation"}
    assert "Varnel Martin" not in [f.text for f in facts if f.kind == "person"]
