"""British portfolios named by fields joined with "and" before the title ("Trade and Industry Secretary X"): the run of
capitalised words starts after the lower-case "and", so the role held only the last field (made-up names)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def roles(*sentences: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(["Ministers meet", *sentences]) if f.kind == "person"}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Trade and Industry Secretary Ann Vane said the plant would stay open.", "Ann Vane", "Trade and Industry Secretary"),
        ("Work and Pensions Secretary Tom Quarvell said reform was needed.", "Tom Quarvell", "Work and Pensions Secretary"),
        ("The plan was backed by Culture, Media and Sport Secretary Ida Holm.", "Ida Holm", "Culture, Media and Sport Secretary"),
    ],
)
def test_fields_joined_by_and_before_a_title_are_the_whole_portfolio(sentence: str, name: str, role: str) -> None:
    assert roles(sentence).get(name) == role


def test_near_miss_a_name_or_a_plural_noun_before_and_is_no_field() -> None:
    found = roles("Reporters and Health Secretary Ann Vane met at noon.", "Tom Holm and Foreign Secretary Ida Brandt met.")
    assert found.get("Ann Vane") == "Health Secretary"
    assert found.get("Ida Brandt") == "Foreign Secretary"
