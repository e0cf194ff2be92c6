"""World and business copy (round 55, wave 2, invented copy): bodies named by two fields joined by "and", bodies
whose first word is also a given name, and acronyms that spell an office holder's post."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def found(*sentences: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"organisation": set(), "person": set()}
    for fact in facts_of(list(sentences)):
        if fact.kind in out:
            out[fact.kind].add(fact.text)
    return out


def test_a_committee_on_two_fields_is_one_body() -> None:
    # org_names.split_at_and: a kind word right after "on"/"of" is a field and "and" adds another field
    orgs = found("Speaking before the Committee on Finance and Planning, Mr Otieno denied the claims.")["organisation"]
    assert "Committee on Finance and Planning" in orgs
    assert "Planning" not in orgs
    orgs = found("The Committee on Administration and Regional Security met at the Tolvik town hall.")["organisation"]
    assert "Committee on Administration and Regional Security" in orgs


def test_a_second_body_after_a_field_is_still_split() -> None:
    orgs = found("The Ministry of Finance and Kessby Bank signed the loan deal on Tuesday.")["organisation"]
    assert {"Ministry of Finance", "Kessby Bank"} <= orgs
    orgs = found("Officers from the Ministry of Administration and Tolvik Police were there.")["organisation"]
    assert {"Ministry of Administration", "Tolvik Police"} <= orgs


def test_a_body_opening_with_a_given_name_before_and_is_no_person() -> None:
    # people_run_bodies: "Kenya"-shaped first words (a country and a given name) open the body the acronym defines
    facts = found("Chief Ann Kamau said that Chad Power and Transit Company (CPTC) staff found the leak.")
    assert "Chad Power and Transit Company" in facts["organisation"]
    assert "Chad Power" not in facts["person"]
    assert "Ann Kamau" in facts["person"]


def test_two_people_joined_by_and_stay_people() -> None:
    facts = found("Jordan Ellis and Mary Lund founded the bakery in a garage.")
    assert {"Jordan Ellis", "Mary Lund"} <= facts["person"]


def test_an_acronym_spelling_a_post_is_no_body() -> None:
    # org_acronyms._office_spelt: "Director of Public Works (DPW)" names the post; "Public Works" is no body
    facts = found("Director of Public Works (DPW) Ann Kamau confirmed the road closure on Sunday.")
    assert "Public Works" not in facts["organisation"]
    assert "Ann Kamau" in facts["person"]
    assert not found("Inspector General of Kessland Police (IGKP) Ann Kamau spoke.")["organisation"] & {
        "Kessland Police",
        "Police",
    }


def test_a_directorate_and_a_district_acronym_stay_bodies() -> None:
    orgs = found("The Directorate of Public Works (DPW) confirmed the road closure on Sunday.")["organisation"]
    assert "Directorate of Public Works" in orgs
    orgs = found("Ann Kamau, chairman of the Kessby Farmers Union (KFU), spoke on Monday.")["organisation"]
    assert "Kessby Farmers Union" in orgs


def test_a_given_names_possessive_before_a_town_body_is_no_word_of_it() -> None:
    # org_names._given_name_owns_a_place_body: "Hector's" is the person's, "Leeds Union" the body
    orgs = found("She cannot match Hector's Leeds Union debating polish, a rival told the paper.")["organisation"]
    assert "Leeds Union" in orgs
    assert "Hector's Leeds Union" not in orgs


def test_a_possessive_that_is_the_firms_own_name_stays() -> None:
    orgs = found("Wendy's International Inc said its quarterly profits rose.")["organisation"]
    assert "Wendy's International Inc" in orgs
