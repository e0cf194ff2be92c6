"""A Danish company named with its legal form "A/S" after an ampersand name keeps the form whole (round 57, made-up
names): the name was cut at the slash ("Holm & Søn A"). Near miss: a name without the form is read as before."""

from __future__ import annotations

from tests.unit.facts_helpers import names_by_kind


def test_an_ampersand_company_keeps_its_form_whole() -> None:
    found = names_by_kind(["Handel", "Købet af Kvist & Søn A/S er på plads, oplyser køberen."], "da")
    assert "Kvist & Søn A/S" in found["organisation"]
    assert "Kvist & Søn A" not in found["organisation"]


def test_near_miss_an_ampersand_company_without_the_form() -> None:
    found = names_by_kind(["Handel", "Købet af Kvist & Søn er på plads, oplyser køberen."], "da")
    assert "Kvist & Søn" in found["organisation"]
