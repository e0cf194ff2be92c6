"""Organisations, round 11: classes of construction seen failing on real news, each tested on sentences written
for these tests (made-up names, and towns of the gazetteer for the rules that need a known town)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _orgs(paragraph: str) -> list[str]:
    return [f.text for f in facts_of([paragraph]) if f.kind == "organisation"]


def _named(paragraphs: list[str], language: str) -> dict[str, str]:
    return {f.text: f.kind for f in facts_of(paragraphs, language) if f.kind in ("organisation", "place")}


def test_a_file_name_is_no_site() -> None:
    orgs = _orgs("Download NOTES.md, setup.py and test_io.rs from the Tolvik archive.")
    assert not any("." in o for o in orgs)
    # a site named by its address, country domains included, stays an organisation
    assert "Kessa.md" in _orgs("The report was first published by Kessa.md on Monday.")


def test_towns_listed_with_a_found_town_are_no_organisations() -> None:
    named = _named([
        "Søndag gik korets tur til Viborg, Kalvby, Nørrelev og Viborg igen.",
        "Bagefter sang koret i Kalvby og i Nørrelev.",
    ], "da")  # fmt: skip
    assert named.get("Viborg") == "place"
    assert not any(kind == "organisation" for kind in named.values())


def test_a_regional_station_after_a_slash_is_one_broadcaster() -> None:
    named = _named(["Det siger Ib Dal til TV2/Fyn tirsdag."], "da")
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
    named = _named(["Det fortæller projektleder fra Dansk maler forbund Ib Brask."], "da")
    assert "Dansk" not in named


def test_bands_and_choirs_are_named_by_their_kind() -> None:
    orgs = _orgs("The fair opened with the Tolvik Brass Band and the Kessby Youth Choir on the green.")
    assert orgs == ["Tolvik Brass Band", "Kessby Youth Choir"]


def test_a_firm_named_after_its_founder_is_no_person() -> None:
    facts = facts_of(["The gin is distilled by Harold Brant & Sons Ltd for a chain of Kessby pubs."])
    assert [f.text for f in facts if f.kind == "person"] == []
    assert "Harold Brant & Sons Ltd" in [f.text for f in facts if f.kind == "organisation"]


def test_production_firms_are_named_by_their_kind() -> None:
    assert _orgs("The show came from Harbour Light Productions last year.") == ["Harbour Light Productions"]


def test_companies_listed_with_their_towns_are_organisations() -> None:
    facts = facts_of([
        "Grants went to Kessby Dynamics of Tulsa, Marlow Robotics of Omaha and Brenner Space of Fresno, Nevada.",
        "The firms chosen were Brellow Instruments (Spokane), Dorsey Thermal (Boise) and Fenwick Optics (Reno).",
    ])  # fmt: skip
    orgs = {f.text for f in facts if f.kind == "organisation"}
    assert {"Kessby Dynamics", "Marlow Robotics", "Brenner Space", "Brellow Instruments", "Dorsey Thermal",
            "Fenwick Optics"} <= orgs  # fmt: skip
    assert not [f.text for f in facts if f.kind == "person"]


def test_people_listed_with_their_towns_or_countries_stay_people() -> None:
    facts = facts_of(["The winners were Jane Roe of Hull and John Doe of Luton, ahead of Mira Holt (Peru)."])
    assert not [f.text for f in facts if f.kind == "organisation"]


def test_companies_in_their_towns_and_states_are_bodies_and_no_people() -> None:
    facts = facts_of([
        "Contracts went to Varnel Martin in Quarlby, Nebraska; Kessby Labs in Wichita and Quarrex in Akron.",
        "Assembly of the probe will be done by Varnel Martin, the agency said.",
    ])  # fmt: skip
    assert {"Varnel Martin", "Kessby Labs", "Quarrex"} <= {f.text for f in facts if f.kind == "organisation"}
    assert "Varnel Martin" not in [f.text for f in facts if f.kind == "person"]


def test_clubs_named_by_town_and_club_word_in_a_match_report() -> None:
    orgs = _orgs("Wigan City beat Swindon Athletic 2-0 in the semi-final, with a hat-trick from their striker.")
    assert "Wigan City" in orgs and "Swindon Athletic" in orgs
    # outside a match report the same shape is left alone, and a place of that shape is a place
    assert "Wigan City" not in _orgs("The Wigan City council met on Saturday.")
    assert "Mexico City" not in _orgs("Wigan City beat Mexico City 2-0 in the semi-final, and their striker scored.")


def test_one_word_companies_by_what_business_news_says_of_them() -> None:
    assert _orgs("Harwick, the supermarket chain, said profits fell.") == ["Harwick"]
    assert _orgs("Shares in Dravenko fell 5% on Monday.") == ["Dravenko"]
    assert _orgs("A Brannick spokesman said the company would appeal.") == ["Brannick"]
