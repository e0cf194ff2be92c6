"""Arabic organisations and places of Saudi local news (round 53: municipalities, governors, committees the
government forms), each shape written again with made-up names, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _named(paragraph: str, kind: str) -> list[str]:
    return [f.text for f in facts_of([paragraph], "ar") if f.kind == kind]


# A place of two words whose first word is a place by itself ("المدينة المنورة"): a body named by it keeps it whole.


def test_ar_municipality_of_medina_region_keeps_the_whole_place() -> None:
    assert _named("أغلقت أمانة منطقة المدينة المنورة 17 محلاً في حي النخيل.", "organisation") == [
        "أمانة منطقة المدينة المنورة"
    ]
    assert _named("وأعلنت شرطة منطقة المدينة المنورة القبض على ثلاثة مقيمين.", "organisation") == [
        "شرطة منطقة المدينة المنورة"
    ]


def test_ar_municipality_of_one_word_region_unchanged() -> None:
    assert _named("أغلقت أمانة منطقة الرياض 17 محلاً في حي النخيل.", "organisation") == ["أمانة منطقة الرياض"]


# A definite head, then another body's definite head: the first is the subject, the second the verb's object.


def test_ar_government_then_committee_is_not_one_body() -> None:
    orgs = _named("وشكلت الحكومة اللجنة الوطنية لمتابعة مشاريع تصريف مياه الأمطار.", "organisation")
    assert "اللجنة الوطنية" in orgs
    assert not any(o.startswith("الحكومة") for o in orgs)


def test_ar_government_then_budget_is_no_body() -> None:
    assert not any(
        o.startswith("الحكومة") for o in _named("وأقرت الحكومة الميزانية الجديدة للعام المقبل.", "organisation")
    )


def test_ar_government_with_its_adjective_unchanged() -> None:
    assert _named("وأعلنت الحكومة السعودية خطة جديدة للإسكان.", "organisation") == ["الحكومة السعودية"]
    assert _named("وقالت اللجنة الأولمبية السعودية إن البعثة وصلت.", "organisation") == ["اللجنة الأولمبية السعودية"]


# The governor of a governorate ("محافظ الخرج"): his town is a place, even with a titled name right after it.


def test_ar_town_after_governor_is_a_place() -> None:
    assert "الخرج" in _named("وكان محافظ الخرج قد وجه بدراسة وضع الطريق.", "place")
    assert "الخرج" in _named("ووجه محافظ الخرج الأمير سلطان بن فهد بدراسة الطريق.", "place")


def test_ar_governor_of_a_bank_gives_no_place() -> None:
    assert _named("وقال محافظ البنك المركزي إن التضخم تراجع.", "place") == []


# A second field of the فعالة shape joined by "and" after the body's field in ل keeps the name whole.


def test_ar_second_field_after_li_field_is_part_of_the_name() -> None:
    assert _named("وذلك وفق بيانات الرئاسة العامة للأرصاد وحماية البيئة.", "organisation") == [
        "الرئاسة العامة للأرصاد وحماية البيئة"
    ]


def test_ar_second_thing_after_a_ministry_or_a_number_is_not_its_field() -> None:
    assert _named("وأعلنت وزارة الصحة وسلامة المرضى أولوية للعام المقبل.", "organisation") == ["وزارة الصحة"]
    assert _named("وأعلنت الرئاسة العامة للأرصاد وثلاثة الأجهزة الأخرى الطوارئ.", "organisation") == [
        "الرئاسة العامة للأرصاد"
    ]
