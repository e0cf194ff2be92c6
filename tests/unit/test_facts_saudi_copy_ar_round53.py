"""Arabic Saudi local copy (round 53): the paper a speaker talked to after his name ("لـ«عكاظ»"), a Hijri year
after its calendar's name, and "about" before a count after a speech verb; each shape with made-up names and
numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _kind(paragraph: str, kind: str) -> list[str]:
    return [f.text for f in facts_of([paragraph], "ar") if f.kind == kind]


# "وقال X لـ«عكاظ»:": the paper the speaker talked to, right after his name and title, before the speech.


def test_ar_paper_after_the_speaker_is_a_body() -> None:
    text = "وقال مدير مرور المنطقة الشرقية العقيد فارس بن مطلق الزهراني لـ«عكاظ»: «سجلنا انخفاضاً في الوفيات»."
    assert "عكاظ" in _kind(text, "organisation")
    text = "وأوضح رئيس الغرفة التجارية ماجد السهلي لـ«المدينة» أن الصادرات ارتفعت."
    assert "المدينة" in _kind(text, "organisation")


def test_ar_paper_called_today_is_no_date() -> None:
    text = "وقال رئيس مجلس إدارة الغرفة سامي العقيلي لـ«اليوم»: «النمو يعكس قدرة القطاع الخاص»."
    assert "اليوم" in _kind(text, "organisation")
    assert "اليوم" not in _kind(text, "date")


def test_ar_quoted_words_after_a_reported_clause_are_no_paper() -> None:
    assert _kind("وقال إن المشروع مخصص لـ«الأسر المحتاجة» في المنطقة.", "organisation") == []
    assert _kind("وذكر أن الدعم يقدم لـ«المستفيدين» فقط.", "organisation") == []
    assert "اليوم" in _kind("وقال سامي العقيلي اليوم إن النمو كبير.", "date")


# "منذ مطلع العام الهجري 1436": a year its calendar is named before, no count.


def test_ar_year_after_hijri_year_is_no_figure() -> None:
    text = "وأعلنت الجوازات ترحيل 240 ألف مخالف منذ مطلع العام الهجري 1436."
    assert [f.value for f in facts_of([text], "ar") if f.kind == "figure"] == [240_000]
    text = "وارتفعت المبيعات منذ بداية السنة الميلادية 2015 بنسبة 6 في المئة."
    assert [f.value for f in facts_of([text], "ar") if f.kind == "figure"] == [6]


def test_ar_count_after_the_year_noun_stays_a_figure() -> None:
    assert 1400 in [f.value for f in facts_of(["وبلغ عدد الحجاج في العام الماضي 1400 حاج."], "ar")]


# "قد أعلنت ترحيل نحو 300 ألف": "about" is no word of a name; the verb's object and its count follow.


def test_ar_object_and_about_after_a_speech_verb_is_no_person() -> None:
    assert _kind("وكانت المديرية قد أعلنت ترحيل نحو 300 ألف مخالف.", "person") == []
    assert _kind("وكانت الوزارة قد أعلنت توزيع حوالي 80 ألف وجبة.", "person") == []


def test_ar_speaker_before_about_unchanged() -> None:
    assert _kind("وقال خالد العتيبي إن الوزارة رحلت نحو 300 ألف مخالف.", "person") == ["خالد العتيبي"]
