"""Hebrew people named by a title and one word, round 41: shapes that the named-entity layer of the IAHLT Knesset
and Wikipedia treebanks showed on sentences the extractor had never read (the sentences that share no eight-word
run with the project's Hebrew corpus), written again with made-up sentences. Both are constructions of the
language, not of one text:

* 'השר כץ אמר' (minister Katz said): a listed family name that is no Hebrew word, then a verb of saying that is
  also a listed family name ("אמר", Amar): the verb ends the name, it is no second family name;
* 'לדברי השרה רגב,' (according to minister Regev,): a word that is a listed family name and a given name too,
  set off after a title by a mark or a verb, is the whole name (no name reader takes a given name alone after a
  title); a given name that no list holds as a family name ("נועה") is still not read so.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _people(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in ["כותרת", *paragraphs]])
    facts: list[Fact] = extract_facts(build_document(article, language="he"))
    return [(f.text, f.role) for f in facts if f.kind == "person"]


def test_a_verb_of_saying_that_is_also_a_family_name_ends_the_name() -> None:
    assert _people(["השר כץ אמר כי התוכנית תאושר בקרוב."]) == [("כץ", "השר")]


def test_a_full_name_after_the_title_is_still_read_whole() -> None:
    assert _people(["השר דוד לוי אמר כי התוכנית תאושר בקרוב."]) == [("דוד לוי", "השר")]


def test_a_family_name_that_is_a_given_name_too_set_off_after_a_title() -> None:
    assert _people(["לדברי השרה רגב, התוכנית תאושר בקרוב."]) == [("רגב", "השרה")]
    assert _people(["לדברי חבר הכנסת איתן, התוכנית תאושר בקרוב."]) == [("איתן", "חבר הכנסת")]


def test_a_title_alone_or_before_a_given_name_no_list_holds_as_a_family_name() -> None:
    assert _people(["לדברי השר, התוכנית תאושר בקרוב."]) == []
    assert _people(["לדברי השרה נועה, התוכנית תאושר בקרוב."]) == []
    assert _people(["השר אמר כי התוכנית תאושר בקרוב."]) == []
