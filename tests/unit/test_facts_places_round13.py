"""Places, round 13: general classes of English news, on sentences written for these tests with made-up names."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _places(paragraphs: list[str], language: str = "en") -> list[str]:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    facts = extract_facts(build_document(article, language=language))
    return [f.text for f in facts if f.kind == "place"]


def test_a_name_before_a_compass_word_and_a_known_city_is_a_part_of_the_city() -> None:
    places = _places(["Police found a stolen van in Bab Salem, central Amman, on Monday."])
    assert "Bab Salem" in places and "Amman" in places


def test_a_neighbourhood_of_a_name_that_is_also_a_given_name_is_a_place() -> None:
    assert "Karim" in person_names()[0]  # (the name the rule must take all the same)
    assert "Karim" in _places(["A water main burst in the neighbourhood of Karim in west Amman."])


def test_a_city_that_is_also_a_given_name_opening_a_sentence_with_a_place_predicate_is_the_city() -> None:
    entry = lookup("Adelaide")
    assert entry is not None and entry.kind == "place" and "Adelaide" in person_names()[0]
    assert "Adelaide" in _places(["Adelaide is located about 40 miles from the vineyard."])
    assert _places(["Adelaide is a nurse at the clinic."]) == []


def test_a_city_after_the_then_a_comma_and_its_state_is_the_city() -> None:
    places = _places(["She wrote for the Tulsa, Oklahoma based magazine for a decade."])
    assert "Tulsa" in places and "Oklahoma" in places
