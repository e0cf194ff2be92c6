"""people_roles.member_of (round 49, k-ensport49): a person "at" an event or venue whose name closes the sentence
("a defeat against X at the Harlow Open.") was there, no member of it, as the same name inside the sentence already
read; a body after "at" ("X at Acme Corp. said") stays the role. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _roles(sentence: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([sentence]) if f.kind == "person"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Mira Tolk had not lost in Harlow since a defeat against Jana Dee at the Harlow Open.", "Jana Dee"),
        ("The last man to beat him was Jon Roe at the Kessby Championships.", "Jon Roe"),
        ("She was knocked out by Ana Lugo at the Harlow Arena.", "Ana Lugo"),
    ],
)
def test_an_event_or_venue_closing_the_sentence_is_no_role(sentence: str, name: str) -> None:
    roles = _roles(sentence)
    assert name in roles and roles[name] is None


def test_an_event_inside_the_sentence_was_already_no_role() -> None:
    roles = _roles("Jana Dee at the Harlow Open last year lost in the first round.")
    assert roles.get("Jana Dee") is None


def test_a_body_after_at_stays_the_role() -> None:
    roles = _roles("John Doe at Acme Corp. said the plan was sound.")
    assert roles.get("John Doe") is not None and "Acme" in roles["John Doe"]
