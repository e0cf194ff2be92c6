"""Classes three real pages on company appointments showed (not kept), written again with made-up names: a
person whose surname is a street's word ("Ray Lane") was a place too; "former Dunmore Chief Executive Meg Roe"
made "Chief Executive" a body; "senior vice president of Communications" made the department a body."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _named(paragraphs: list[str], kind: str) -> list[str]:
    return [f.text for f in facts_of(paragraphs) if f.kind == kind]


def test_a_persons_full_name_is_no_place() -> None:
    paragraphs = ["Ray Lane has moved from non-executive chairman to executive chairman.", '"We are glad," said Lane.']
    assert "Ray Lane" in _named(paragraphs, "person")
    assert "Ray Lane" not in _named(paragraphs, "place")


def test_a_street_after_a_place_preposition_stays_a_place() -> None:
    paragraphs = ["The fire started at a house in Mill Lane.", "Mill Lane was closed for hours."]
    assert "Mill Lane" not in _named(paragraphs, "person")


def test_a_chief_executives_title_is_no_body() -> None:
    orgs = _named(["Kessby named former Dunmore Chief Executive Meg Parrish its president."], "organisation")
    assert not [name for name in orgs if "Chief Executive" in name]
    orgs = _named(["Tolvik named former eBay Chief Executive Meg Parrish its president."], "organisation")
    assert "eBay" in orgs and not [name for name in orgs if "Chief" in name]


def test_a_department_after_vice_president_of_is_no_body() -> None:
    paragraphs = ["Kessby also named Niel Orly as the company's senior vice president of Communications."]
    assert "Communications" not in _named(paragraphs, "organisation")
    paragraphs = ["Jane Roe is head of Marketing at the bank."]
    assert "Marketing" not in _named(paragraphs, "organisation")


def test_an_employer_after_president_of_is_still_a_body() -> None:
    paragraphs = ["Tom Gray, the president of Dunmore Holdings, said the deal was done."]
    assert "Dunmore Holdings" in _named(paragraphs, "organisation")


def test_a_document_defined_with_an_acronym_is_no_body() -> None:
    paragraphs = [
        "The agencies signed a Memorandum of Understanding (MOU) to work together.",
        "The MOU runs for five years, and the Harbour Safety Act (HSA) backs it.",
    ]
    orgs = _named(paragraphs, "organisation")
    assert not [name for name in orgs if name.startswith("Memorandum") or name.endswith("Act")]


def test_a_body_defined_with_an_acronym_stays_a_body() -> None:
    orgs = _named(["The Harbour Safety Agency (HSA) signed it.", "The HSA will report in June."], "organisation")
    assert "Harbour Safety Agency" in orgs


def test_a_portfolio_after_secretary_of_the_is_no_body() -> None:
    paragraphs = [
        "Secretary of the Treasury Anna Perlow and Secretary of Labour Tom Gray met on Monday.",
        '"It went well," said Secretary of the Treasury Anna Perlow, as Secretary of Labour Tom Gray left.',
    ]
    orgs = _named(paragraphs, "organisation")
    assert "Treasury" not in orgs and "Labour" not in orgs


def test_a_programme_before_a_job_is_part_of_the_title() -> None:
    paragraphs = ['"We are ready," said Lia Brandt, Lunar Cargo Program Manager at the Kessby Flight Center.']
    orgs = _named(paragraphs, "organisation")
    assert "Lunar Cargo Program" not in orgs and "Kessby Flight Center" in orgs


def test_a_titled_person_named_like_a_street_is_no_place() -> None:
    paragraphs = ["The mayor lifted a curfew in Rockhill and Dunmore Mayor Donald Street rescinded the emergency."]
    assert "Donald Street" in _named(paragraphs, "person")
    assert not [name for name in _named(paragraphs, "place") if "Street" in name]


def test_a_street_after_on_stays_a_place_whoever_shares_its_name() -> None:
    paragraphs = ["Traffic was stopped on Donald Street and Mill Road for hours."]
    assert {"Donald Street", "Mill Road"} <= set(_named(paragraphs, "place"))


def test_a_beach_town_named_after_a_known_region_is_a_place_not_a_person() -> None:
    paragraphs = [
        "Storm floods Carolina Beach, leading to dozens of rescues",
        "That was not the only rescue in Carolina Beach Monday, the town manager said.",
    ]
    assert "Carolina Beach" in _named(paragraphs, "place")
    assert "Carolina Beach" not in _named(paragraphs, "person")
