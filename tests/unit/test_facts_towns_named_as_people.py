"""A small town's name that the article gives a person as family name is the person there, not the town."""

from __future__ import annotations

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.towns_named_as_people import drop_towns_named_as_people
from tests.unit.facts_helpers import facts_of


def _kinds(paragraphs: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for fact in facts_of(paragraphs):
        out.setdefault(fact.kind, set()).add(fact.text)
    return out


def test_a_persons_family_name_after_to_is_the_person_not_the_town() -> None:
    found = _kinds(["Senator Mira Dorval said the bill would pass.", "Few colleagues dared to stand up to Dorval."])
    assert "Dorval" not in found.get("place", set())
    assert "Mira Dorval" in found.get("person", set())


def test_the_town_stays_a_place_where_a_preposition_of_place_puts_it_on_the_map() -> None:
    found = _kinds(["Mayor Tom Tralee opened the new bridge in Tralee on Monday."])
    assert "Tralee" in found.get("place", set())


def test_a_town_named_after_a_title_elsewhere_in_the_article_is_the_person() -> None:
    # Even when no person fact was made of the titled name (a name the people finder left to the town list).
    sentences = [
        SourceSentence(0, 0, "The ruling angered President Dorval and his allies."),
        SourceSentence(1, 1, "Few colleagues dared to stand up to Dorval."),
    ]
    town = Fact(kind="place", text="Dorval", sentence=1, sentences=[1])
    assert drop_towns_named_as_people([town], [], sentences, "en") == []
    assert drop_towns_named_as_people([town], [], sentences[1:], "en") == [town]
