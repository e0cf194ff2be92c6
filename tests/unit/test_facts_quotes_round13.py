"""Quotes with the right speaker, round 13: classes of construction any English news story uses, on sentences
written for these tests with made-up names."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _quotes(paragraphs: list[str], language: str = "en") -> list[Fact]:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    facts = extract_facts(build_document(article, language=language))
    return sorted((f for f in facts if f.kind == "quote"), key=lambda f: f.sentence)


def test_a_name_set_off_after_an_unnamed_person_introducing_the_quote_speaks() -> None:
    quotes = _quotes(['One commenter, Ana Kovic, responded: "This is what happened in 2009, and nobody learned."'])
    assert [q.speaker for q in quotes] == ["Ana Kovic"]
    quotes = _quotes(['A local farmer, Greta Lindahl, said: "The water came up in an hour and took the barn."'])
    assert [q.speaker for q in quotes] == ["Greta Lindahl"]


def test_an_unnamed_person_with_a_clause_after_them_stays_unnamed() -> None:
    quotes = _quotes(['A woman who lives nearby, who asked not to be named, said: "The water came up in an hour."'])
    assert [q.speaker for q in quotes] == ["A woman"]


def test_a_long_title_joined_by_and_before_a_full_name_after_the_quote_names_her() -> None:
    quotes = _quotes(
        [
            '"The harbour needs a new wall before winter. That is why I ask every council to pay its share", Deputy '
            "Minister for Coastal Affairs and Harbour Party politician Mira Halvorsen said."
        ]
    )
    assert {q.speaker for q in quotes} == {"Mira Halvorsen"}


def test_a_main_clause_with_an_adverb_then_saying_and_a_colon_is_its_subjects() -> None:
    quotes = _quotes(
        [
            "Tomas Reiter, a fisherman, said the ferry had left without its lights. He loudly complained to the "
            'harbour staff after it docked, saying: "Who let this boat sail in the dark?"'
        ]
    )
    assert [q.speaker for q in quotes] == ["Tomas Reiter"]


def test_a_fronted_clause_of_time_with_its_own_verb_does_not_introduce_the_quote() -> None:
    quotes = _quotes(
        [
            "Lena Brandt runs the Tolvik Courier.",
            'When the mistake was pointed out to the council, Brandt said "their reply was to change nothing at '
            'all in the plan."',
        ]
    )
    assert [q.speaker for q in quotes] == ["Lena Brandt"]


def test_an_unmarked_report_about_someone_named_in_full_is_no_quote_but_stripped_speech_is() -> None:
    assert _quotes(["Jonas Ekberg spent three winters at the lighthouse before he moved inland, Mira says."]) == []
    quotes = _quotes(["We will need more time to rebuild the pier, Mira Halvorsen said."])
    assert [q.speaker for q in quotes] == ["Mira Halvorsen"]


def test_quoted_words_opening_with_an_adverb_and_a_verb_whose_subject_is_outside_are_no_quote() -> None:
    quotes = _quotes(
        [
            "The club's chair Mira Halvorsen said their magazine "
            '"gladly reprints stories from the league and thanks its writers for their hard work".'
        ]
    )
    assert quotes == []


def test_a_hyphen_between_spaces_signs_a_quote_as_a_dash_does() -> None:
    quotes = _quotes(['"We are a small harbour, but we will not be pushed around." - Mayor Karin Holm'])
    assert [q.speaker for q in quotes] == ["Karin Holm"]


def test_the_owner_of_a_page_or_account_speaks_on_it() -> None:
    quotes = _quotes(
        [
            "The Facebook page of the Brenna Youth Movement posted:",
            "Tomorrow at noon we meet in front of the parliament. Bring water and your friends.",
        ]
    )
    assert quotes and all(q.speaker == "Brenna Youth Movement" for q in quotes)
