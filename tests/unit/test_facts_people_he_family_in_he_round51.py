"""Hebrew family names that open with ה, round 51: "הורוביץ", "הלפרין" and their like look like the article and a
noun, so a reader that takes every word in ה for a definite noun ("מסרה המשטרה", "השר החדש") dropped them whenever
no given name stood before them: after a title ("השר X נפגש"), after a verb of saying ('"...", אמר X לפני ...')
and so as a quote's speaker. A listed family name that hspell reads as no Hebrew word and that names no place now
stands as the name it is; a word in ה that is a Hebrew word (a noun, an adjective) still does not. The sentences
are made up; the names are ordinary family names of the list.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.people_he_base import lone_family_in_he
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str]) -> list[Fact]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in ["כותרת", *paragraphs]])
    return extract_facts(build_document(article, language="he"))


def _people(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.role) for f in _facts(paragraphs) if f.kind == "person"]


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [f.speaker for f in _facts(paragraphs) if f.kind == "quote"]


def test_only_a_listed_family_name_that_is_no_word_stands_alone() -> None:
    assert lone_family_in_he("הלפרין") and lone_family_in_he("הירשפלד")
    # a Hebrew word the list also holds as a family name, a definite noun, a word without the ה
    assert not any(lone_family_in_he(w) for w in ("הישראלי", "הראש", "המשטרה", "הלפריןים", "לפרין"))


def test_a_family_name_in_he_after_a_title() -> None:
    assert _people(["השר הלפרין נפגש אתמול עם ראשי הערים."]) == [("הלפרין", "השר")]
    assert _people(["שר האוצר הירשפלד הודיע כי התקציב יאושר בשבוע הבא."]) == [("הירשפלד", "שר האוצר")]


def test_a_family_name_in_he_after_a_verb_of_saying_speaks() -> None:
    paragraphs = ['"התוכנית תאושר בקרוב", אמר הולצמן לפני הישיבה.']
    assert _people(paragraphs) == [("הולצמן", None)]
    assert _speakers(paragraphs) == ["הולצמן"]
    assert _people(["אמר הולצמן כי התוכנית תאושר בקרוב."]) == [("הולצמן", None)]


def test_a_definite_noun_after_a_title_or_a_verb_is_still_no_name() -> None:
    assert _people(["השר החדש נפגש אתמול עם ראשי הערים."]) == []
    assert _people(["הנשיא הישראלי נפגש אתמול עם ראשי הערים."]) == []
    assert _people(["מסרה המשטרה כי החשוד נעצר אתמול."]) == []
    paragraphs = ['"התוכנית תאושר בקרוב", אמר המנהל לפני הישיבה.']
    assert _people(paragraphs) == []
    assert _speakers(paragraphs) == ["המנהל"]
