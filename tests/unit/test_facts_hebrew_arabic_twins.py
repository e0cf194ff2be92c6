"""Hebrew people in the shapes the Arabic reader shares (people_he.py); every sentence is made up."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    article = ArticleText(Path("t-he.txt"), "txt", "כותרת", [TextBlock(p) for p in paragraphs])
    facts = extract_facts(build_document(article, language="he"))
    return {f.text: f.role for f in facts if f.kind == "person"}


def test_a_title_and_its_complement_then_the_name_between_commas() -> None:
    people = _people(["שר האוצר הקנדי, ג'ק מילר, נפגש אתמול עם עמיתו."])
    assert people == {"ג'ק מילר": "שר האוצר הקנדי"}


def test_a_name_with_an_age_in_brackets() -> None:
    assert _people(["רונית שגיא (41) מחיפה נפצעה קל בתאונה."]) == {"רונית שגיא": None}


def test_a_kinship_noun_in_apposition_gives_a_first_name_and_its_role() -> None:
    people = _people(["אחיו הבכור, משה, מנהל את העסק מאז."])
    assert people == {"משה": "אחיו הבכור"}


def test_a_comma_after_a_title_without_a_name_between_commas_adds_nobody() -> None:
    assert _people(["דובר המשטרה, לדבריו, לא ידע על המקרה, כך נמסר."]) == {}
