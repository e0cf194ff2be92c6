"""Danish places named after their kind of part of a town (round 53), written with made-up names: "i bydelen
X", "i forstaden X", "i kvarteret X" name a place as "i byen X" does; a name after no such kind is left to the
other readers.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _kinds(text: str) -> dict[str, str]:
    return {f.text: f.kind for f in facts_of([text], "da") if f.kind in ("place", "person")}


def test_a_suburb_after_its_kind_is_a_place() -> None:
    assert _kinds("Skyderiet fandt sted i forstaden Oakwell nord for byen.") == {"Oakwell": "place"}


def test_a_quarter_after_its_kind_is_no_person() -> None:
    assert _kinds("Han bor i kvarteret Little Hanford i London.").get("Little Hanford") == "place"


def test_a_district_after_its_kind_is_a_place() -> None:
    assert _kinds("Demonstranterne samledes i bydelen Tarrowfield søndag.").get("Tarrowfield") == "place"


def test_a_name_after_a_lower_case_word_stays_unplaced() -> None:  # near miss
    assert _kinds("Forstaden blev bygget af arkitekt Oliver Tarrow.").get("Oliver Tarrow") == "person"
