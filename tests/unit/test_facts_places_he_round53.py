"""A Hebrew place head before a number in words is no place (round 53), written with made-up figures: poll copy
'ש"ס בשבעה וצומת בחמישה' lists the party Tzomet with five seats, not a junction "צומת בחמישה"; a junction with a
name stays a place.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _places(text: str) -> list[str]:
    return [f.text for f in facts_of([text], "he") if f.kind == "place"]


def test_a_party_named_like_a_junction_before_its_seats_is_no_place() -> None:
    assert _places('מרצ הייתה זוכה בשמונה מנדטים, ש"ס בשבעה וצומת בחמישה.') == []


def test_a_head_before_a_number_with_to_is_no_place() -> None:
    assert _places("הרשימה עלתה מארבעה מנדטים, וצומת לשישה.") == []


def test_a_named_junction_stays_a_place() -> None:  # near miss
    assert _places("התאונה אירעה בצומת גומא.") == ["צומת גומא"]
