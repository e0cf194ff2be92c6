"""A Hebrew body's statement quoted with a bare "נמסר" (it was stated) and no source in the quote's own sentence:
the body the sentences just before named as the statement's source speaks (quotes_he_statements), round 54.
Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in ["כותרת", *paragraphs]])
    facts: list[Fact] = extract_facts(build_document(article, language="he"))
    return [(f.text, f.speaker) for f in facts if f.kind == "quote"]


def test_a_bare_passive_after_the_quote_takes_the_earlier_source() -> None:
    quotes = _quotes(['בצהריים נמסר מהמשטרה כי כביש הגישה לעיר נחסם. "הנהגים מתבקשים לנסוע בדרכים חלופיות '
                      'עד לפתיחת הכביש מחדש", נמסר.'])
    assert [s for _t, s in quotes] == ["המשטרה"]


def test_further_stated_before_the_quote_takes_the_body_that_issued_the_statement() -> None:
    quotes = _quotes(["רשות הכבאות פרסמה הערב הודעה לציבור על השריפה ביער.",
                      'עוד נמסר: "צוותים רבים פועלים בשטח ומצליחים לבלום את התפשטות האש".'])
    assert [s for _t, s in quotes] == ["רשות הכבאות"]


def test_near_miss_no_source_before_leaves_no_speaker() -> None:
    # nothing before names a statement's source: the words stay no one's, and no quote is kept
    quotes = _quotes(["הכביש נחסם בשעות הבוקר בגלל תאונה.",
                      'עוד נמסר: "הנהגים מתבקשים להתאזר בסבלנות עד לפינוי הרכבים".'])
    assert quotes == []
