"""A player's rank right before the name, as sports copy writes it ("World number one X", "British No 2 Y"): the role
(`people_role_before._RANKED_BEFORE`); made-up names."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def roles(*sentences: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(["Seeds tumble", *sentences]) if f.kind == "person"}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("World number one Tom Quarvell beat Ben Ashlow in straight sets.", "Tom Quarvell", "World number one"),
        ("British No 2 Ann Vane lost her opening match.", "Ann Vane", "British No 2"),
        ("In the final, the women's number three Ida Holm saved two match points.", "Ida Holm", "women's number three"),
    ],
)
def test_a_rank_before_a_players_name_is_the_role(sentence: str, name: str, role: str) -> None:
    assert roles(sentence).get(name) == role


def test_near_miss_a_house_number_before_a_name_is_no_rank() -> None:
    found = roles("The letter was sent to number 10 Tom Quarvell's office on the hill.")
    assert not any((r or "").endswith("10") for r in found.values())
