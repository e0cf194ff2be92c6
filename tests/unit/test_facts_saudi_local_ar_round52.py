"""Arabic key facts, round 52: invented Saudi local news in the style of 2015 (municipalities, health, education,
police, civil defence, weather), with made-up names; each class beside a near miss that must keep the old reading.

Classes: "طالب" after a count is the noun "student", no verb of demanding with a subject after it ("1.1 مليون طالب
وطالبة عبر ..."); "سيول" in a sentence of rain and valleys is torrents, not Seoul; a line's number to call after its
adjective ("الرقم المجاني 940") is no figure; a year-shaped number beside another count of the same noun ("2300
مخالفة مقارنة بـ1900 مخالفة") is a count; the purpose of a referral ("إلى هيئة التحقيق والادعاء العام لاستكمال
الإجراءات") ends the body's name; a disease named after a region ("متلازمة الشرق الأوسط التنفسية") gives no place;
a university's teaching staff ("أعضاء هيئة التدريس") is no organisation."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import headlined_facts


def _facts(paragraphs: list[str], title: str = "خبر محلي") -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _texts(paragraphs: list[str], kind: str, title: str = "خبر محلي") -> set[str]:
    return {f.text for f in _facts(paragraphs, title) if f.kind == kind}


def _values(paragraphs: list[str]) -> list[float | None]:
    return [f.value for f in _facts(paragraphs) if f.kind == "figure"]


# --- "طالب" counted: a noun, no speech verb (people_ar_speech) ----------------------------------------------


def test_counted_students_are_no_speaker_and_no_name() -> None:
    paragraphs = [
        "وسيخدم النقل المدرسي هذا العام 1.1 مليون طالب وطالبة عبر 24 ألف حافلة.",
        "ويتوجه أكثر من 5.3 مليون طالب وطالبة يعودون إلى مقاعد الدراسة صباح الأحد.",
    ]
    assert _texts(paragraphs, "person") == set()


def test_near_miss_the_verb_demanded_still_opens_its_subject() -> None:
    paragraphs = ["وطالب رئيس الجمعية ناصر التويم بزيادة الدعم المقدم للأسر المحتاجة."]
    assert _texts(paragraphs, "person") == {"ناصر التويم"}


# --- torrents, not Seoul (place_shapes_ar) --------------------------------------------------------------------


def test_torrents_in_a_weather_sentence_are_no_place() -> None:
    places = _texts(["توقعت الأرصاد هطول أمطار رعدية وسيول على مرتفعات جازان وعسير حتى الخميس."], "place")
    assert "سيول" not in places
    assert {"جازان", "عسير"} <= places


def test_near_miss_seoul_in_a_visit_stays_a_place() -> None:
    places = _texts(["وصل الرئيس إلى سيول في زيارة رسمية لكوريا الجنوبية تستغرق ثلاثة أيام."], "place")
    assert "سيول" in places


# --- the number of a line to call (number_names) ---------------------------------------------------------------


def test_a_free_line_number_is_no_figure() -> None:
    paragraphs = [
        "ودعت الأمانة السكان إلى الإبلاغ عن المخالفات عبر الرقم المجاني 940.",
        "ويمكن التواصل مع مركز الاتصال على الرقم الموحد 937 على مدار الساعة.",
    ]
    assert _values(paragraphs) == []


def test_near_miss_calls_counted_on_a_hot_line_stay_a_figure() -> None:
    assert _values(["وبلغ عدد الاتصالات على الخط الساخن 4500 اتصال خلال الشهر."]) == [4500]


# --- a year-shaped count beside a count of the same noun (figures_ar) -----------------------------------------


def test_a_year_shaped_count_compared_with_a_count_of_the_same_noun() -> None:
    paragraphs = ["ورصد النظام 2300 مخالفة قطع إشارة مقارنة بـ1900 مخالفة في الشهر ذاته من العام الماضي."]
    assert _values(paragraphs) == [2300, 1900]


def test_near_miss_a_year_after_its_noun_stays_a_date() -> None:
    paragraphs = ["ورصد النظام 2300 مخالفة قطع إشارة مقارنة بعام 2014 حين سجلت المحافظة أرقاما أقل."]
    assert _values(paragraphs) == [2300]


# --- the purpose of a referral ends the body's name (orgs_ar) --------------------------------------------------


def test_the_purpose_of_a_referral_is_no_part_of_the_body() -> None:
    paragraphs = [
        "وتمت إحالة المتهمين إلى هيئة التحقيق والادعاء العام لاستكمال الإجراءات النظامية بحقهم.",
        "وأحيلت القضية إلى المحكمة الجزائية للنظر فيها.",
    ]
    assert _texts(paragraphs, "organisation") == {"هيئة التحقيق والادعاء العام", "المحكمة الجزائية"}


def test_near_miss_a_field_in_li_stays_in_the_name() -> None:
    paragraphs = ["وشاركت اللجنة الوطنية لمكافحة المخدرات والهيئة العامة للإحصاء في الاجتماع."]
    assert _texts(paragraphs, "organisation") == {"اللجنة الوطنية لمكافحة المخدرات", "الهيئة العامة للإحصاء"}


# --- a disease named after a region (place_shapes_ar) ---------------------------------------------------------


def test_mers_gives_no_place() -> None:
    paragraphs = ["وسجلت الوزارة حالتين جديدتين بفيروس كورونا المسبب لمتلازمة الشرق الأوسط التنفسية في الطائف."]
    places = _texts(paragraphs, "place")
    assert "الشرق الأوسط" not in places
    assert "الطائف" in places


def test_near_miss_the_region_itself_stays_a_place() -> None:
    assert "الشرق الأوسط" in _texts(["ووصل الوفد إلى الشرق الأوسط أمس في جولة تشمل خمس دول."], "place")


# --- a university's teaching staff (orgs_ar, orgs_ar_tagged) --------------------------------------------------


def test_teaching_staff_is_no_organisation() -> None:
    paragraphs = [
        "وكرم الوزير 15 عضو هيئة تدريس حصلوا على جوائز التميز البحثي.",
        "وبلغ عدد أعضاء هيئة التدريس في الجامعة 4200 عضو.",
    ]
    assert _texts(paragraphs, "organisation") == set()


def test_near_miss_a_development_authority_stays_a_body() -> None:
    assert _texts(["وقالت هيئة تطوير الرياض إن المشروع اكتمل."], "organisation") == {"هيئة تطوير الرياض"}


# --- investors and sellers named by their calling (people_ar_heads) -------------------------------------------


def test_an_investor_and_a_seller_keep_their_calling_as_role() -> None:
    paragraphs = [
        "وقال المستثمر العقاري عبدالله بن فهد السديري: إن فرض الرسوم سيدفع الملاك إلى البيع.",
        'وقال البائع سعد المطيري: "الطلب هذا العام أعلى من المعتاد".',
    ]
    roles = {f.text: f.role for f in _facts(paragraphs) if f.kind == "person"}
    assert roles == {"عبدالله بن فهد السديري": "المستثمر العقاري", "سعد المطيري": "البائع"}


def test_near_miss_investors_in_the_plural_name_nobody() -> None:
    paragraphs = ["وارتفع عدد المستثمرين الأجانب في السوق، وأكد التقرير أن المستثمر الأجنبي يواجه صعوبات."]
    assert _texts(paragraphs, "person") == set()


# --- "للتحقيق معه" after the body a suspect is referred to (orgs_ar) -------------------------------------------


def test_questioning_after_the_referral_is_no_part_of_the_body() -> None:
    paragraphs = ["وأحيل المتهم إلى هيئة التحقيق والادعاء العام للتحقيق معه."]
    assert _texts(paragraphs, "organisation") == {"هيئة التحقيق والادعاء العام"}


# --- two places after the kind in the dual (place_shapes_ar) ---------------------------------------------------


def test_two_governorates_after_the_dual_kind_are_places() -> None:
    paragraphs = ["وتشمل المشاريع تنفيذ شبكات لتصريف مياه الأمطار في محافظتي بقعاء والغزالة."]
    assert {"بقعاء", "الغزالة"} <= _texts(paragraphs, "place")


def test_near_miss_my_area_and_its_adjectives_name_no_place() -> None:
    paragraphs = ["وأوضح أن منطقتي السكنية والتجارية تحتاجان إلى خدمات أفضل."]
    assert _texts(paragraphs, "place") == set()
