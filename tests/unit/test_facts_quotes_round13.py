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
