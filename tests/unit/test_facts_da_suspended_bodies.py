"""Danish bodies whose name holds a suspended compound ("Medie- og Designskole"): a place's body named with one is
one organisation, and the first part alone names no body (found on an unseen Danish news page briefed through a
plain `pip install`: a school's name came out as two bodies cut at the hyphen)."""

from __future__ import annotations

from tests.unit.facts_helpers import names_by_kind, people_roles


def test_a_place_and_a_suspended_compound_name_one_body() -> None:
    found = names_by_kind(
        ["Ny uddannelse", "Lektor Mette Lund fra Danmarks Kunst- og Designakademi kalder planen modig."], "da"
    )
    assert "Danmarks Kunst- og Designakademi" in found["organisation"]
    assert not any(name.endswith("-") for kind in found.values() for name in kind)


def test_near_miss_a_lower_case_conjunct_leaves_no_piece_of_a_name() -> None:
    found = names_by_kind(["Kultur i byen", "Vestby Sports- og fritidsudvalg mødes i aften, siger Ole Berg."], "da")
    assert not any(name.endswith("-") for name in found["organisation"])
    assert "Ole Berg" in found["person"]


def test_near_miss_a_ministry_with_a_suspended_compound_is_read_as_before() -> None:
    found = names_by_kind(["Aftale", "Skatte- og Afgiftsministeriet sendte aftalen i høring i går."], "da")
    assert "Skatte- og Afgiftsministeriet" in found["organisation"]


def test_a_role_from_a_body_with_a_suspended_compound_keeps_its_whole_name() -> None:
    roles = people_roles(
        ["Ny plan", "Planen er ifølge lektor Jens Holt fra Vestjyllands Sø- og Fiskeriskole ikke ny."], "da"
    )
    assert roles.get("Jens Holt") == "lektor; fra Vestjyllands Sø- og Fiskeriskole"


def test_near_miss_a_role_from_a_body_stops_before_a_second_person() -> None:
    roles = people_roles(["Ny plan", "Det siger Jens Holt fra Venstre og Mette Dahl fra Radikale Venstre."], "da")
    assert roles.get("Jens Holt") == "fra Venstre"


def test_the_subject_of_according_to_is_no_person() -> None:
    found = names_by_kind(["Ny plan", "Ideen er ifølge forsker Lise Krogh fra Aarhus Universitet at spare."], "da")
    assert found["person"] == {"Lise Krogh"}


def test_three_suspended_parts_listed_with_commas_name_one_ministry() -> None:
    # (Danish ministries are often named so: the last part carries the noun all the parts share)
    found = names_by_kind(
        ["Kritik", "Vestpartiets ordfører, Ole Kjær, mener, at Fiskeri-, Havne- og Kystministeriet tøver."], "da"
    )
    assert "Fiskeri-, Havne- og Kystministeriet" in found["organisation"]
    assert not any(name.endswith("-") for kind in found.values() for name in kind)
    assert found["person"] == {"Ole Kjær"}


def test_near_miss_two_suspended_parts_read_as_before() -> None:
    found = names_by_kind(["Aftale", "Det oplyser Havne- og Kystministeriet efter mødet i Vestby."], "da")
    assert "Havne- og Kystministeriet" in found["organisation"]


def test_near_miss_lower_case_listed_parts_name_no_body_piece() -> None:
    found = names_by_kind(["Kultur", "Kultur-, fritids- og idrætsudvalget mødes i aften, siger Ole Berg."], "da")
    assert not any(name.endswith("-") for kind in found.values() for name in kind)
    assert "Ole Berg" in found["person"]
