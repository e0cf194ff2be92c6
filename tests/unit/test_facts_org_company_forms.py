"""A company named with the abbreviated legal form "Co." / "Co" (made-up companies; a real place in one)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def named(text: str) -> dict[str, str]:
    return {f.text: f.kind for f in facts_of([text]) if f.kind in ("organisation", "place")}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Kessby National Energy Co. made its third offer on Monday.", "Kessby National Energy Co"),
        ("The Tolvik Shipping Co said it would appeal.", "Tolvik Shipping Co"),
        ("Shares in Harbour Mills Co. rose 4% after the results.", "Harbour Mills Co"),
    ],
)
def test_a_company_named_with_co(text: str, company: str) -> None:
    assert named(text).get(company) == "organisation"


def test_a_place_inside_such_a_name_is_no_place_of_the_story() -> None:
    found = named("Abu Dhabi National Energy Co. recently made its third offer for the trust.")
    assert found.get("Abu Dhabi National Energy Co") == "organisation"
    assert "Abu Dhabi" not in found


def test_co_as_a_prefix_makes_no_company() -> None:
    found = named("The co-founder of the club spoke to the Co-operative members on Friday.")
    assert not any(name.endswith(" Co") for name in found)
