"""people_appositions: an aside set off by spaced dashes inside an apposition after a name ("Moss, captain of the crew
on the spring tour — a 3-0 whitewash — said") is no part of the role; a role between dashes, and a role with a hyphen
or a dash-free aside, read as before. Made-up sentences."""

from __future__ import annotations

from tests.unit.facts_helpers import local_roles as _roles


def test_an_aside_between_dashes_is_cut_from_the_role() -> None:
    roles = _roles(
        "But Moss, captain of the Harlow crew on the spring tour in 2019 — a 3-0 whitewash by Tarland — said he "
        "would not look ahead yet."
    )
    assert roles["Moss"] == "captain of the Harlow crew on the spring tour"
    roles = _roles("Jane Roe, head of research at Kessbank – a post she took last spring – said the data was weak.")
    assert roles["Jane Roe"] == "head of research at Kessbank"


def test_roles_without_an_aside_read_as_before() -> None:
    assert _roles("Jane Roe — the former mayor — said the plan was sound.")["Jane Roe"] == "former mayor"
    assert _roles("Jon Dee, a vice-president of Kessbank, said the data was weak.")["Jon Dee"] == "vice-president of Kessbank"
