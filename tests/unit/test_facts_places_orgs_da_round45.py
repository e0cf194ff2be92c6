"""Danish places and organisations, round 45: shapes an unseen check of Danish news pages (sport, business, health,
election and local copy; its half A) showed in two articles or more, each written again as made-up sentences with
made-up names, each with a near miss:

* a championship by its Danish initials ("VM", "EM", also heading a compound, "EM-kvalifikationen") and a league
  glued to a contest's noun ("X League-niveau") are contests, no bodies; a body glued to another noun ("X
  Bank-kunde") is the body before the hyphen, and a club's prefix before it ("Sporting X-angriberen") is part of
  the club's name;
* a definite common noun opening a sentence ("Mejerikoncernen venter ...") that the article also writes in lower
  case ("den fynske mejerikoncern") is no body;
* a compass word glued to a country's or region's name ("Sydchile", "Vestpolen") is a place;
* "Hviderusland", the name Danish news gives Belarus, is a place (so "Hvideruslands præsident" names no body).
"""

from __future__ import annotations

from tests.unit.facts_helpers import names_by_kind

# --- championships, leagues and clubs glued to a noun ------------------------------------------------------------


def test_a_championship_by_its_initials_is_no_body() -> None:
    found = names_by_kind(
        [
            "Holdet er klar",
            "Landstræner Bo Ravnsborg tager 23 spillere med til VM i Chile.",
            "Ved VM for fire år siden tabte holdet i første runde.",
            "Sidste VM endte med en sølvmedalje, og målet er guld.",
        ],
        "da",
    )
    assert "VM" not in found["organisation"]
    assert "Chile" in found["place"]


def test_near_miss_an_acronym_named_in_three_sentences_stays_a_body() -> None:
    found = names_by_kind(
        [
            "Holdet er klar",
            "Landstræner Bo Ravnsborg har talt med DBU om truppen.",
            "Ifølge DBU er alle spillere raske.",
            "DBU vil fortsætte samarbejdet efter turneringen.",
        ],
        "da",
    )
    assert "DBU" in found["organisation"]


def test_a_league_glued_to_a_contests_noun_is_no_body() -> None:
    found = names_by_kind(
        ["Oprykning", "Truppen skal nu spille på det allerhøjeste Nordic League-niveau efter oprykningen."], "da"
    )
    assert not {name for name in found["organisation"] if "League" in name}


def test_near_miss_a_body_glued_to_another_noun_is_the_body() -> None:
    found = names_by_kind(["Gebyrer", "Det kostede en Halby Bank-kunde dyrt, skriver avisen."], "da")
    assert "Halby Bank" in found["organisation"]
    assert "Halby Bank-kunde" not in found["organisation"]


def test_a_club_glued_to_a_job_keeps_its_prefix() -> None:
    found = names_by_kind(
        ["Truppen er udtaget", "Sporting Kessby-angriberen Mia Dahl er ikke med i den nye trup."], "da"
    )
    assert "Sporting Kessby" in found["organisation"]
    assert "Kessby" not in found["organisation"]


def test_near_miss_a_club_named_alone_stays_the_club() -> None:
    found = names_by_kind(["Squad named", "The Sporting Kessby striker Mia Dahl was left out of the squad."])
    assert "Sporting Kessby" in found["organisation"]


# --- a common noun opening a sentence ------------------------------------------------------------------------------


def test_a_common_noun_opening_a_sentence_and_written_in_lower_case_is_no_body() -> None:
    found = names_by_kind(
        [
            "Overskud hos mejeriet",
            "Den fynske mejerikoncern Tolvik Mælk fik et godt år.",
            "Mejerikoncernen venter et lidt lavere resultat næste år.",
        ],
        "da",
    )
    assert "Mejerikoncernen" not in found["organisation"]
    assert "Tolvik Mælk" in found["organisation"]


def test_near_miss_an_agency_opening_a_sentence_stays_a_body() -> None:
    found = names_by_kind(
        ["Færre fisk", "Fiskeristyrelsen venter et lavere fangstniveau næste år.", "Det skriver avisen."], "da"
    )
    assert "Fiskeristyrelsen" in found["organisation"]


def test_near_miss_a_name_capitalised_inside_a_sentence_stays_a_body() -> None:
    found = names_by_kind(
        [
            "Ny havn",
            "Havnekommissionen regner med, at byggeriet tager to år.",
            "Ifølge Havnekommissionen er en ny havnekommission ikke nødvendig.",
        ],
        "da",
    )
    assert "Havnekommissionen" in found["organisation"]


# --- places -----------------------------------------------------------------------------------------------------


def test_a_compass_word_glued_to_a_country_is_a_place() -> None:
    found = names_by_kind(
        ["Turister kom hjem", "Mange turister er vendt hjem fra Sydchile og Vestpolen i denne uge."], "da"
    )
    assert {"Sydchile", "Vestpolen"} <= found["place"]


def test_near_miss_a_compass_word_glued_to_a_common_word_is_no_place() -> None:
    found = names_by_kind(["Turister kom hjem", "Mange turister så nordlys, og Vestager og Nordlund var med."], "da")
    assert not found["place"]


def test_belarus_by_its_danish_name_is_a_place_and_owns_no_job() -> None:
    found = names_by_kind(["Valg", "Storsejr til Hvideruslands præsident ved valget søndag."], "da")
    assert "Hviderusland" in found["place"]
    assert not found["organisation"]
