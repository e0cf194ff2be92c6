"""Hebrew relative years in economic and local copy (round 53, invented sentences): "אשתקד" alone and "the last
year" ("בשנה האחרונה", "בשנים האחרונות", "בעשור האחרון") are dates, as English "last year", "in recent years";
the last year OF something ("בשנה האחרונה לכהונתו") is not."""

from __future__ import annotations

import pytest

from briefing_app.core.facts.dates import date_spans


def dates(text: str) -> list[str]:
    return [text[a:b] for a, b in date_spans(text, "he")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("הגירעון הגיע ל-45 מיליון שקל, לעומת 28 מיליון שקל אשתקד.", ["אשתקד"]),
        ("ואשתקד הסתכם ההפסד ב-3 מיליון שקל.", ["ואשתקד"]),
        ("בשנה האחרונה פוטרו 60 עובדים מהמועצה.", ["בשנה האחרונה"]),
        ("בשנים האחרונות לא נבנו בתים ביישוב.", ["בשנים האחרונות"]),
        ("מספר הפניות עלה בחודשים האחרונים ב-18%.", ["בחודשים האחרונים"]),
        ("אך חזר בעשור האחרון לשימוש מבצעי.", ["בעשור האחרון"]),
        # (after a month it stays one date with the month)
        ("בינואר אשתקד ירד המדד ב-0.4%.", ["בינואר אשתקד"]),
    ],
)
def test_hebrew_relative_years(sentence: str, expected: list[str]) -> None:
    assert dates(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "רק בשנה האחרונה לכהונתו נפגש עם השר.",  # the last year of his term
        "בשנה האחרונה למלחמה נהרגו רבים.",
        "הדבר קרה בחודש האחרון של ההריון.",
        "החולה האחרון יצא מהמחלקה.",
        "בפעם האחרונה שנפגשו דיברו על המים.",
    ],
)
def test_the_last_year_of_something_is_no_date(sentence: str) -> None:
    assert dates(sentence) == []
