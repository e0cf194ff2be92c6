"""English people named by one word with no cue but their use ("X made a sloppy pass"), which the tagger reads
(made-up sentences and names)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _people(paragraphs: list[str]) -> list[str]:
    return [f.text for f in facts_of(paragraphs) if f.kind == "person"]


def test_a_player_named_by_surname_alone_is_a_person() -> None:
    people = _people(["The keeper was beaten when Ferreira made a sloppy pass and the visitors scored."])
    assert "Ferreira" in people, people


def test_a_word_the_article_writes_in_lower_case_is_no_person() -> None:
    people = _people(
        ["The keeper was beaten when Ferreira made a sloppy pass.", "Fans said ferreira is a kind of wine there."]
    )
    assert "Ferreira" not in people, people


def test_the_first_word_of_a_longer_name_is_not_taken_alone() -> None:
    people = _people(["As the season ended, the club said Ferreira Mbeki made a sloppy pass."])
    assert "Ferreira" not in people, people
