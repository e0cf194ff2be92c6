"""Arabic key facts, round 54 second wave (k-arpl54b): invented Gulf local copy with made-up names and districts;
each class beside a near miss that keeps the old reading.

Classes: a two-word place whose second word takes the article, written glued as scraped copy loses the space
(gazetteer); a district named with its article after "منطقة" where the sentence gives it as a place
(place_shapes_ar); a definite district joined by "and" to a place, the last closing its clause (place_lists_ar); a country's name after "nationality" or "مالي" (financial) after a noun
of money, and "ليل" (night) in "منتصف ليل أمس", read as the common words they are (place_shapes_ar); a local
service office of a district no list holds, with its head noun before it or a verb after it (orgs_ar_local_branches);
a town no list holds named as where a site stands, closing its clause (place_located_ar)."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import headlined_facts


def _facts(paragraphs: list[str], title: str = "خبر محلي") -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _texts(paragraphs: list[str], kind: str) -> set[str]:
    return {f.text for f in _facts(paragraphs) if f.kind == kind}


# --- a two-word place glued into one word (gazetteer) ---------------------------------------------------------


def test_glued_two_word_place_after_a_preposition() -> None:
    assert "مكةالمكرمة" in _texts(["وسافر المعتمر فهد الزهراني إلى مكةالمكرمة صباح الجمعة."], "place")


def test_glued_two_word_place_with_a_clitic() -> None:
    assert "المدينةالمنورة" in _texts(["وافتتح المتجر الجديد فرعه بالمدينةالمنورة هذا الأسبوع."], "place")


def test_near_miss_glued_given_name_is_no_place() -> None:
    assert _texts(["وقال عبدالرحمن الشمري إن العمل مستمر."], "place") == set()


# --- a district named with its article after "منطقة" (place_shapes_ar) ----------------------------------------


def test_district_after_area_noun_read_as_a_place() -> None:
    places = _texts(["وقال رئيس البلدية إن فرق الصيانة تواصل تطوير منطقة البطين، وستليها أحياء أخرى."], "place")
    assert "البطين" in places


def test_near_miss_penalty_area_is_no_place() -> None:
    assert _texts(["وسدد المهاجم كرة قوية من داخل منطقة الجزاء في الدقيقة العاشرة."], "place") == set()


def test_near_miss_zone_of_operations_is_no_place() -> None:
    assert _texts(["وأصيب ثلاثة جنود في منطقة العمليات مساء الأحد."], "place") == set()


# --- a district joined by "and" to a place, closing its clause (place_lists_ar) -------------------------------


def test_district_joined_to_a_known_town_closing_the_clause() -> None:
    places = _texts(["وتجمعت مياه الأمطار في شوارع الطائف والسلامة، ما أدى إلى إغلاق عدد من الطرق."], "place")
    assert {"الطائف", "السلامة"} <= places


def test_two_districts_joined_one_after_the_other() -> None:
    places = _texts(["وانقطع التيار الكهربائي عن أبها والمنسك والربوة مساء الأربعاء."], "place")
    assert {"المنسك", "الربوة"} <= places


def test_near_miss_the_world_after_a_country_is_no_place() -> None:
    places = _texts(["وارتفعت أسعار الذهب في مصر والعالم."], "place")
    assert "العالم" not in places


def test_near_miss_a_definite_noun_running_on_is_no_place() -> None:
    places = _texts(["وعقد الوفد اجتماعا في الرياض والاتفاق على خطة العمل."], "place")
    assert "الاتفاق" not in places


def test_near_miss_an_adjective_after_and_is_no_place() -> None:
    places = _texts(["وقال المسؤول إن التعاون بين الكويت والسعودية، مستمر."], "place")
    assert "السعودية" in places and "والسعودية" not in places


# --- a country's or town's name read as the common word it is spelt as (place_shapes_ar) ------------------------


def test_nationality_adjective_after_citizenship_is_no_place() -> None:
    places = _texts(["وأوقفت الدوريات ثلاثة مقيمين من الجنسية اليمنية وشابا من الجنسية السعودية في حي النخيل."], "place")
    assert "السعودية" not in places


def test_near_miss_the_country_after_a_preposition_stays() -> None:
    assert "السعودية" in _texts(["وعاد المهندس ماجد القرني إلى السعودية بعد رحلة عمل."], "place")


def test_financial_adjective_after_a_money_noun_is_no_place() -> None:
    assert "مالي" not in _texts(["وتسلم المتضررون دعم مالي عاجل من الصندوق الخيري."], "place")


def test_near_miss_mali_after_a_role_noun_stays() -> None:
    assert "مالي" in _texts(["واستقبل الوزير رئيس مالي في قصر الضيافة."], "place")


def test_midnight_yesterday_is_no_town() -> None:
    assert _texts(["واندلع حريق في مستودع للأخشاب منتصف ليل أمس دون إصابات."], "place") == set()


# --- a local service office of a district no list holds (orgs_ar_local_branches) --------------------------------


def test_traffic_office_with_its_head_noun() -> None:
    bodies = _texts(["ووقع الحادث على الطريق الدائري قرب إدارة مرور الشفا، وباشرته فرق الإسعاف."], "organisation")
    assert "إدارة مرور الشفا" in bodies


def test_traffic_office_of_a_district_doing_something() -> None:
    bodies = _texts(["وأشار المتحدث إلى أن مرور الخالدية باشر التحقيق في ملابسات الحادث."], "organisation")
    assert "مرور الخالدية" in bodies


def test_near_miss_time_passing_is_no_office() -> None:
    assert _texts(["ومع مرور الوقت باشر الفريق أعماله في الموقع."], "organisation") == set()


def test_near_miss_passing_of_the_cars_is_no_office() -> None:
    assert _texts(["وتسبب مرور المركبات الثقيلة في تلف الطريق."], "organisation") == set()


# --- a town named as where a site stands (place_located_ar) -----------------------------------------------------


def test_town_after_a_health_centre_closing_the_clause() -> None:
    places = _texts(["وتشمل المشاريع توسعة مركز الرمال الصحي في دمستان، وصيانة مدارس المحافظة."], "place")
    assert "دمستان" in places


def test_town_glued_to_in_after_a_college_at_the_end() -> None:
    places = _texts(["وافتتح الوزير مبنى كلية النور للعلوم الجديد بالعكر."], "place")
    assert "العكر" in places


def test_near_miss_in_a_statement_after_a_centre_is_no_town() -> None:
    places = _texts(["وقال مركز الرمال الصحي في بيان، إن الخدمة مستمرة."], "place")
    assert "بيان" not in places


def test_near_miss_in_turn_after_a_hospital_is_no_town() -> None:
    places = _texts(["وأكد مدير مستشفى النور التخصصي بدوره، أن الحالات مستقرة."], "place")
    assert "بدوره" not in places and "دوره" not in places


def test_near_miss_a_town_running_on_is_no_place() -> None:
    places = _texts(["وقال مدير مركز الرمال الصحي في اجتماع عقد أمس إن العمل مستمر."], "place")
    assert "اجتماع" not in places
