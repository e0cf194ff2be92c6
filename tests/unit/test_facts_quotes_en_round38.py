"""English quotes, speakers, people and roles, round 38: shapes seen on at least two outlets while reading whole
real English news pages nobody here had tuned on (police appeals, court copy, health rows, sport, vigils; the
search tool's stored pages, annotated by hand first). Every test is written again with made-up names and
sentences; the real text stays out of the repository."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles


def test_a_clerics_rev_between_a_role_and_the_name_is_no_person_and_keeps_the_role() -> None:
    roles = people_roles(["Health row", "The plan was attacked by party health spokesman Rev. Tom Weller on Monday."])
    assert "Rev" not in roles
    assert roles["Tom Weller"] is not None and "spokesman" in roles["Tom Weller"]
    roles = people_roles(["Vigil", "The prayers were led by church elder the Rev. Jane Roe on Sunday."])
    assert "Rev" not in roles
    assert roles["Jane Roe"] is not None and "elder" in roles["Jane Roe"]
    # (near miss: "Dr." in the same place was read so before, and a name with no role before it gets none)
    roles = people_roles(["Health row", "The plan was attacked by party health spokesman Dr. Tom Weller on Monday."])
    assert roles["Tom Weller"] is not None and "spokesman" in roles["Tom Weller"]
    roles = people_roles(["Vigil", "The prayers were led by Rev. Jane Roe on Sunday."])
    assert "Rev" not in roles and "Jane Roe" in roles
