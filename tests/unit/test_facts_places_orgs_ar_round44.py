"""Arabic places and organisations, round 44 (k-arpo44): shapes an unseen set of Arabic news pages showed (court
and ministry statements, interviews, Iraqi election copy), written again as made-up sentences with made-up names.
Every class is a construction of the language, not of one article, and each has a near miss:

* a role noun whose first letter is و ("وكيل", an undersecretary) is no "and" glued to a town's name ("كيل");
  the town after a preposition stays a place;
* a body's name that says where the body sits, with "في" or a glued "ب" ("المحكمة الإدارية بX"): the town is a
  place too; a town inside a body's name without the preposition ("جامعة X") stays the body's word only;
* an outlet in quote marks after an interview "with" ("في حواره مع «X»") or after the Iraqi "تابعته" (which
  followed the statement) is an organisation; quoted words after a bare "مع" or after the verb "وتابعت" are not;
* "هيئة الدفاع عن X" (the lawyers defending someone) is no body; "هيئة الدفاع الجوي" stays one;
* a news site's dateline with its name first ("X برس – Y.", "<town> اليوم- قال"): the site is an organisation and
  its town word no place; a common noun and "اليوم" before a dash ("القطاع اليوم - يشهد") names no site.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str], title: str = "عنوان") -> list[Fact]:
    article = ArticleText(Path("t-ar.txt"), "txt", "", [TextBlock(p) for p in [title, *paragraphs]])
    return extract_facts(build_document(article, language="ar"))


def _named(paragraphs: list[str], kind: str) -> list[str]:
    return [f.text for f in _facts(paragraphs) if f.kind == kind and f.sentence > 0]


# --- a role noun in و is no "and" before a town ------------------------------------------------------------------


def test_undersecretary_is_no_town_after_and() -> None:
    places = _named(["وأكد كمال الزياني – وكيل وزارة الشباب للأنشطة- أن المخيمات جاهزة."], "place")
    assert "كيل" not in places


def test_town_after_a_preposition_stays_a_place() -> None:
    places = _named(["وسافر الوفد التجاري إلى كيل الألمانية لحضور المعرض."], "place")
    assert "كيل" in places


# --- a body that says where it sits -------------------------------------------------------------------------------


def test_town_after_a_glued_in_inside_a_body_is_a_place_too() -> None:
    facts = _facts(["وقالت رئيسة المحكمة الإدارية بصفاقس إن الجلسة تأجلت إلى الشهر المقبل."])
    assert "المحكمة الإدارية بصفاقس" in [f.text for f in facts if f.kind == "organisation"]
    assert "صفاقس" in [f.text for f in facts if f.kind == "place"]


def test_town_inside_a_body_without_a_preposition_is_no_place() -> None:
    facts = _facts(["وقال رئيس جامعة صفاقس إن الدراسة ستبدأ في الخريف."])
    assert "جامعة صفاقس" in [f.text for f in facts if f.kind == "organisation"]
    assert "صفاقس" not in [f.text for f in facts if f.kind == "place"]


# --- an outlet in quote marks after an interview with it, or after "تابعته" ---------------------------------------


def test_outlet_an_interview_was_held_with() -> None:
    orgs = _named(["وقال المدير في حواره مع «صباح الجنوب» إن الموسم الزراعي واعد."], "organisation")
    assert "صباح الجنوب" in orgs


def test_quoted_words_after_a_bare_with_are_no_outlet() -> None:
    orgs = _named(["واتفق الحاضرون مع «الرأي الآخر» في ذلك الاجتماع."], "organisation")
    assert "الرأي الآخر" not in orgs


def test_outlet_that_followed_a_statement() -> None:
    orgs = _named(["وقالت في تصريح صحفي تابعته «نبض الرافدين» إن التسجيل مستمر."], "organisation")
    assert "نبض الرافدين" in orgs


def test_quoted_words_after_she_went_on_are_no_outlet() -> None:
    orgs = _named(["وتابعت «الخطة ماضية» دون أي تغيير في الجدول."], "organisation")
    assert "الخطة ماضية" not in orgs


# --- the defence of someone is no body ----------------------------------------------------------------------------


def test_defence_of_the_accused_is_no_body() -> None:
    orgs = _named(["وقالت هيئة الدفاع عن الموقوفين إنها ستستأنف الحكم أمام الدائرة العليا."], "organisation")
    assert not any(o.startswith("هيئة الدفاع") for o in orgs)


def test_air_defence_authority_stays_a_body() -> None:
    orgs = _named(["وأعلنت هيئة الدفاع الجوي إسقاط طائرة مسيرة فوق الساحل."], "organisation")
    assert "هيئة الدفاع الجوي" in orgs


# --- a news site's own dateline -----------------------------------------------------------------------------------


def test_site_named_by_a_media_word_before_a_dash() -> None:
    facts = _facts(["ساحل برس – تونس. انتقد النائب سالم الورفلي أداء الوزارة في الجلسة."])
    assert "ساحل برس" in [f.text for f in facts if f.kind == "organisation"]
    assert "ساحل" not in [f.text for f in facts if f.kind == "place"]


def test_site_named_by_a_town_and_today_before_a_dash() -> None:
    facts = _facts(["لبنان اليوم-قال وزير الزراعة إن موسم التفاح جيد."])
    assert "لبنان اليوم" in [f.text for f in facts if f.kind == "organisation"]


def test_common_noun_and_today_before_a_dash_is_no_site() -> None:
    orgs = _named(["القطاع اليوم - يشهد ركودا لم يعرفه منذ سنوات."], "organisation")
    assert "القطاع اليوم" not in orgs
