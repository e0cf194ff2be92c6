"""Classes four real pages on research news showed (not kept), written again with made-up names: an honorific
between a role and a name ("study lead author Dr. James Roe") lost the role; "led by Dr. Sean Roe of Kessby
University" was one body swallowing the person; "in the patient's 50s" was fifty seconds; "a moment or two"
was a count of two."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, people_roles


def _kind(paragraphs: list[str], kind: str) -> list[str]:
    return [f.text for f in facts_of(paragraphs) if f.kind == kind]


def test_a_role_before_an_honorific_is_the_persons_role() -> None:
    people = people_roles(["According to Kessby researcher and study lead author Dr. James Roe, the effect is real."])
    assert people == {"James Roe": "Kessby researcher and study lead author"}
    # (a professor's title is a role of its own, kept beside the office)
    assert "Dunmore chief economist" in (people_roles(["Dunmore chief economist Prof. Ann Lee said it."])["Ann Lee"] or "")


def test_an_honorific_after_a_preposition_gives_no_role() -> None:
    assert people_roles(["He met with Dr. Ann Lee on Monday."]) == {"Ann Lee": None}


def test_an_honorific_and_a_name_before_of_are_a_person_then_a_body() -> None:
    paragraphs = ["A team led by Dr. Sean Roe of Kessby University, U.K., worked with others."]
    assert "Sean Roe" in _kind(paragraphs, "person")
    assert "Kessby University" in _kind(paragraphs, "organisation")
    assert not [name for name in _kind(paragraphs, "organisation") if name.startswith("Dr")]


def test_an_age_by_decade_after_a_possessive_noun() -> None:
    figures = [(f.value, f.unit, f.counts) for f in facts_of(["It often begins in the patient's 50s."])]
    assert (50.0, None, "age (patient)") in figures
    figures = [(f.value, f.counts) for f in facts_of(["Most of them were in their 20s and 40s."]) if f.value]
    assert figures == [(20.0, "age"), (40.0, "age")]


def test_a_moment_or_two_is_no_count() -> None:
    assert _kind(["All they need is a moment or two to remember a face."], "figure") == []
    assert _kind(["She has a brother or two sisters in the city."], "figure") == ["two"]
