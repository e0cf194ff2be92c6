"""Arabic key facts, round 57b (k-arrole57b): invented local copy with made-up names; each class beside a near
miss that keeps the old reading.

Classes (people_ar_role_edges.office_before_title, the office written before a holder's title or rank): an
indefinite feminine noun in construct inside the chain ("عميد رعاية الموهوبين"); a body named after a king or
prince ("لمستشفى الملك X التخصصي"); a two-word place written with no space ("شرمالشيخ"); "في" before a service
in an office a verb opens, before a title in commas; and a body's noun ("مؤسسة") that is no office's head."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from briefing_app.core.facts.people_ar_role_edges import office_before_title
from tests.unit.facts_helpers import headlined_facts


def _facts(paragraphs: list[str], title: str = "خبر محلي") -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _role_of(paragraphs: list[str], name: str) -> str:
    return " ".join(f.role or "" for f in _facts(paragraphs) if f.kind == "person" and f.text == name)


# --- an indefinite feminine noun in construct --------------------------------------------------------------


def test_dean_of_an_indefinite_unit() -> None:
    before = "وافتتح المعرض عميد رعاية الموهوبين بالجامعة "
    assert office_before_title(before) == "عميد رعاية الموهوبين بالجامعة"


def test_feminine_given_name_is_no_construct() -> None:
    assert office_before_title("شكر العميد أسامة ") == ""


def test_dean_of_an_indefinite_unit_in_an_article() -> None:
    text = ["وافتتح المعرض عميد رعاية الموهوبين بالجامعة الدكتور سامر الفلاحي أمس."]
    assert "عميد رعاية الموهوبين" in _role_of(text, "سامر الفلاحي")


# --- a body named after a king or prince -------------------------------------------------------------------


def test_director_of_a_hospital_named_after_a_king() -> None:
    before = "كشف المدير التنفيذي لمستشفى الملك نزار التخصصي بالمنطقة "
    assert office_before_title(before) == "المدير التنفيذي لمستشفى الملك نزار التخصصي بالمنطقة"


def test_prince_after_a_definite_body_is_no_eponym() -> None:
    assert office_before_title("وكرم رئيس النادي الأمير نزار ") == ""


def test_royal_named_body_before_dr_in_an_article() -> None:
    text = ["وأعلن المدير التنفيذي لمستشفى الملك نزار التخصصي د. وائل الحربان عن افتتاح قسم جديد."]
    assert "المدير التنفيذي" in _role_of(text, "وائل الحربان")


# --- a two-word place with no space ------------------------------------------------------------------------


def test_glued_two_word_place_ends_the_chain() -> None:
    assert office_before_title("وأوضح مدير مرور محافظة شرمالشيخ ") == "مدير مرور محافظة شرمالشيخ"


def test_glued_non_place_ends_no_chain() -> None:
    assert office_before_title("وأوضح مدير مرور محافظة رأسالمال ") == ""


# --- "في" inside an office a verb opens, before a title in commas --------------------------------------------


def test_in_before_a_region_in_an_opening_clause() -> None:
    before = "وقال المتحدث الرسمي لإدارة الإطفاء في منطقة تبوك، "
    assert office_before_title(before) == "المتحدث الرسمي لإدارة الإطفاء في منطقة تبوك"


def test_in_before_a_meeting_is_no_link() -> None:
    assert office_before_title("وقال المتحدث الرسمي في لقاء الأمس، ") == ""


def test_opening_clause_office_before_a_rank_in_commas() -> None:
    text = ["وقال المتحدث الرسمي لإدارة الإطفاء في منطقة تبوك، المقدم رامي الشهوان، إن الفرق أخمدت النيران."]
    assert "المتحدث الرسمي" in _role_of(text, "رامي الشهوان")


# --- a body's noun is no office head -----------------------------------------------------------------------


def test_foundation_is_no_founder() -> None:
    assert office_before_title("ودعمت مؤسسة الخير للتنمية الاجتماعية ") == ""


def test_founder_still_heads_an_office() -> None:
    assert office_before_title("وقال مؤسس الجمعية الخيرية ") == "مؤسس الجمعية الخيرية"


# --- the Saudi king's style before his title ---------------------------------------------------------------


def test_custodian_style_before_the_king() -> None:
    assert office_before_title("وبعث المجلس برقية لخادم الحرمين الشريفين ") == "خادم الحرمين الشريفين"


def test_custodian_style_before_a_comma() -> None:
    assert office_before_title("وأكد خادم الحرمين الشريفين، ") == "خادم الحرمين الشريفين"


def test_holy_mosques_alone_are_no_style() -> None:
    assert office_before_title("وزار المصلون الحرمين الشريفين ") == ""


def test_custodian_style_in_an_article() -> None:
    text = ["وبعث المجلس برقية لخادم الحرمين الشريفين الملك منصور بن راشد يهنئه بالعيد."]
    assert "خادم الحرمين الشريفين" in _role_of(text, "منصور بن راشد")


# --- "محافظة" after a service's noun is the governorate, no woman governor ----------------------------------


def test_governorate_of_a_traffic_department_keeps_the_office() -> None:
    text = ["وقال الناطق الإعلامي في مرور محافظة حائل الرائد سامر الفلاحي إن الحادث وقع مساء أمس."]
    role = _role_of(text, "سامر الفلاحي")
    assert "الناطق الإعلامي" in role
    assert not role.startswith("محافظة")


def test_woman_governor_still_read() -> None:
    text = ["وقالت محافظة حائل سامية الفلاحي إن المشروع يكتمل قريبا."]
    assert "محافظة حائل" in _role_of(text, "سامية الفلاحي")
