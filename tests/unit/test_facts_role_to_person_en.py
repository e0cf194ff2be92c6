"""people_phrase_roles: a role noun, "to" or "for", and the person it serves, set off by a comma before a name ("the
court heard from a former personal assistant to Tom Roe, Jane Doe") is the role of the name after the comma; the
capitalised name closing the phrase is the role's complement, not another name of a list. Made-up sentences, with
near misses that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles


def _roles(sentence: str) -> dict[str, str | None]:
    return people_roles(["Local news", sentence])


def test_a_role_to_a_person_before_a_name_is_its_role() -> None:
    roles = _roles("The tribunal then heard from a former personal assistant to Aldo Crane, Winifred Pask.")
    assert "assistant" in (roles["Winifred Pask"] or "")
    assert roles["Aldo Crane"] is None
    roles = _roles("Evidence was given by the solicitor for Aldo Crane, Winifred Pask.")
    assert "solicitor" in (roles["Winifred Pask"] or "")


def test_a_thing_sent_to_a_person_gives_no_role() -> None:
    # "a letter to Aldo Crane, Winifred Pask said": no role noun before "to", the name after the comma speaks
    roles = _roles("She sent a letter to Aldo Crane, Winifred Pask said.")
    assert roles.get("Winifred Pask") is None
    roles = _roles("Guests at the dinner included Aldo Crane, Winifred Pask and Tomasz Ulm.")
    assert roles.get("Winifred Pask") is None
