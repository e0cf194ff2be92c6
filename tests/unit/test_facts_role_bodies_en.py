"""people_phrase_roles: an appositive role set off before a name ("The leader of Northby City Council, Tom Vale,")
keeps the name of the body it is of, however many capitalised words that name runs to; a phrase that is itself a
name stays no role. Made-up sentences, with near misses that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import local_roles as _roles


def test_a_role_of_a_body_named_in_three_capitalised_words() -> None:
    roles = _roles("The leader of Northby City Council, Tom Vale, has criticised the plan for the ring road.")
    assert roles["Tom Vale"] == "leader of Northby City Council"
    roles = _roles("The Green leader of Ashcombe District Council, Nell Orrin, said the vote would be close.")
    assert roles["Nell Orrin"] == "Green leader of Ashcombe District Council"
    roles = _roles("The chairman of the Wendle Valley Housing Trust, Abel Pryce, resigned on Monday.")
    assert roles["Abel Pryce"] == "chairman of the Wendle Valley Housing Trust"


def test_two_word_bodies_read_as_before() -> None:
    roles = _roles("The owner of Kestrel Canada, Jane Roe, spoke to the staff on Friday.")
    assert roles["Jane Roe"] == "owner of Kestrel Canada"


def test_a_list_of_names_gives_no_role() -> None:
    roles = _roles("Tilda Brace, Oswin Marr and Petra Quell signed the letter on Monday.")
    assert roles.get("Oswin Marr") is None and roles.get("Petra Quell") is None
    # a name after "with" ends the phrase: the person met, no body
    roles = _roles("After talks with Tilda Brace, Oswin Marr said the deal was done.")
    assert roles.get("Oswin Marr") is None
