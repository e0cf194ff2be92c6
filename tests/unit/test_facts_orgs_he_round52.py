"""Hebrew investment houses of market copy (round 52, second pass), written with made-up names: "בית ההשקעות X"
and "בנק ההשקעות X" name the broker X; the kind alone, or with a definite adjective, names none."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _orgs(paragraphs: list[str]) -> list[str]:
    return [f.text for f in facts_of(paragraphs, "he") if f.kind == "organisation"]


def test_an_investment_house_and_its_name() -> None:
    assert "גלבוע-שקד" in _orgs(["בית ההשקעות גלבוע-שקד המליץ על רכישת המניה."])


def test_an_investment_house_after_a_cue_of_saying() -> None:
    assert "תמרור" in _orgs(["לדברי בית ההשקעות תמרור, המניה זולה."])


def test_an_investment_bank_is_named_by_its_own_name() -> None:
    orgs = _orgs(["בנק ההשקעות אלונית המליץ על רכישת המניה."])
    assert "אלונית" in orgs and "בנק ההשקעות" not in orgs


def test_near_miss_the_kind_alone_names_no_house() -> None:
    assert _orgs(["בית ההשקעות המליץ על רכישת המניה."]) == []


def test_near_miss_the_kind_and_a_definite_adjective() -> None:
    assert not any("הגדול" in o for o in _orgs(["בית ההשקעות הגדול בישראל המליץ על המניה."]))
