"""Organisations and places, twenty-first round: classes found by reading real English news pages whole
(government departments in Asia and Africa, Indian and Nigerian courts and parties, UK councils and NHS trusts,
business, sport, research), each checked on made-up variants and look-alikes. Every name here is made up
(well-known bodies and places aside); no sentence of the pages is copied.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _kind(paragraphs: list[str], kind: str) -> list[str]:
    return [f.text for f in facts_of(paragraphs, "en") if f.kind == kind]


def _orgs(sentence: str) -> list[str]:
    return _kind([sentence], "organisation")


def test_a_department_named_by_a_list_of_fields_keeps_them_all() -> None:
    found = _orgs("The panel is made of the Ministry of Finance, the Ministry of Labour, Fisheries and Population, "
                  "and the Ministry of Culture.")
    assert "Ministry of Labour, Fisheries and Population" in found
    assert {"Ministry of Finance", "Ministry of Culture"} <= set(found)
    assert "Department for Environment, Food and Rural Affairs" in _orgs(
        "The Department for Environment, Food and Rural Affairs said so.")
    assert "Department for Culture, Media and Sport" in _orgs("The Department for Culture, Media and Sport said so.")
    # names after the comma are bodies of their own, and so are words only a body is
    assert set(_orgs("The Ministry of Finance, Oxfam and Unicef met on Monday.")) >= {"Ministry of Finance", "Oxfam"}
    assert "Ministry of Health" in _orgs("Officials from the Ministry of Health, Police and Army attended.")
    assert _orgs("The Ministry of Trade and Industry said so.") == ["Ministry of Trade and Industry"]


def test_two_bodies_joined_by_and_when_the_second_is_built_x_kind_of_y() -> None:
    found = _orgs("Researchers from the University of Tolvik Health and Brenna College of Medicine found the link.")
    assert set(found) == {"University of Tolvik Health", "Brenna College of Medicine"}
    assert set(_orgs("The Bank of Tolvik and Bank of Brenna agreed.")) == {"Bank of Tolvik", "Bank of Brenna"}
    # a person of a second body after "and"
    text = ["The study was led by Mary Lane of the Tolvik Museum of Natural History and Jane Roe of Brenna "
            "University, who said so."]
    assert set(_kind(text, "organisation")) == {"Tolvik Museum of Natural History", "Brenna University"}
    assert "Jane Roe" in _kind(text, "person")
    # fields after "and" stay in the one name
    for one in ("Department of Health and Human Services", "Ministry of Health and Family Welfare",
                "School of Oriental and African Studies"):
        assert _orgs(f"The {one} said so.") == [one]


def test_a_club_named_by_a_players_position_or_the_club_a_signing_leaves() -> None:
    text = [
        "Harwood completed the signing of striker Tom Pell from Wigan on a four-year deal on Tuesday.",
        "Harwood also announced the signing of Preston attacker Jon Rudd on loan.",
        "The forward scored 20 goals in the league last season, and the midfielder joined in the transfer window.",
    ]
    assert {"Wigan", "Preston"} <= set(_kind(text, "organisation"))
    assert not {"Wigan", "Preston"} & set(_kind(text, "place"))
    # outside a sports story a town after "from" is the place
    assert "Preston" in _kind(["The firm signed a deal with Tom Pell, a builder from Preston, on Monday."], "place")


def test_places_joined_by_ampersand_before_a_firms_words_are_one_firm() -> None:
    assert _orgs("Ruritania & Kessland Banking Group said profits rose.") == ["Ruritania & Kessland Banking Group"]
    assert "Tolvik & Brenna Holdings Ltd." in _orgs("Tolvik & Brenna Holdings Ltd. (TBH) noted the review.")
    assert _orgs("Smith & Nephew said profits rose.") == ["Smith & Nephew"]


def test_a_capitalised_for_inside_a_bodys_name() -> None:
    assert _orgs("The minister asked the National Bureau For Cooperatives to act.") == [
        "National Bureau For Cooperatives"
    ]
    assert _orgs("The National Commission For Refugees said so.") == ["National Commission For Refugees"]


def test_the_building_a_body_sits_in_is_no_word_of_its_name() -> None:
    assert _orgs("Staff gathered at the Ministry of Lands and Housing Headquarters on Monday.") == [
        "Ministry of Lands and Housing"
    ]
    assert _orgs("Staff gathered at the Ministry of Lands Building.") == ["Ministry of Lands"]
    assert _orgs("The Department of Building said so.") == ["Department of Building"]


def test_an_adjective_of_the_person_before_party_leader_is_no_party() -> None:
    assert "Senior" not in _orgs("Senior party leader Jon Pell accused the Harbour Alliance of lying.")
    assert "Veteran" not in _orgs("Veteran party member Jon Pell spoke.")
    assert "Harbour" in _orgs("The minister met Harbour party leader Jon Pell.")


def test_a_courts_papers_capitalised_in_legal_copy_are_no_bodies() -> None:
    text = [
        "The court said the 1999 Constitution allows the commission to act.",
        "The Suit filed by the Harbour Party failed, and the Constitution was upheld.",
        "The judge said the Constitution was clear.",
    ]
    found = _kind(text, "organisation")
    assert "Constitution" not in found and "Suit" not in found
    assert "Harbour Party" in found


def test_a_state_spelled_without_its_diacritics_is_a_place() -> None:
    # ISO 3166-2 writes "Karnātaka", "Mahārāshtra", "Tamil Nādu"; news writes them plain
    text = ["The State of Karnataka voted in May, and Tamil Nadu and Maharashtra will vote next year."]
    assert {"Karnataka", "Tamil Nadu", "Maharashtra"} <= set(_kind(text, "place"))
    # a short plain spelling is no place ("Bale" for Balé, "Para" for Pará): a name or a word
    assert "Bale" not in _kind(["Tom Bale scored twice for Harwood on Saturday."], "place")
    # a short plain spelling of a region is too often a family name ("Tavus" for Tavuš)
    assert "Tavus" not in _kind(["The study was led by Jane Tavus of Brenna University."], "place")
    assert "Bihar" in _kind(["The police in Bihar were warned."], "place")  # a federal state of five letters


def test_a_lake_named_after_a_family_name_is_a_place() -> None:
    text = ["Their ferry capsized on Lake Garner on Sunday.", "Boats try to cross Lake Garner every week."]
    assert "Lake Garner" in _kind(text, "place")
    assert "Lake Garner" not in _kind(text, "person")
    assert "Ricki Lake" in _kind(["Actress Ricki Lake said so."], "person")


def test_two_areas_named_before_their_kind_in_the_plural_or_in_quote_marks() -> None:
    text = ["The Tolvik Hills and Brenna Wadag districts were the worst hit."]
    assert {"Tolvik Hills", "Brenna Wadag"} <= set(_kind(text, "place"))
    assert {"Tolvin", "Brenmark"} <= set(_kind(["Officials in the Tolvin and Brenmark regions said so."], "place"))
    assert "Kilometer Nine" in _kind(['The city\'s "Kilometer Nine" area was hit again.'], "place")
    assert _kind(["Both Labour and Conservative councils agreed."], "place") == []


def test_a_state_defined_with_its_acronym_is_a_place_not_a_body() -> None:
    text = ["The Democratic Republic of Congo (DRC) government confirmed the toll on Monday."]
    assert "Democratic Republic of Congo" in _kind(text, "place")
    assert _kind(text, "organisation") == []


def test_a_religious_figure_named_twice_is_no_body() -> None:
    text = ["A statue of Buddha stands near the gate.", "Pilgrims say Buddha taught under the tree."]
    assert "Buddha" not in _kind(text, "organisation")


def test_an_acronym_owning_a_named_show_is_a_body() -> None:
    assert "XBC" in _orgs("During an appearance on XBC's Meet the Press, Tom Pell said the enemy is strong.")
    assert _orgs("He used GPS for the trip.") == []


def test_a_firm_whose_shares_an_owner_holds() -> None:
    assert "Brevanta" in _orgs("Harlow Motors has sold a majority of its Brevanta shares.")
    assert "Quelmark" in _orgs("The fund sold its entire Quelmark stake last year.")
    assert _orgs("The firm raised its Christmas bonus.") == []


def test_a_firm_based_in_a_town_and_state_in_apposition() -> None:
    text = "Tolvik Materials, the Carson City, Nev.-based recycling startup founded by Jon Pell, won a loan."
    assert "Tolvik Materials" in _orgs(text)
    assert "Jane Roe" in _kind(["Jane Roe, the Carson City, Nev.-based lawyer, said so."], "person")


def test_a_word_set_in_capitals_opening_a_paragraph_is_no_acronym() -> None:
    assert _orgs("THE Ghana High Commission in Nairobi is seeking funding.") == ["Ghana High Commission"]
    assert "QRS Kenya" in _orgs("PINK Ruritania said so, and QRS Kenya agreed.")


def test_a_ministers_portfolio_after_for_is_no_body() -> None:
    assert _orgs("Mr Tom Pell, minister for Lands and Natural Resources, says the plan works.") == []
    assert _orgs("He also acted as commissioner for the Tolvik Truth and Reconciliation Commission.") == [
        "Tolvik Truth and Reconciliation Commission"
    ]
    assert "Tolvik Holdings" in _orgs("A spokesman for Tolvik Holdings said so.")


def test_a_post_between_a_bodys_letters_and_the_part_it_heads() -> None:
    assert "OCSD" in _orgs("The grant would pay for training, OCSD Director of Student Services Jon Pell said.")
    assert "OCSD Director of Student Services" not in _orgs(
        "The grant would pay for training, OCSD Director of Student Services Jon Pell said.")


def test_a_us_dateline_with_the_states_ap_abbreviation_and_the_station() -> None:
    text = ["MONTGOMERY, Ala. (WKRX) - The Montgomery Police Department is mourning one of its own."]
    assert {"MONTGOMERY", "Ala."} <= set(_kind(text, "place"))
    assert "WKRX" in _kind(text, "organisation")
    text = ["ROCHESTER, N.Y. (WKRX)— The district said so."]
    assert "N.Y." in _kind(text, "place") and "WKRX" in _kind(text, "organisation")
    assert _kind(["(Photo) - Stocks fell."], "organisation") == []
    # the abbreviation is a state only in a dateline
    assert "Ala." not in _kind(["The wing, Ala. 4, was closed."], "place")


def test_a_district_named_by_a_place_word_is_an_area_not_a_body() -> None:
    text = ["The school is in the Tolvik District of the Volta region."]
    assert "Tolvik District" in _kind(text, "place")
    assert _kind(text, "organisation") == []
    assert "Tolvik District" in _kind(["He lives in the Tolvik District."], "place")
    # a district that serves is a body; a court's district is neither
    assert "Harbour Water District" in _orgs("The Harbour Water District said so.")
    assert "Western District" not in _kind(["He is the US Attorney for the Western District of Texas."], "place")
