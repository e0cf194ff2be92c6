"""org_kinds.PERSONS_TOO: a producer, a property developer and a publisher are a person's trade as much as a
firm's; a given name and a surname after them are a person with that role, while a one-word name or a name ending
in a body's word stays a firm. Made-up names."""

from __future__ import annotations

from tests.unit.facts_helpers import names_by_kind, people_roles


def _local(sentence: str) -> list[str]:
    return ["Local news", sentence]


def test_a_person_after_a_trade_people_share_with_firms() -> None:
    roles = people_roles(_local("Producer Delia Farrant said the prize was a reward for the whole crew."))
    assert roles == {"Delia Farrant": "Producer"}
    roles = people_roles(_local("Also bidding for the site is property developer Conn Ashby."))
    assert roles == {"Conn Ashby": "property developer"}
    roles = people_roles(_local("Veteran publisher Ines Marlow said she would sell the house next year."))
    assert roles["Ines Marlow"].endswith("publisher")


def test_a_firm_after_the_same_trades_stays_a_firm() -> None:
    names = names_by_kind(_local("Games developer Brightwick said sales rose in the third quarter."))
    assert names["organisation"] == {"Brightwick"} and not names["person"]
    names = names_by_kind(_local("Film producer Tolvane Pictures said it would shoot the sequel in Wales."))
    assert "Tolvane Pictures" in names["organisation"] and not names["person"]
