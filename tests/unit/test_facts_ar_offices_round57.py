"""Arabic key facts, round 57 (k-ar57): invented Saudi local copy with made-up names; each class beside a near
miss that keeps the old reading.

Classes (people_ar_role_edges.office_before_title, the office written before a holder's title): the chain ends
with a known town glued to ب ("مدير الكلية الصحية بنجران الأستاذ X"); a general office before a body's unit
("مدير عام فرع وزارة ..."، "المشرف العام على ..."); a second genitive joined with و ("الشؤون المالية
والإدارية"); and the supervisor, "مشرف", an office noun (people_ar_words)."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from briefing_app.core.facts.people_ar_role_edges import office_before_title
from tests.unit.facts_helpers import headlined_facts


def _facts(paragraphs: list[str], title: str = "خبر محلي") -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _role_of(paragraphs: list[str], name: str) -> str:
    return " ".join(f.role or "" for f in _facts(paragraphs) if f.kind == "person" and f.text == name)


# --- a town glued to ب at the end of the office's chain ------------------------------------------------------


def test_office_ending_with_a_town_after_b() -> None:
    assert office_before_title("وحضر الافتتاح مدير الكلية الصحية بنجران ") == "مدير الكلية الصحية بنجران"


def test_a_non_place_after_b_ends_no_office() -> None:
    assert office_before_title("وكرم مدير الكلية الطلاب بحضور ") == ""


def test_town_office_before_a_title_in_an_article() -> None:
    text = ["وحضر حفل التخرج مدير الكلية الصحية بنجران الأستاذ ماجد الحمدان."]
    assert "مدير الكلية الصحية بنجران" in _role_of(text, "ماجد الحمدان")


# --- "عام" after the head, a body's unit, and the supervisor general ----------------------------------------


def test_general_director_of_a_ministry_branch() -> None:
    before = "والتقى المحافظ مدير عام فرع وزارة الإسكان بالمنطقة "
    assert office_before_title(before) == "مدير عام فرع وزارة الإسكان بالمنطقة"


def test_year_not_after_an_office_is_no_chain() -> None:
    assert office_before_title("وزار المعرض في هذا عام ") == ""


def test_branch_director_before_an_engineer_in_an_article() -> None:
    text = ["واستقبل المحافظ في مكتبه مدير عام فرع وزارة الإسكان بالمنطقة المهندس ناصر الدوسي ."]
    assert "مدير عام فرع وزارة الإسكان" in _role_of(text, "ناصر الدوسي")


def test_supervisor_general_on_a_department() -> None:
    before = "وحضر المشرف العام على الشؤون الإدارية بالمستشفى "
    assert office_before_title(before) == "المشرف العام على الشؤون الإدارية بالمستشفى"


def test_director_general_at_the_head_of_a_delegation_is_no_supervisor() -> None:
    assert office_before_title("وحضر المدير العام على رأس ") == ""


# --- a second genitive joined with و, and "مشرف" -----------------------------------------------------------------


def test_second_genitive_after_and() -> None:
    before = "وحضر مشرف عام الشؤون المالية والإدارية بالجامعة "
    assert office_before_title(before) == "مشرف عام الشؤون المالية والإدارية بالجامعة"


def test_second_office_after_and_is_no_genitive() -> None:
    assert office_before_title("وحضر مدير المستشفى والمدير ") == ""


def test_supervisor_before_a_doctor_in_an_article() -> None:
    text = ["وبين مشرف عام الشؤون المالية والإدارية بالجامعة الدكتور هشام بن فالح العتيبي أن الميزانية اعتمدت."]
    assert "مشرف عام الشؤون المالية والإدارية بالجامعة" in _role_of(text, "هشام بن فالح العتيبي")


# --- a club named with its noun, "نادي X" (orgs_ar_clubs) ------------------------------------------------------


def _orgs_of(paragraphs: list[str]) -> set[str]:
    return {f.text for f in _facts(paragraphs) if f.kind == "organisation"}


def test_club_named_with_its_noun_in_local_copy() -> None:
    orgs = _orgs_of(["واستقبل المحافظ رئيس مجلس إدارة نادي الوسيطة سالم الحربي وأعضاء المجلس."])
    assert "نادي الوسيطة" in orgs
    assert "الوسيطة" not in orgs


def test_club_with_a_glued_preposition() -> None:
    orgs = _orgs_of(["وتقرر تكليف إدارة مؤقتة لتسيير الأمور بنادي الوسيطة حتى انعقاد الجمعية."])
    assert "نادي الوسيطة" in orgs


def test_team_in_a_match_report_stays_bare() -> None:
    orgs = _orgs_of(["وتغلب فريق الوسيطة على ضيفه في مباراة الجولة الخامسة من الدوري."])
    assert "نادي الوسيطة" not in orgs


# --- "رئيس مجلس إدارة" before a body and its holder (people_ar_roles) ---------------------------------------------


def test_board_chairman_of_a_club_then_the_name() -> None:
    text = ["واستقبل المحافظ رئيس مجلس إدارة نادي الوسيطة ماجد الحربي ورئيس مجلس إدارة نادي القمة فهد العلي."]
    assert "رئيس مجلس إدارة نادي الوسيطة" in _role_of(text, "ماجد الحربي")
    assert "رئيس مجلس إدارة نادي القمة" in _role_of(text, "فهد العلي")


def test_board_chairman_of_a_charity_then_the_name() -> None:
    text = ["واستقبل المحافظ رئيس مجلس إدارة جمعية البر الخيرية ماجد الحربي في مكتبه."]
    assert "رئيس مجلس إدارة جمعية البر الخيرية" in _role_of(text, "ماجد الحربي")


def test_board_chairman_then_a_verb_object_is_no_person() -> None:
    people = {f.text for f in _facts(["وناقش رئيس مجلس إدارة البنك خطة العام المقبل مع الموظفين."]) if f.kind == "person"}
    assert people == set()
