"""Hebrew figures, class by class, on sentences made up for these tests (none from the corpus).

Classes a Hebrew linguist names without seeing an article:
* a span of one unit written bare ("לטווח של שנה", "עד שנה", "תוך שעה", "שנה לאחר מכן": 1), and the noun of the span before
  "של" as what it counts ("לתקופה של עד שנה אחת": the period);
* "אחד מ-X" (one of X): X is what it counts;
* a figure in commas that restates the noun phrase before it ("תקציב מיוחד, 12 מיליון ש"ח,");
* an abbreviation with gershayim inside the subject ('שווי המניה של חברת X"Y הוא'): the subject, not the
  letters after the gershayim; a measure noun that starts with ש keeps it (שווי);
* an age with the article ("בן ה-9"), no ordinal;
* a second verb joined by ו ("הפרויקט נמשך שנתיים ועלה 200 מיליון"): the clause's opening subject; a gapped
  second conjunct ("X הוא 80 ש"ח ולילדים 40 ש"ח"): the first one's subject;
* no figure: a number word after a town's construct head ("בקריית ארבע") and a millennium ("האלף השלישי").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.facts import extract_facts
from briefing_app.core.facts.model import Fact
from briefing_app.core.pipeline import load_document

# (sentence, value, a word what it counts must hold)
Counted = tuple[str, float, str]

COUNTED: list[Counted] = [
    ("ההלוואה ניתנה לטווח של שנה.", 1, "טווח"),
    ("הפיקדון ננעל לתקופה של חודש בלבד.", 1, "תקופה"),
    ("ההסכם יהיה בתוקף עד שנה מיום החתימה.", 1, "הסכם"),
    ('הבנק גייס אג"ח לתקופה של עד שנה אחת.', 1, "תקופה"),
    ("הטופס יוגש דרך אחד מסניפי הבנק.", 1, "סניפי"),
    ('העירייה אישרה תקציב מיוחד, 12 מיליון ש"ח, לשיפוץ הגנים.', 12_000_000, "תקציב"),
    ('שווי המניה של חברת אל"ע הוא 45 ש"ח.', 45, "שווי"),
    ("הילד, בן ה-9, נפצע קל.", 9, "age"),
    # a second verb joined by ו shares the subject that opens the clause
    ("הפרויקט נמשך שנתיים ועלה מאתיים מיליון שקל.", 200_000_000, "הפרויקט"),
    ("מחיר הדלק הגיע לשיא ועמד על 8 שקלים לליטר.", 8, "מחיר הדלק"),
    # gapping: a second conjunct with ו and a preposition leaves out the first one's subject and verb
    ('מחיר הכרטיס למבוגרים הוא 80 ש"ח ולילדים 40 ש"ח והוא כולל הסעה.', 40, "מחיר הכרטיס"),
]

SPANS_LATER: list[str] = ["שנה לאחר מכן הוציא אלבום נוסף.", "המשטרה הגיעה, ודקה מאוחר יותר נשמע פיצוץ."]

NO_FIGURE: list[str] = [
    "באותה שנה לאחר מכן עזב את העיר.",
    "המבקרים הגיעו לקריית ארבע ולגבעת שלושה.",
    'הכלים מתוארכים לאלף השלישי לפנה"ס.',
    "באותה שנה נפתח הסניף הראשון.",
]


def _figures(tmp_path: Path, text: str) -> list[Fact]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return [f for f in extract_facts(load_document(path, language="he")) if f.kind == "figure"]


@pytest.mark.parametrize("case", COUNTED, ids=lambda c: c[0][:30])
def test_a_bare_span_one_of_an_apposition_and_an_age(tmp_path: Path, case: Counted) -> None:
    text, value, counted = case
    found = [(f.value, f.counts or "") for f in _figures(tmp_path, text)]
    assert any(v == value and counted in c for v, c in found), found


@pytest.mark.parametrize("text", NO_FIGURE, ids=lambda t: t[:30])
def test_a_town_name_a_millennium_and_a_definite_year_are_no_figures(tmp_path: Path, text: str) -> None:
    assert [f.text for f in _figures(tmp_path, text)] == []


def test_a_rate_per_year_is_no_span_of_one_year(tmp_path: Path) -> None:
    found = [(f.value, f.unit) for f in _figures(tmp_path, 'המנוי עולה 300 ש"ח לשנה.')]
    assert found == [(300, "ILS")]


@pytest.mark.parametrize("text", SPANS_LATER, ids=lambda t: t[:30])
def test_one_unit_then_later_is_a_span_of_one(tmp_path: Path, text: str) -> None:
    assert [f.value for f in _figures(tmp_path, text)] == [1]
