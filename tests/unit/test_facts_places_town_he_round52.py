"""Hebrew "the town" completing a construct noun of local-council copy (round 52, second pass), made-up names:
"חברי מועצת העיר מסיעת X" has no town named "מסיעת"; "העיר X" after a preposition or a resident still names X."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _places(paragraphs: list[str]) -> list[str]:
    return [f.text for f in facts_of(paragraphs, "he") if f.kind == "place"]


def test_the_town_council_then_a_faction_names_no_town() -> None:
    assert "מסיעת" not in _places(["חברי מועצת העיר מסיעת הליכוד דרשו מראש העיר להתפטר."])


def test_the_town_engineer_then_a_word_names_no_town() -> None:
    assert _places(["מהנדס העיר בהודעה לתושבים הסביר את התוכנית."]) == []


def test_near_miss_in_the_town_of_a_name() -> None:
    assert "חברון" in _places(["הוא נולד בעיר חברון."])


def test_near_miss_a_resident_of_the_town_names_it() -> None:
    assert "נתניה" in _places(["תושבת העיר נתניה, בת 34, נפצעה קל."])


def test_near_miss_a_village_council_and_its_name() -> None:
    assert "בורקין" in _places(["ראש מועצת הכפר בורקין עתר היום לבית המשפט."])
