"""BBC business copy of 2004-05 names a firm by its staff's trade (round 53, invented copy): "head of equities at broker
Fenwick Dale" (the singular after "at"; round 52 took the plural "at brokers X") and "Box office analysts Exhibitor Data
said" (a plural before a two-word name whose first word is no given name). The firm is no person, and the speaker
keeps the role that names it (people_bodies, people_evidence_roles._ends_in_a_name)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def found(*sentences: str) -> dict[str, tuple[str, str | None]]:
    return {f.text: (f.kind, f.role) for f in facts_of(list(sentences)) if f.kind in ("person", "organisation")}


@pytest.mark.parametrize(
    ("text", "firm", "person", "role"),
    [
        (
            '"Until oil comes off, nobody wants to buy," said Tom Ackroyd, head of equities at broker Fenwick Dale.',
            "Fenwick Dale",
            "Tom Ackroyd",
            "head of equities at broker Fenwick Dale",
        ),
        (
            "Tom Ackroyd, an analyst at stockbroker Fenwick Dale, said prices would fall.",
            "Fenwick Dale",
            "Tom Ackroyd",
            "analyst at stockbroker Fenwick Dale",
        ),
    ],
)
def test_a_firm_at_broker_is_no_person(text: str, firm: str, person: str, role: str) -> None:
    facts = found(text)
    assert facts[firm] == ("organisation", None)
    assert facts[person] == ("person", role)


def test_a_plural_trade_before_a_two_word_firm() -> None:
    facts = found("Box office analysts Exhibitor Data said takings were up 14%.")
    assert facts == {"Exhibitor Data": ("organisation", None)}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Stockbroker Fenwick Dale said shares would fall.", "Fenwick Dale", "Stockbroker"),  # a title, may be his
        ("The fans jeered at goalkeeper John Smith after the game.", "John Smith", "goalkeeper"),
        ("City analysts Tesfaye Alemu and Ann Roe agreed.", "Tesfaye Alemu", "City analysts"),  # a list of two
        ("Tom Ackroyd, the party leader, met manager John Smith.", "John Smith", "manager"),
    ],
)
def test_near_misses_stay_people(text: str, person: str, role: str) -> None:
    assert found(text)[person] == ("person", role)
