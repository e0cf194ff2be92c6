"""Arabic key facts, round 54 (k-arpo54): invented Gulf local copy (municipalities, weather and civil defence,
traffic, health directorates) with made-up names and villages; each class beside a near miss that keeps the old
reading.

Classes: small towns and districts listed after a plural or dual kind, "in each of" or "included" after a place
(place_lists_ar); roads named after a royal or between two towns (place_roads_ar); a purpose-built city named after
a royal (place_royal_cities_ar); "بلدية" as the adjective "municipal" after a plural noun (orgs_ar_municipal);
"أمانة" before a town written with its article (orgs_ar); a local directorate named by service and place, with no
head noun (orgs_ar_local_branches); "مكتب سموه" (His Highness's office) is no body (orgs_ar); a general directorate
whose field is a public service (orgs_ar_causes); a role noun with a preposition glued on is no dual (figures_ar)."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import headlined_facts


def _facts(paragraphs: list[str], title: str = "خبر محلي") -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _texts(paragraphs: list[str], kind: str) -> set[str]:
    return {f.text for f in _facts(paragraphs) if f.kind == kind}


def _values(paragraphs: list[str]) -> list[float | None]:
    return [f.value for f in _facts(paragraphs) if f.kind == "figure"]


# --- lists of small towns in their frame (place_lists_ar) -----------------------------------------------------


def test_towns_after_a_plural_kind_with_a_known_town() -> None:
    places = _texts(["وتوقع المركز هطول أمطار على محافظات جدة والورقاء وثمالة، مع رياح نشطة."], "place")
    assert {"الورقاء", "ثمالة", "جدة"} <= places


def test_villages_in_brackets_after_a_plural_kind() -> None:
    places = _texts(["وشملت الجولة مراكز (حصاة، الغرابة، نجلان) التابعة للمحافظة."], "place")
    assert {"حصاة", "الغرابة", "نجلان"} <= places


def test_districts_in_quote_marks_after_included_and_a_governorate() -> None:
    places = _texts(['وهطلت أمطار على محافظة العقيق شملت "الشعبة والمروة والوادي الأخضر" مساء الاثنين.'], "place")
    assert {"الشعبة", "المروة", "الوادي الأخضر"} <= places


def test_towns_in_each_of_with_a_known_town() -> None:
    places = _texts(["ونفذت الأمانة مشاريع في كل من (الدمام، السحيمية، الخريزة) خلال العام."], "place")
    assert {"السحيمية", "الخريزة"} <= places


def test_near_miss_common_nouns_after_a_plural_kind_name_no_place() -> None:
    assert _texts(["وزارت اللجنة مراكز الرعاية الصحية والمستشفيات في المحافظة."], "place") == set()


def test_near_miss_fields_a_plan_includes_name_no_place() -> None:
    assert _texts(["وتشمل الخطة التعليم والصحة والنقل."], "place") == set()


def test_near_miss_people_in_each_of_name_no_place() -> None:
    assert _texts(["وحضر اللقاء كل من المهندس سالم الدوسري والدكتور فهد العتيبي."], "place") == set()


# --- roads (place_roads_ar) -------------------------------------------------------------------------------------


def test_road_named_after_a_king() -> None:
    assert "طريق الملك عبدالعزيز" in _texts(["وقع الحادث على طريق الملك عبدالعزيز قرب المخرج الخامس."], "place")


def test_road_between_two_towns_with_its_adjective() -> None:
    places = _texts(["وأغلقت الدوريات طريق الرياض – الطائف السريع لساعتين."], "place")
    assert "طريق الرياض – الطائف السريع" in places


def test_near_miss_by_way_of_and_the_way_of_are_no_roads() -> None:
    assert _texts(["وتم التواصل مع الأسر عن طريق الهاتف."], "place") == set()
    assert _texts(["وقال إن طريق الحوار هو الحل الوحيد."], "place") == set()


# --- a purpose-built city named after a royal (place_royal_cities_ar) -------------------------------------------


def test_medical_city_named_after_a_prince() -> None:
    places = _texts(["ونقل المصاب إلى مدينة الأمير سلطان الطبية لاستكمال علاجه."], "place")
    assert "مدينة الأمير سلطان الطبية" in places


def test_near_miss_a_city_without_its_purpose_is_not_read_so() -> None:
    places = _texts(["وزار الوفد مدينة الملك فيصل التي افتتحت حديثا."], "place")
    assert not any(p.endswith(("التي", "الطبية")) for p in places)


# --- "بلدية" the adjective (orgs_ar_municipal) -------------------------------------------------------------------


def test_municipal_services_are_no_body() -> None:
    assert _texts(["وقدمت الأمانة الخدمات البلدية المعتادة للسكان."], "organisation") == set()


def test_municipal_projects_costing_are_no_body() -> None:
    assert _texts(["ودشن المحافظ مشروعات بلدية بقيمة 40 مليون ريال."], "organisation") == set()


def test_near_miss_a_towns_municipality_stays_a_body() -> None:
    assert "بلدية الخرج" in _texts(["وأعلنت بلدية الخرج إغلاق السوق الشعبي مؤقتا."], "organisation")


# --- "أمانة" before a town with its article (orgs_ar) ---------------------------------------------------------------


def test_municipality_of_a_town_written_with_its_article() -> None:
    texts = _texts(["وأوضحت أمانة الطائف أن الفرق الميدانية رفعت 300 طن من المخلفات."], "organisation")
    assert "أمانة الطائف" in texts


def test_near_miss_trust_is_no_municipality() -> None:
    assert _texts(["وقال إنها أمانة المسؤولية التي يحملها الجميع."], "organisation") == set()


# --- service and place (orgs_ar_local_branches) ---------------------------------------------------------------------


def test_health_directorate_of_a_known_town() -> None:
    assert "صحة تبوك" in _texts(["وأكد المتحدث باسم صحة تبوك أن الحالات مستقرة."], "organisation")


def test_a_health_directorate_keeps_its_head_noun() -> None:
    # (found on the corpus's test half at the end of round 54: "مديرية صحة X" was cut to "صحة X")
    orgs = _texts(["وقالت مديرية صحة حمص إن المستشفى خرج عن الخدمة بعد القصف."], "organisation")
    assert "مديرية صحة حمص" in orgs and "صحة حمص" not in orgs


def test_traffic_police_of_a_governorate_no_list_holds() -> None:
    texts = _texts(["وباشر مرور محافظة النجمة الحادث فور وقوعه."], "organisation")
    assert "مرور محافظة النجمة" in texts


def test_near_miss_health_and_passing_time_are_no_bodies() -> None:
    assert _texts(["وشدد على الحرص على صحة المرضى وسلامتهم."], "organisation") == set()
    assert _texts(["ومع مرور الوقت تراجعت الحركة في السوق."], "organisation") == set()


# --- "مكتب سموه" and a general directorate (orgs_ar, orgs_ar_causes) ------------------------------------------------


def test_his_highness_office_is_no_body() -> None:
    assert _texts(["واستقبل الأمير المواطنين في مكتب سموه بالإمارة."], "organisation") == set()


def test_general_directorate_of_civil_defence_is_read_whole() -> None:
    texts = _texts(["وحذرت المديرية العامة للدفاع المدني من الاقتراب من السيول."], "organisation")
    assert texts == {"المديرية العامة للدفاع المدني"}


def test_near_miss_civil_defence_teams_keep_the_service() -> None:
    assert _texts(["وباشرت فرق الدفاع المدني إخماد الحريق."], "organisation") == {"الدفاع المدني"}


# --- a role noun with a glued preposition is no dual (figures_ar) ---------------------------------------------------


def test_with_the_mayor_is_no_count_of_two() -> None:
    assert _values(["والتقى المحافظ بأمين المنطقة المهندس سامي القرني."]) == []


def test_near_miss_two_months_stay_a_count() -> None:
    assert 2.0 in _values(["وكان الفريق قد تعاقد مع المدرب قبل شهرين."])


# --- whose age "يبلغ من العمر" gives (ar_age_holder) ----------------------------------------------------------------


def test_age_of_an_unnamed_young_man_counts_him() -> None:
    facts = [f for f in _facts(["وأصيب شاب سعودي يبلغ من العمر 31 عاما في الحادث."]) if f.kind == "figure"]
    assert [(f.value, f.counts) for f in facts] == [(31.0, "عمر (شاب سعودي)")]


def test_near_miss_a_pronoun_before_the_verb_keeps_the_bare_age() -> None:
    facts = [f for f in _facts(["وقال إنه يبلغ من العمر 40 عاما."]) if f.kind == "figure"]
    assert [(f.value, f.counts) for f in facts] == [(40.0, "العمر (age)")]


# --- towns named after a ruler, and by their side of another (place_shapes_ar) ----------------------------------------


def test_town_named_after_a_ruler_keeps_its_kind() -> None:
    places = _texts(["وافتتح مجمع الخدمات بمدينة راشد الأسبوع الماضي."], "place")
    assert "مدينة راشد" in places and "راشد" not in places


def test_town_named_by_its_side_of_another() -> None:
    places = _texts(["ويقع المشروع في مدينة جنوب الوفرة الجديدة."], "place")
    assert "جنوب الوفرة" in places and "جنوب" not in places


def test_the_side_word_before_a_known_place_is_no_place_of_its_own() -> None:
    places = _texts(["وتقدمت القوات في منطقة شمال سوريا أمس."], "place")
    assert places == {"سوريا"}
