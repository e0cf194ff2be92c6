"""Danish compounds in "-kollega" and "-kammerat" before a name are the person's role ("Midtbanekollega X",
"partikollega X", "holdkammeraten X"), as sport and politics copy introduces a team-mate (round 57, made-up names);
before, a capitalised one opening the sentence was read as the first word of the name. Near misses: a word that
only begins with one ("Kammeratskabet") names no role."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, people_roles


def test_a_capitalised_team_mate_compound_opening_the_sentence_is_the_role() -> None:
    roles = people_roles(["Kamp", "Midtbanekollega Kaj Tovborg supplerer efter kampen i Vestby."], "da")
    assert roles == {"Kaj Tovborg": "Midtbanekollega"}


def test_a_party_colleague_before_the_name_is_the_role() -> None:
    roles = people_roles(["Plan", "Hans partikollega Lise Vang er enig i forslaget om en ny bro."], "da")
    assert roles.get("Lise Vang") == "Hans partikollega"


def test_the_team_mate_speaks_the_dash_quote_under_him() -> None:
    found = facts_of(["Kamp", "Holdkammerat Ole Brink supplerer:", "– Det har været en udfordring for os længe."], "da")
    assert [(f.text, f.speaker) for f in found if f.kind == "quote"] == [
        ("Det har været en udfordring for os længe.", "Ole Brink")
    ]


def test_near_miss_a_word_that_only_begins_with_one_is_no_role() -> None:
    roles = people_roles(["Trup", "Kammeratskabet i truppen er stort, siger Lars Mejer."], "da")
    assert roles == {"Lars Mejer": None}
