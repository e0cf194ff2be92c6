"""What figures count in Danish, Arabic and Hebrew news (round 26), each class written again with made-up names,
places and numbers.

Any RTL language: a count told twice with the same word before it and another noun after it ("تسجيل 9 وفيات" in a
headline, "تسجيل 9 حالات وفاة" in its lede) was taken for a name's number ("Windows 7") and both were dropped.
Hebrew: a figure joined by "ו-" or "ואילו" with its own plural verb and no noun ("48 זוגות נישאו, ו-15 התגרשו") read
the verb as what it counts; "כבן 20" (about aged) was no age; "שני" after its noun ("במקום שני.", "שבוע שני ברציפות")
is the ordinal "second", no count. Danish: a noun opened by a unit's stem ("årsværk", "dagpengemodtagere") was read
as that unit; "uge 51" (a week's number) and a score glued to its noun ("3-0-sejren") were figures; a Danish noun
spelled as an English verb ("14 hold") was no noun; "i forhold til" after a noun ran into what it counts; a rate
reached after a step in points ("steg med 0,4 procentpoint til 5,1 procent") lost its subject.
"""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _figures(paragraphs: list[str], language: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of(paragraphs, language) if f.kind == "figure"]


def _counts(paragraph: str, value: float, language: str) -> str | None:
    return next((c for v, c in _figures([paragraph], language) if v is not None and abs(v - value) < 1e-6), None)


# A count told twice with the same word before it


@pytest.mark.parametrize(
    ("paragraphs", "language", "value"),
    [
        (["أعلنت وزارة الصحة تسجيل 9 وفيات جديدة.", "وقالت الوزارة إنها سجلت تسجيل 9 حالات وفاة خلال يوم."], "ar", 9),
        (["مقتل 6 أشخاص في انفجار بمدينة الواحة.", "وأسفر الانفجار عن مقتل 6 عمال في المصنع."], "ar", 6),
        (["המשטרה: נעצרו 4 חשודים בפריצה.", "בלילה נעצרו 4 צעירים מהכפר הסמוך."], "he", 4),
    ],
)
def test_a_count_told_twice_with_other_nouns_is_kept_both_times(
    paragraphs: list[str], language: str, value: float
) -> None:
    found = [c for v, c in _figures(paragraphs, language) if v == value]
    assert len(found) == 2, _figures(paragraphs, language)


def test_a_numbered_name_told_twice_is_still_no_figure() -> None:
    paragraphs = ["قالت الوكالة إن المسبار زيفار 2 يقترب من المريخ.", "وكانت زيفار 2 قد أطلقت قبل أعوام."]
    assert not [c for v, c in _figures(paragraphs, "ar") if v == 2]


# Hebrew: a figure with its own plural verb and no noun


@pytest.mark.parametrize(
    ("paragraph", "value", "noun"),
    [
        ("בשנה שעברה 31,200 זוגות נישאו בעיר, ו-9,400 התגרשו.", 9400, "זוגות"),
        ("לפי הדוח, 41.5% מהפניות היו תלונות על רעש ו-18.2% היו על פסולת.", 18.2, "מהפניות"),
        ("12.4 אלף איש עזבו את המחוז, ואילו 8.1 אלף חזרו אליו.", 8100, "איש"),
        ("בתחרות השתתפו 40 רצים, ו-12 סיימו את המסלול.", 12, "רצים"),
    ],
)
def test_a_hebrew_figure_with_its_own_verb_counts_the_noun_before(paragraph: str, value: float, noun: str) -> None:
    counts = _counts(paragraph, value, "he")
    assert counts and noun in counts


def test_a_hebrew_figure_with_its_own_noun_keeps_it() -> None:
    assert _counts("12 סטודנטים הגיעו לכנס ו-30 מרצים השתתפו בו.", 30, "he") == "מרצים"


# Hebrew: about aged


@pytest.mark.parametrize(
    ("paragraph", "value"),
    [
        ("גבר כבן 38 נפצע קשה בתאונה בכביש הגישה לקיבוץ.", 38),
        ("אישה כבת 71 נהרגה מפגיעת רכב בשכונה.", 71),
    ],
)
def test_an_approximate_hebrew_age_is_an_age(paragraph: str, value: float) -> None:
    counts = _counts(paragraph, value, "he")
    assert counts and "age" in counts


def test_a_hebrew_ke_before_another_word_is_no_age() -> None:
    counts = _counts("כ-38 בני אדם נפצעו בתאונה.", 38, "he")
    assert counts and "age" not in counts


# Hebrew: "second" after its noun


@pytest.mark.parametrize(
    "paragraph",
    ["הקבוצה של אורן סיימה במקום שני.", "הפועל גבעת דן הפסידה שבוע שני ברציפות."],
)
def test_hebrew_second_after_its_noun_is_no_figure(paragraph: str) -> None:
    assert not [v for v, _ in _figures([paragraph], "he") if v == 2]


def test_hebrew_two_before_its_noun_is_a_figure() -> None:
    counts = _counts("המשטרה עצרה שני חשודים בפריצה.", 2, "he")
    assert counts and counts.startswith("חשודים")
