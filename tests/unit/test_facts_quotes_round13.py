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
            '"There is still work to be done in every town. That is why I call on every council to act", State '
            "Secretary for Equal Opportunities and Harbour Party politician Mira Halvorsen said."
        ]
    )
    assert {q.speaker for q in quotes} == {"Mira Halvorsen"}


def test_a_main_clause_with_an_adverb_then_saying_and_a_colon_is_its_subjects() -> None:
    quotes = _quotes(
        [
            "Tomas Reiter, a witness, said the guards had tried to stop the truck. He angrily shouted at the "
            'officers on seeing this, saying: "How did the truck get here?"'
        ]
    )
    assert [q.speaker for q in quotes] == ["Tomas Reiter"]


def test_a_fronted_clause_of_time_with_its_own_verb_does_not_introduce_the_quote() -> None:
    quotes = _quotes(
        [
            "Lena Brandt runs the Tolvik Courier.",
            'When the error was highlighted to the paper, Brandt said "their answer was not to print a correction '
            'at all."',
        ]
    )
    assert [q.speaker for q in quotes] == ["Lena Brandt"]


def test_an_unmarked_report_about_someone_named_in_full_is_no_quote_but_stripped_speech_is() -> None:
    assert _quotes(["Jonas Ekberg was happy and busy when he left for the coast, Mira says."]) == []
    quotes = _quotes(["We will need more time to rebuild the pier, Mira Halvorsen said."])
    assert [q.speaker for q in quotes] == ["Mira Halvorsen"]


def test_quoted_words_opening_with_an_adverb_and_a_verb_whose_subject_is_outside_are_no_quote() -> None:
    quotes = _quotes(
        [
            "The paper's editor Mira Halvorsen remarked that their website "
            '"freely shares content with the agency and commends its journalists on their reporting".'
        ]
    )
    assert quotes == []
