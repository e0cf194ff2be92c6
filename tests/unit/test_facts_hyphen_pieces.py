"""A hyphenated name after a place ("Europa-Kommissionen", "Ottawa-born X") leaves no person made of its second
half, and a Danish hyphenated body's genitive is the body (made-up sentences)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def test_the_piece_after_a_places_hyphen_is_no_person() -> None:
    facts = facts_of(["Næste år fremlægger Europa-Mesterne en plan for byen."], "da")
    assert not [f.text for f in facts if f.kind == "person"]


def test_a_hyphenated_born_in_leaves_the_person_whole() -> None:
    people = [f.text for f in facts_of(["The Leeds-born Halvorsen was denied bail on Friday."]) if f.kind == "person"]
    assert not [p for p in people if p.startswith("-")], people


def test_a_danish_hyphenated_bodys_genitive_is_the_body() -> None:
    facts = facts_of(["Europa-Kommissionens formand, Jens Halvorsen, talte i går."], "da")
    assert "Europa-Kommissionen" in [f.text for f in facts if f.kind == "organisation"]
    assert "Europa" not in [f.text for f in facts if f.kind == "place"]
