"""Facts of real Arabic news pages nobody here tuned on, round 20: what they showed, written again with made-up
names and firms.

Egyptian business pages: a clause split at the decimal point of "91.5 مليون" (so the next figure counted "5 مليون
دولار ..."), "خلال الفترة" taken for what a sum measured, "وزادت المبيعات ... لتصل إلى" with no subject read,
"بزيادة ... بلغت 23.9 %", "رقم (35)" and "المواد 4 و7" as quantities, "10ملايين" typed against its digits read as
10, "العام المالي" (the financial year) as Mali, and every "جنيه" as sterling. A politics page: "نفى X وجود أي
تفاهم" gave a person "جود أي"."""

from __future__ import annotations

import pytest

from briefing_app.core.numbers import find_numbers
from tests.unit.facts_helpers import facts_of


def _figures(text: str, language: str = "ar") -> dict[float, str | None]:
    return {f.value: f.counts for f in facts_of([text], language) if f.kind == "figure" and f.value is not None}


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        # a decimal point is no clause boundary
        ("وقالت الشركة إنها حققت أرباحا بلغت 41.5 مليون دولار بزيادة عن العام السابق بلغت 12.4 %.", 12.4, "زيادة"),
        ("وسجل المصنع إيرادات قدرها 7.2 مليون جنيه بانخفاض قدره 3 %.", 3, "انخفاض"),
        # the subject of a change that "reached" the level, past its time adjunct
        ("وزادت مبيعات الشركة خلال الفترة لتصل إلى 373 مليون جنيه.", 373e6, "مبيعات الشركة"),
        ("وارتفع عدد المصابين في المدينة أمس ليصل إلى 120.", 120, "عدد المصابين"),
        ("وانخفضت صادرات القطن خلال المدة لتبلغ 40 ألف طن.", 40e3, "صادرات القطن"),
    ],
)
def test_what_an_arabic_business_figure_counts(text: str, value: float, counts: str) -> None:
    found = _figures(text)[value]
    assert found is not None and counts in found


@pytest.mark.parametrize(
    "text",
    [
        "وتقرر صرف الكوبون رقم (42) للمساهمين الشهر المقبل.",
        "ووافقت الجمعية على تعديل المواد 4 و7 من النظام الأساسي.",
        "وناقش المجلس البنود 3، 5 و9 من جدول الأعمال.",
        "הוועדה אישרה את סעיפים 3 ו-5 בחוק.",
    ],
)
def test_numbers_that_label_articles_and_coupons_are_no_figures(text: str) -> None:
    language = "he" if "ה" in text else "ar"
    assert _figures(text, language) == {}


def test_counted_items_joined_by_and_stay_figures() -> None:
    assert _figures("وقتل 5 جنود و7 مدنيين في القصف.") == {5: "جنود", 7: "مدنيين"}


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("أقل من 10ملايين دولار", 10e6, "USD"),
        ("نحو 5آلاف", 5e3, None),
        ("20.9 مليون جنيه", 20.9e6, "EGP"),
        ("بقيمة 1.75 جنيهًا", 1.75, "EGP"),
        ("20 ألف جنيه إسترليني", 20e3, "GBP"),
        ("5 ملايين ريال سعودي", 5e6, "SAR"),
        ("300 دينار كويتي", 300, "KWD"),
        ("10 ملايين ليرة سورية", 10e6, "SYP"),
        ("400 ريال", 400, None),  # a bare rial names no single currency
    ],
)
def test_arabic_sums_read_their_scale_and_currency(text: str, value: float, currency: str | None) -> None:
    (number,) = find_numbers(text, "ar")
    assert (number.value, number.currency) == (value, currency)


def test_the_financial_year_is_no_mali() -> None:
    places = {f.text for f in facts_of(["وقال إن العام المالي كان صعبا على الشركات في مالي والنيجر."], "ar")
              if f.kind == "place"}  # fmt: skip
    assert "المالي" not in places and "مالي" in places


def test_a_quantifier_after_a_name_makes_no_second_name() -> None:
    people = {f.text for f in facts_of(["ونفى وزير الخارجية سامي ورد وجود أي اتفاق سري."], "ar") if f.kind == "person"}
    assert people == {"سامي ورد"}


# Sports pages: "علق X قائد الفريق على ..." (commented), a nationality before a foreign name and its role, a
# foreign family name that is also a town's (Pereira), and a coach named by his club after his introduction as
# the club's technical director.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("علق عبد الله الحلو قائد فريق النجوم على الهدف الثاني.", "عبد الله الحلو", "قائد فريق النجوم"),
        ("وأرجع سامي الحداد، مدرب الفريق، الخسارة إلى الإصابات.", "سامي الحداد", "مدرب الفريق"),
        ("قال البرتغالي جواو بيريرا مدرب فريق الساحل في المؤتمر الصحافي إن المباراة صعبة.", "جواو بيريرا",
         "مدرب فريق الساحل"),
        ("أرجع البرتغالي جواو بيريرا، مدرب فريق الساحل الأول، الفوز إلى اللاعبين.", "جواو بيريرا",
         "مدرب فريق الساحل الأول"),
        ("قال الألماني كارل زينمان إن الفريق سيعود أقوى.", "كارل زينمان", "الألماني"),
    ],
)  # fmt: skip
def test_arabic_sports_subjects_and_their_roles(text: str, name: str, role: str) -> None:
    people = {f.text: f.role for f in facts_of([text], "ar") if f.kind == "person"}
    assert people.get(name) == role


@pytest.mark.parametrize(
    "text",
    [
        "وقال المصري إن الفريق سيعود أقوى.",  # a family name alone, no nationality before a name
        "وعلق المتحدث على القرار أمس.",
    ],
)
def test_a_lone_nisba_or_office_after_the_verb_names_nobody(text: str) -> None:
    assert [f for f in facts_of([text], "ar") if f.kind == "person"] == []


def test_a_coach_named_by_his_club_is_its_technical_director() -> None:
    paragraphs = [
        "أكد المدرب البرتغالي جواو ماركيز، المدير الفني لفريق نادي الساحل، أن المواجهة كانت صعبة.",
        "وخسر الساحل أمام النجوم بهدف دون رد.",
        "وقال مدرب الساحل: “كانت مباراة صعبة على الجميع”.",
    ]
    quotes = {f.text: f.speaker for f in facts_of(paragraphs, "ar") if f.kind == "quote"}
    assert quotes == {"كانت مباراة صعبة على الجميع": "جواو ماركيز"}


def test_a_marked_name_is_found_and_given_as_written() -> None:
    # (a shadda is no word character: "المتحدّة" was read as "المتحد" and "ة", and the body was missed)
    facts = facts_of(["وقالت الأمم المتحدّة إن الهجمات استهدفت مستشفيات في حلب."], "ar")
    assert "الأمم المتحدّة" in {f.text for f in facts if f.kind == "organisation"}


@pytest.mark.parametrize("text", ["واستهدفت الغارات مشافٍ سوريّة ومراكز طبيّة.", "وقصفت القوات الروسيّة القرية."])
def test_a_nisba_with_shadda_is_an_adjective_not_a_country(text: str) -> None:
    assert [f.text for f in facts_of([text], "ar") if f.kind == "place"] == []


# Report copy (round-18 dev): "حادثة واحدة (1)" (the feminine "one" was no number word, and a digit in brackets
# restating a spelled number made a second figure), "ثلاثة من هذه المشافي", "في أستانة 7 بتاريخ ..." (a numbered
# round of talks), "مرة واحدة" (once), and "مقطع فيديو واحد" read as a person.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتم التعرف على حادثة واحدة (1) استخدمت فيها الذخائر.", {1: "حادثة"}),
        ("ووثق الفريق مقطع فيديو واحد (1) متعلق بالحادثة.", {1: "فيديو"}),
        ("وسجل المرصد أربع (4) هجمات في الشهر.", {4: "هجمات"}),
        ("وقتل شرطي واحد في الهجوم.", {1: "شرطي"}),
        ("وزار الوزير المدينة مرة واحدة.", {}),
        ("وقعت الدول الراعية لمحادثات السلام مذكرة مددت في أستانة 7 بتاريخ 3 مارس.", {}),
        ("وسقط في إدلب 5 قتلى.", {5: "قتلى"}),
    ],
)
def test_counts_in_arabic_report_copy(text: str, expected: dict[float, str]) -> None:
    found = _figures(text)
    assert set(found) == set(expected)
    for value, counts in expected.items():
        assert counts in (found[value] or "")


def test_of_these_counts_the_noun_after_the_demonstrative() -> None:
    assert "المشافي" in (_figures("ثلاثة من هذه المشافي هوجمت في أسبوع واحد.")[3] or "")


def test_the_english_restated_digit_is_one_figure() -> None:
    assert list(_figures("The court fined three (3) companies on Monday.", "en")) == [3]


def test_one_after_a_noun_is_no_name() -> None:
    assert [f for f in facts_of(["ووثق الفريق مقطع فيديو واحد متعلق بالحادثة."], "ar") if f.kind == "person"] == []


@pytest.mark.parametrize(
    ("text", "inner", "office"),
    [
        ("أكد سامي ورد، المتحدث الرسمي باسم رئيس الوزراء كريم الحلو، أمس أن الحكومة باقية.", "كريم الحلو",
         "رئيس الوزراء"),
        ("قال نادر عيسى، المستشار الإعلامي لرئيس الجمهورية فادي نصر، إن الزيارة ستتم.", "فادي نصر", "رئيس الجمهورية"),
    ],
)  # fmt: skip
def test_a_person_named_inside_another_s_role_holds_the_office_before_the_name(
    text: str, inner: str, office: str
) -> None:
    people = {f.text: f.role for f in facts_of([text], "ar") if f.kind == "person"}
    assert people[inner] == office


def test_a_spokesman_named_after_his_body_keeps_his_office() -> None:
    people = {f.text: f.role for f in facts_of(["وقال المتحدث باسم وزارة الخارجية سامي ورد إن الوزير سيسافر."], "ar")
              if f.kind == "person"}  # fmt: skip
    assert people == {"سامي ورد": "المتحدث باسم وزارة الخارجية"}


# Technology pages: a name in quote marks with its role in commas after it ('عزم "X Y"، الرئيس التنفيذي ...'), a
# product's number inside its quoted name ('هاتف "آيفون 5"'), and a role that ran into the first word of a foreign
# name of three words.
def test_a_quoted_name_with_a_role_after_it_is_a_person() -> None:
    text = 'نقلت تقارير عزم "جيم روك"، الرئيس التنفيذي الجديد لدى شركة "نوفا" عقد مؤتمر صحفي.'
    assert {f.text: f.role for f in facts_of([text], "ar") if f.kind == "person"} == {"جيم روك": "الرئيس التنفيذي الجديد"}


def test_a_quoted_work_with_a_role_word_after_it_stays_no_person() -> None:
    text = 'وأكد "وفقا لسامي ورد"، المتحدث باسم الشركة، أن القرار نهائي.'
    assert all(not f.text.startswith("ل") for f in facts_of([text], "ar") if f.kind == "person")


@pytest.mark.parametrize("text", ['يعلن فيه عن هاتف "نوفا 5" الجديد.', 'وطرحت الشركة لعبة «عالم الرمال 3» أمس.'])
def test_the_number_of_a_quoted_product_name_is_no_figure(text: str) -> None:
    assert _figures(text) == {}


def test_a_role_never_ends_in_the_name_after_it() -> None:
    people = {f.text: f.role for f in facts_of(["وأوضح المتحدث باسم الحكومة دامانتانج ألبرت كامارا، إن شخصا لقي حتفه."],
                                               "ar") if f.kind == "person"}  # fmt: skip
    assert people == {"دامانتانج ألبرت كامارا": "المتحدث باسم الحكومة"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("من جانبها أوضحت وكيلة «الصحة العامة» سعاد الحمد أن الحالات مستقرة.", "سعاد الحمد", "وكيلة الصحة العامة"),
        ('وقال رئيس حزب "النهضة" سامي الحداد إن الحزب سيشارك.', "سامي الحداد", "رئيس حزب النهضة"),
    ],
)
def test_a_quoted_body_inside_an_office_before_a_name(text: str, name: str, role: str) -> None:
    assert {f.text: f.role for f in facts_of([text], "ar") if f.kind == "person"} == {name: role}
