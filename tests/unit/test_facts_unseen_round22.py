"""A class a real British council-budget page read after the round's code showed (an unseen page, not kept):
"Coun" (councillor), as British local papers abbreviate it, was no title, so "Coun Lewis said:" named a second
person "Coun Lewis" beside "James Lewis", who then lost his second quote. Written again with made-up names."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles, quotes_of


def test_coun_is_a_councillors_title_and_the_surname_after_it_is_the_one_named_before() -> None:
    paragraphs = [
        'Council leader Mara Fenwick said: "This is a balanced budget."',
        "Coun Fenwick said the burden had shifted to local government.",
        'She said: "We are stretching council tax every year."',
        "Coun Ivo Marsh, opposition group leader, criticised the plan.",
    ]
    people = people_roles(paragraphs)
    assert not [name for name in people if name.startswith("Coun")]
    assert "Mara Fenwick" in people and "Ivo Marsh" in people
    assert [q.speaker for q in quotes_of(paragraphs)] == ["Mara Fenwick", "Mara Fenwick"]
