"""UK and Irish institutions copy (round 56, invented copy): councils written with their kind in lower case, the
BBC's radio stations by name (org_local_bodies_en), and bodies named after a royal (org_names.named_after_a_royal)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def kinds(*sentences: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"organisation": set(), "place": set(), "person": set()}
    for fact in facts_of(list(sentences)):
        if fact.kind in out:
            out[fact.kind].add(fact.text)
    return out


def test_a_council_with_its_kind_in_lower_case_is_one_body() -> None:
    found = kinds("Mary Tolbin won the Kessby North seat on Dunmore district council after a recount on Thursday.")
    assert "Dunmore district council" in found["organisation"]
    found = kinds("A caller rang Haverleigh borough council and Stoke city council with the same story.")
    assert {"Haverleigh borough council", "Stoke city council"} <= found["organisation"]
    assert "Stoke" not in found["place"]


def test_a_council_named_after_a_place_with_and() -> None:
    found = kinds("Tom Roe said Cheshire West and Chester council had approved the scheme.")
    assert "Cheshire West and Chester council" in found["organisation"]


def test_a_known_place_and_a_bare_council() -> None:
    # a place the gazetteer knows, then "council" alone
    found = kinds("Tom Roe, who led Lancashire council for a decade, said the plan was unfair.")
    assert "Lancashire council" in found["organisation"]


def test_a_party_before_the_council_is_no_word_of_its_name() -> None:
    found = kinds("The Labour-run Dunmore borough council raised its charges on Tuesday.")
    assert "Dunmore borough council" in found["organisation"]
    assert not {name for name in found["organisation"] if name.startswith("Labour-run")}


def test_near_misses_of_councils_unchanged() -> None:
    # no place before a bare "council"; the tax a council levies; the capitalised name org_runs reads
    found = kinds("The Labour council met on Tuesday and voted against the plan.")
    assert not {name for name in found["organisation"] if name.endswith("council")}
    found = kinds("Residents of Kessby paid more in Leeds council tax this year than last.")
    assert not {name for name in found["organisation"] if name.endswith("council")}
    found = kinds("Dunmore District Council approved the budget on Monday.")
    assert "Dunmore District Council" in found["organisation"]


def test_a_bbc_local_station_is_one_body() -> None:
    found = kinds("Jo Roe told BBC Radio Stoke that the closure was a mistake.")
    assert "BBC Radio Stoke" in found["organisation"]
    assert "BBC" not in found["organisation"]
    found = kinds("He told BBC Radio Wales' breakfast programme that he would stand.")
    assert "BBC Radio Wales" in found["organisation"]


def test_the_bbcs_numbered_networks_unchanged() -> None:
    assert "BBC Radio Five Live" in kinds("He told BBC Radio Five Live he was sorry.")["organisation"]
    assert "BBC Radio 4" in kinds("She spoke to BBC Radio 4's Today programme.")["organisation"]


def test_a_body_named_after_a_royal_keeps_the_title() -> None:
    found = kinds("The study was led by researchers at Queen Mary University of London.")
    assert "Queen Mary University of London" in found["organisation"]
    found = kinds("He was treated at King Edward VII Hospital in Windsor.")
    assert "King Edward VII Hospital" in found["organisation"]


def test_a_titled_person_before_a_body_unchanged() -> None:
    found = kinds("Director Jane Roe of the University of Kessby spoke on Monday.")
    assert "University of Kessby" in found["organisation"]
    assert "Jane Roe" in found["person"]
    found = kinds("Queen Elizabeth opened the new wing of the Kessby Hospital on Friday.")
    assert "Kessby Hospital" in found["organisation"]
    assert not {name for name in found["organisation"] if name.startswith("Queen")}


def test_an_electoral_ward_is_a_place() -> None:
    # place_features._wards: a ward named before its kind, in a sentence about seats and votes
    found = kinds("Jane Tolbin was elected for Kessby North ward of Dunmore district council on Thursday.")
    assert "Kessby North" in found["place"]
    found = kinds("The seat in Abbeyfield ward fell vacant after the councillor resigned.")
    assert "Abbeyfield" in found["place"]


def test_a_hospital_ward_and_a_partys_ward_are_no_places() -> None:
    found = kinds("Patients on the Rainbow ward at Kessby hospital were moved on Monday.")
    assert "Rainbow" not in found["place"]
    found = kinds("The Labour ward voted for the plan at the council meeting.")
    assert "Labour" not in found["place"]


def test_the_owner_after_owned_by_is_a_body() -> None:
    # org_kinds.owned_names: what owns, operates or bought a firm, after the verb
    found = kinds("Problems began when Tolvik Talk, owned by Harbour Warehouse, launched its offer.")
    assert "Harbour Warehouse" in found["organisation"]
    assert "Kessby Holdings" in kinds("The chain was acquired by Kessby Holdings last year.")["organisation"]


def test_a_person_or_a_common_word_after_owned_by_unchanged() -> None:
    found = kinds("The hotel, owned by Jane Tolbin, closed on Monday.")
    assert "Jane Tolbin" not in found["organisation"]
    assert "Government" not in kinds("The site is operated by the Government.")["organisation"]
