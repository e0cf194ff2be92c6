"""Arabic key facts, round 56 (k-arp56): invented Gulf local copy (ministries and municipalities, universities,
hospitals, charities) with made-up names and towns; each class beside a near miss that keeps the old reading.

Classes: a ministry with its definite genitive, then "و" and a second body ("وزارة الداخلية وبلدية X") is no
indefinite description (orgs_ar); a university named after a king and a head with two titles, "الأستاذ الدكتور"
(people_ar_roles); a town's general hospital, "مستشفى X العام", not "العام الماضي" (place_shapes_ar); a charity's
field after "الخيرية"/"الأهلية" (orgs_ar_charities)."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from briefing_app.core.facts.orgs_ar import arabic_orgs
from briefing_app.core.facts.orgs_ar_charities import charity_field
from tests.unit.facts_helpers import headlined_facts


def _facts(paragraphs: list[str], title: str = "خبر محلي") -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _texts(paragraphs: list[str], kind: str) -> set[str]:
    return {f.text for f in _facts(paragraphs) if f.kind == kind}


def _role_of(paragraphs: list[str], name: str) -> str:
    return " ".join(f.role or "" for f in _facts(paragraphs) if f.kind == "person" and f.text == name)


def _orgs(text: str) -> list[str]:
    return [n for _s, _e, n in arabic_orgs(text)]


# --- a ministry, then "and" a second body (orgs_ar) ------------------------------------------------------------


def test_ministry_then_a_municipality_after_and() -> None:
    assert _orgs("ونفذ الفريق الجولة بالتنسيق مع وزارة التجارة وبلدية الوسيطة أمس.") == [
        "وزارة التجارة",
        "بلدية الوسيطة",
    ]


def test_ministry_then_a_municipality_in_an_article() -> None:
    orgs = _texts(["وأطلق الفريق حملة رقابية بالتعاون مع وزارة الداخلية وبلدية الوسيطة لضبط المخالفين."], "organisation")
    assert {"وزارة الداخلية", "بلدية الوسيطة"} <= orgs
    assert "زارة الداخلية" not in orgs


def test_a_bare_noun_and_an_indefinite_adjective_still_name_no_body() -> None:
    assert _orgs("وأكد أن الهيئة الجديدة هي هيئة رقابة محلية تتبع الوزارة.") == []


# --- a royal-named university and "الأستاذ الدكتور" (people_ar_roles) -------------------------------------------


def test_office_at_a_royal_named_university_before_two_titles() -> None:
    text = ["وقدم رئيس جامعة الملك سلمان الأستاذ الدكتور سالم بن فهد الغامدي الشكر لمنسوبي الجامعة."]
    assert "رئيس جامعة الملك سلمان" in _role_of(text, "سالم بن فهد الغامدي")


def test_office_at_a_royal_named_university_before_one_title_unchanged() -> None:
    text = ["وقال رئيس جامعة الملك سلمان الدكتور سالم الحربي إن الدفعة الجديدة تخرجت."]
    assert _role_of(text, "سالم الحربي") == "رئيس جامعة الملك سلمان"


def test_two_titles_with_no_office_before_them_give_no_office() -> None:
    text = ["وقدم الأستاذ الدكتور سالم بن فهد الغامدي محاضرة عن تاريخ المنطقة."]
    assert "مدير" not in _role_of(text, "سالم بن فهد الغامدي")


# --- a town's general hospital (place_shapes_ar) ------------------------------------------------------------


def test_general_hospital_of_a_town() -> None:
    places = _texts(["ونقل المصاب إلى مستشفى الدوادمي العام، حيث تلقى العلاج اللازم."], "place")
    assert "مستشفى الدوادمي العام" in places


def test_last_year_after_a_hospital_is_no_part_of_its_name() -> None:
    places = _texts(["وافتتح مستشفى الدوادمي العام الماضي بسعة مئة سرير."], "place")
    assert "مستشفى الدوادمي" in places
    assert "مستشفى الدوادمي العام" not in places


# --- a charity's field (orgs_ar_charities) --------------------------------------------------------------------


def test_charity_named_for_its_care() -> None:
    assert "جمعية الريحان الخيرية لرعاية الأيتام" in _orgs("وتبرع رجل أعمال لجمعية الريحان الخيرية لرعاية الأيتام بمبلغ.")


def test_charitable_foundation_of_a_town_and_its_field() -> None:
    orgs = _orgs("ووقعت مؤسسة الوادي الخيرية لتنمية المجتمع اتفاقية مع الشركة.")
    assert "مؤسسة الوادي الخيرية لتنمية المجتمع" in orgs


def test_civil_body_for_teaching_the_quran() -> None:
    orgs = _orgs("ووقعت جمعية النخيل الأهلية لتحفيظ القرآن الكريم مذكرة تفاهم.")
    assert "جمعية النخيل الأهلية لتحفيظ القرآن الكريم" in orgs


def test_whom_a_charity_helped_is_no_part_of_its_name() -> None:
    assert _orgs("وقدمت جمعية الوفاء الخيرية لأسرته مساعدة عاجلة.") == ["جمعية الوفاء الخيرية"]
    assert charity_field("الخيرية", ["لأهالي", "القرية"], 0) == []
    assert charity_field("الجديدة", ["لرعاية", "الأيتام"], 0) == []


# --- a deputy minister's portfolio after the ministry (orgs_ar) ----------------------------------------------


def test_deputy_ministers_portfolio_is_no_part_of_the_ministry() -> None:
    assert _orgs("وتفقد وكيل وزارة الزراعة للثروة الحيوانية المهندس سامي الحربي المزارع.") == ["وزارة الزراعة"]


def test_assistant_deputy_of_the_ministry_names_no_body() -> None:
    assert _orgs("ورافقه وكيل الوزارة المساعد للتشغيل والإمداد سامي القرني.") == []


def test_a_body_named_for_its_field_keeps_it_after_a_deputy() -> None:
    assert _orgs("وقال وكيل الهيئة العامة للإحصاء إن العدد ارتفع.") == ["الهيئة العامة للإحصاء"]


# --- the office written before a title (people_ar_role_edges) ------------------------------------------------


def test_supervisor_of_a_unit_in_a_ministry_before_a_title() -> None:
    text = ["وحضر الاجتماع المشرف على العناية المركزة في وزارة الصحة الدكتور فهد الشمراني."]
    assert _role_of(text, "فهد الشمراني") == "المشرف على العناية المركزة في وزارة الصحة"


def test_adviser_to_his_highness_before_a_title() -> None:
    text = ["وشارك في الاجتماع المستشار الخاص لسموه الدكتور بدر الزهراني وأعضاء اللجنة."]
    assert _role_of(text, "بدر الزهراني") == "المستشار الخاص لسموه"


def test_where_a_title_spoke_is_no_office() -> None:
    text = ["وتحدث في الندوة الدكتور فهد الشمراني عن تاريخ القرية."]
    assert _role_of(text, "فهد الشمراني") == "الدكتور"


# --- two wilayats, municipalities or villages in the dual (place_shapes_ar) ----------------------------------


def test_two_wilayats_in_the_dual() -> None:
    assert {"صحم", "لوى"} <= _texts(["وستزور اللجنة ولايتي صحم ولوى الأسبوع القادم."], "place")


def test_two_towns_by_their_municipalities_in_the_dual() -> None:
    assert {"الشبيكة", "المراغة"} <= _texts(["وزارت اللجنة بلديتي الشبيكة والمراغة أمس."], "place")


def test_my_two_terms_are_no_places() -> None:
    assert _texts(["وقال الرئيس إن ولايتي الأولى والثانية شهدتا إصلاحات."], "place") == set()


def test_supervisor_in_a_list_after_a_comma() -> None:
    text = ["وزار المستشفى يرافقه وكيل الوزارة للتشغيل سامي العنزي، والمشرف على العناية المركزة في وزارة الصحة "
            "الدكتور فهد الشمراني."]  # fmt: skip
    assert _role_of(text, "فهد الشمراني") == "المشرف على العناية المركزة في وزارة الصحة"
