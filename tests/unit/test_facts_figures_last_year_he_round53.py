"""Hebrew "אשתקד" (last year) and the adverbs of this year, month, week are times, never what a figure counts
(round 53, invented economic and local copy): after the figure ("לעומת 17% אשתקד", "נזק של 30 מיליון דולר אשתקד")
and between a verb of change and its figure ("מחיר הדירות עלה אשתקד ב-9%")."""

from __future__ import annotations

import pytest

from briefing_app.core.facts.figures import find_figures
from briefing_app.core.facts.model import SourceSentence


def counts(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.counts) for f in find_figures([SourceSentence(0, 0, text)], "he")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("23% מהנבחנים נכשלו בבחינה השנה, לעומת 17% אשתקד, כך עולה מהנתונים.", [("23", "מהנבחנים"), ("17", "מהנבחנים")]),
        ("שיעור האבטלה הגיע ל-8.2% לעומת 6.9% אשתקד.", [("8.2", "שיעור האבטלה"), ("6.9", "שיעור האבטלה")]),
        ("המחסור במים הסב לחקלאים נזק של כ-30 מיליון דולר אשתקד.", [("כ-30 מיליון", "נזק")]),
        ("מחיר הדירות עלה אשתקד ב-9%.", [("9", "מחיר הדירות")]),
        ("היצוא גדל אשתקד ב-12% והגיע ל-20 מיליארד דולר.", [("12", "היצוא"), ("20 מיליארד", "היצוא")]),
        ("עלו השנה מחירי הדירות ב-4%.", [("4", "מחירי הדירות")]),
    ],
)
def test_last_year_is_no_counted_noun(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (near misses: a subject after the verb and the day's adverb, a noun after the figure stay as they were)
        ("ירד אתמול מדד המניות ב-2%.", [("2", "מדד המניות")]),
        ("בשנה האחרונה פוטרו 60 עובדים מהמועצה.", [("60", "עובדים מהמועצה")]),
        ("הגירעון הגיע ל-45 מיליון שקל, לעומת 28 מיליון שקל אשתקד.", [("45 מיליון", "הגירעון"), ("28 מיליון", "הגירעון")]),
    ],
)
def test_near_misses_keep_their_nouns(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("במשרד הקליטה מעריכים כי בשנה הבאה יעלו כ-60 אלף עולים.", [("כ-60 אלף", "עולים")]),
        ("בחודש שעבר עלו 4,000 עולים מאתיופיה.", [("4,000", "עולים")]),
        ("אשתקד עלו 70 אלף עולים.", [("70 אלף", "עולים")]),
        # (near misses: a subject after the time stays the subject)
        ("בשנה שעברה המחירים עלו ב-5%.", [("5", "המחירים")]),
        ("כי בשנה שעברה נפצעו 30 חיילים.", [("30", "חיילים")]),
    ],
)
def test_a_time_before_the_verb_is_no_subject(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert counts(sentence) == expected
