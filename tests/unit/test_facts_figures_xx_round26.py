"""What figures count in Danish, Arabic and Hebrew news (round 26), each class written again with made-up names,
places and numbers.

Any RTL language: a count told twice with the same word before it and another noun after it ("تسجيل 9 وفيات" in a
headline, "تسجيل 9 حالات وفاة" in its lede) was taken for a name's number ("Windows 7") and both were dropped.
Hebrew: a figure joined by "ו-" or "ואילו" with its own plural verb and no noun ("48 זוגות נישאו, ו-15 התגרשו") read
the verb as what it counts; "כבן 20" (about aged) was no age; "שני" after its noun ("במקום שני.", "שבוע שני ברציפות")
is the ordinal "second", no count. Danish: a noun opened by a unit's stem ("årsværk", "dagpengemodtagere") was read
as that unit; "uge 51" (a week's number) and a score glued to its noun ("3-0-sejren") were figures; a Danish noun
spelled as an English verb ("14 hold") was no noun; "i forhold til" after a noun ran into what it counts; a rate
reached after a step in points ("steg med 0,4 procentpoint til 5,1 procent") lost its subject.
"""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _figures(paragraphs: list[str], language: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of(paragraphs, language) if f.kind == "figure"]


def _counts(paragraph: str, value: float, language: str) -> str | None:
    return next((c for v, c in _figures([paragraph], language) if v is not None and abs(v - value) < 1e-6), None)


# A count told twice with the same word before it


@pytest.mark.parametrize(
    ("paragraphs", "language", "value"),
    [
        (["أعلنت وزارة الصحة تسجيل 9 وفيات جديدة.", "وقالت الوزارة إنها سجلت تسجيل 9 حالات وفاة خلال يوم."], "ar", 9),
        (["مقتل 6 أشخاص في انفجار بمدينة الواحة.", "وأسفر الانفجار عن مقتل 6 عمال في المصنع."], "ar", 6),
        (["המשטרה: נעצרו 4 חשודים בפריצה.", "בלילה נעצרו 4 צעירים מהכפר הסמוך."], "he", 4),
    ],
)
def test_a_count_told_twice_with_other_nouns_is_kept_both_times(
    paragraphs: list[str], language: str, value: float
) -> None:
    found = [c for v, c in _figures(paragraphs, language) if v == value]
    assert len(found) == 2, _figures(paragraphs, language)


def test_a_numbered_name_told_twice_is_still_no_figure() -> None:
    paragraphs = ["قالت الوكالة إن المسبار زيفار 2 يقترب من المريخ.", "وكانت زيفار 2 قد أطلقت قبل أعوام."]
    assert not [c for v, c in _figures(paragraphs, "ar") if v == 2]


# Hebrew: a figure with its own plural verb and no noun


@pytest.mark.parametrize(
    ("paragraph", "value", "noun"),
    [
        ("בשנה שעברה 31,200 זוגות נישאו בעיר, ו-9,400 התגרשו.", 9400, "זוגות"),
        ("לפי הדוח, 41.5% מהפניות היו תלונות על רעש ו-18.2% היו על פסולת.", 18.2, "מהפניות"),
        ("12.4 אלף איש עזבו את המחוז, ואילו 8.1 אלף חזרו אליו.", 8100, "איש"),
        ("בתחרות השתתפו 40 רצים, ו-12 סיימו את המסלול.", 12, "רצים"),
    ],
)
def test_a_hebrew_figure_with_its_own_verb_counts_the_noun_before(paragraph: str, value: float, noun: str) -> None:
    counts = _counts(paragraph, value, "he")
    assert counts and noun in counts


def test_a_hebrew_figure_with_its_own_noun_keeps_it() -> None:
    assert _counts("12 סטודנטים הגיעו לכנס ו-30 מרצים השתתפו בו.", 30, "he") == "מרצים"


# Hebrew: about aged


@pytest.mark.parametrize(
    ("paragraph", "value"),
    [
        ("גבר כבן 38 נפצע קשה בתאונה בכביש הגישה לקיבוץ.", 38),
        ("אישה כבת 71 נהרגה מפגיעת רכב בשכונה.", 71),
    ],
)
def test_an_approximate_hebrew_age_is_an_age(paragraph: str, value: float) -> None:
    counts = _counts(paragraph, value, "he")
    assert counts and "age" in counts


def test_a_hebrew_ke_before_another_word_is_no_age() -> None:
    counts = _counts("כ-38 בני אדם נפצעו בתאונה.", 38, "he")
    assert counts and "age" not in counts


# Hebrew: "second" after its noun


@pytest.mark.parametrize(
    "paragraph",
    ["הקבוצה של אורן סיימה במקום שני.", "הפועל גבעת דן הפסידה שבוע שני ברציפות."],
)
def test_hebrew_second_after_its_noun_is_no_figure(paragraph: str) -> None:
    assert not [v for v, _ in _figures([paragraph], "he") if v == 2]


def test_hebrew_two_before_its_noun_is_a_figure() -> None:
    counts = _counts("המשטרה עצרה שני חשודים בפריצה.", 2, "he")
    assert counts and counts.startswith("חשודים")


# Danish: a compound that a unit's stem only opens


@pytest.mark.parametrize(
    ("paragraph", "value", "noun"),
    [
        ("Cirka 1400 årsværk skal spares i regionen.", 1400, "årsværk"),
        ("Kommunen har 620 dagpengemodtagere.", 620, "dagpengemodtagere"),
        ("Der er 45 månedskort tilbage.", 45, "månedskort"),
    ],
)
def test_a_danish_compound_opened_by_a_unit_is_a_noun(paragraph: str, value: float, noun: str) -> None:
    facts = [f for f in facts_of([paragraph], "da") if f.kind == "figure" and f.value == value]
    assert facts and facts[0].unit is None and noun in (facts[0].counts or "")


@pytest.mark.parametrize(
    ("paragraph", "value", "unit"),
    [
        ("Han fik otte års fængsel.", 8, "years"),
        ("Behandlingen tog 14 dage.", 14, "days"),
        ("Turen varede 3 timer og 20 minutter.", 20, "minutes"),
        ("Sagen har ventet i 5 måneder.", 5, "months"),
        ("Vejen er 12 kilometer lang.", 12, "kilometers"),
    ],
)
def test_a_danish_unit_with_its_inflection_stays_a_unit(paragraph: str, value: float, unit: str) -> None:
    assert [f.unit for f in facts_of([paragraph], "da") if f.kind == "figure" and f.value == value] == [unit]


# Danish: a week's number and a score glued to its noun


@pytest.mark.parametrize(
    ("paragraph", "value"),
    [
        ("Af dem, der ringede i uge 37, ventede 14 procent over en time.", 37),
        ("I uge 8 faldt andelen til 6 procent.", 8),
        ("Holdet fra Vesthavn sikrede sig med en 3-0-sejr over Nordby førstepladsen.", 0),
        ("Et 1-2-nederlag i Ribe kostede træneren jobbet.", 1),
    ],
)
def test_a_danish_week_number_or_glued_score_is_no_figure(paragraph: str, value: float) -> None:
    assert not [v for v, _ in _figures([paragraph], "da") if v == value]


def test_a_danish_sum_each_week_is_a_figure() -> None:
    assert [v for v, _ in _figures(["Han tjener hver uge 500 kroner."], "da")] == [500]


# Danish: a noun spelled as an English verb, and a comparison after the noun


@pytest.mark.parametrize(
    ("paragraph", "value", "noun"),
    [
        ("Det skete i en sæson med 16 hold i forhold til de 12 i dag.", 16, "hold"),
        ("Ligaen havde 10 hold.", 10, "hold"),
    ],
)
def test_a_danish_noun_spelled_as_an_english_verb_is_counted(paragraph: str, value: float, noun: str) -> None:
    assert _counts(paragraph, value, "da") == noun


# Danish: a rate reached after a step in points


@pytest.mark.parametrize(
    ("paragraph", "value", "noun"),
    [
        ("Ledigheden i Vesthavn faldt med 0,4 procentpoint til 3,1 procent i maj.", 3.1, "Ledigheden"),
        ("Andelen af grønne busser steg med 6 procentpoint til 48 procent.", 48, "Andelen"),
    ],
)
def test_a_rate_reached_after_a_step_in_points_counts_the_subject(paragraph: str, value: float, noun: str) -> None:
    counts = _counts(paragraph, value, "da")
    assert counts and noun in counts


# Arabic: a period's number with the article inside a time adjunct


@pytest.mark.parametrize(
    ("paragraph", "value", "noun"),
    [
        ("وقالت الوزارة إن عدد حالات الإستشفاء بلغ خلال الساعات الـ 48 الماضية 212 حالة.", 212, "حالة"),
        ("وأوضح أن عدد المصابين بلغ خلال الأيام الـ10 الأخيرة 75 مصابا.", 75, "مصاب"),
    ],
)
def test_an_arabic_period_numbered_with_the_article_is_no_subject(paragraph: str, value: float, noun: str) -> None:
    counts = _counts(paragraph, value, "ar")
    assert counts and noun in counts and "ال " not in f"{counts} "


# Arabic: an indefinite noun a clause of amounting describes


@pytest.mark.parametrize(
    ("paragraph", "value", "noun"),
    [
        ("وحلت ليبيا في المرتبة السابعة بناتج محلي يبلغ 48.2 مليار دولار.", 48.2e9, "ناتج"),
        ("وافتتحت الشركة مصنعا جديدا بطاقة تبلغ 120 ألف طن سنويا.", 120e3, "طاقة"),
        ("وحققت الشركة أرباحا صافية بلغت 36 مليون دينار.", 36e6, "أرباحا"),
    ],
)
def test_an_arabic_indefinite_noun_described_by_its_amount_is_counted(paragraph: str, value: float, noun: str) -> None:
    counts = _counts(paragraph, value, "ar")
    assert counts and noun in counts


def test_an_arabic_definite_subject_before_its_verb_stays_the_subject() -> None:
    counts = _counts("وقال المدير إن الصادرات بلغت 40 مليون دينار.", 40e6, "ar")
    assert counts and "الصادرات" in counts


# Arabic: a bracketed aside between subject and verb, and a relative clause of a period


def test_an_arabic_bracketed_aside_is_no_subject() -> None:
    counts = _counts("وأعلنت الدائرة أن معدل الفقر في الريف (بين الأسر والأفراد) بلغ 19.4% خلال العام.", 19.4, "ar")
    assert counts and "معدل" in counts


@pytest.mark.parametrize(
    "paragraph",
    [
        "وارتفع معدل التضخم إلى 6.2%، مقارنة مع الشهر السابق الذي بلغ خلاله 5.8%.",
        "وبلغ معدل التضخم 6.2%، بارتفاع عن الربع الأول من العام، والذي بلغ آنذاك 5.8%.",
    ],
)
def test_an_arabic_relative_clause_of_a_period_restates_the_rate(paragraph: str) -> None:
    counts = _counts(paragraph, 5.8, "ar")
    assert counts and "معدل التضخم" in counts


def test_an_arabic_relative_clause_of_a_noun_keeps_that_noun() -> None:
    counts = _counts("وبلغت الصادرات 40 مليون دينار، بينما زادت الواردات التي بلغت 60 مليون دينار.", 60e6, "ar")
    assert counts and "الواردات" in counts


# Arabic: a construct dual naming a pair


def test_an_arabic_dual_naming_a_pair_is_no_count() -> None:
    assert not _figures(["وشعر بالهزة سكان مدينتي صور وصيدا.", "ووقع انفجار في محافظتي البصرة وميسان."], "ar")


def test_an_arabic_dual_in_construct_with_its_noun_is_a_count() -> None:
    assert [v for v, _ in _figures(["وسجلت الوزارة حالتي وفاة وحالة إصابة."], "ar")] == [2]


# Danish: a conjunction after the figure is no noun


def test_a_danish_conjunction_after_a_figure_is_no_noun() -> None:
    counts = _counts("Det svarer til en ledighedsprocent på 3,4 ligesom i de tre måneder før.", 3.4, "da")
    assert counts and "ledighedsprocent" in counts


# Danish: "de to første ..." (the number before the ordinal adjective) counts the first ones


@pytest.mark.parametrize(
    ("paragraph", "value", "noun"),
    [
        ("Opsendelsen af de to første vejrsatellitter sker i marts.", 2, "vejrsatellitter"),
        ("Derefter køres de tre første etaper i bjergene.", 3, "etaper"),
    ],
)
def test_a_danish_count_before_an_ordinal_adjective_is_a_figure(paragraph: str, value: float, noun: str) -> None:
    counts = _counts(paragraph, value, "da")
    assert counts and noun in counts


def test_a_danish_count_with_de_alone_still_points_back() -> None:
    assert not _figures(["Politiet anholdt to mænd.", "De to mænd blev løsladt i går."], "da")[1:]


# Arabic: terms joined by "و" under one lead, and ages told by the noun that has them


def test_arabic_terms_joined_under_one_lead_share_it() -> None:
    paragraph = "وقضت المحكمة بحبس المتهمين لمدة سبع و ثماني سنوات."
    first, second = _counts(paragraph, 7, "ar"), _counts(paragraph, 8, "ar")
    assert first and second == first and "سبع" not in second


@pytest.mark.parametrize(
    ("paragraph", "value", "holder"),
    [
        ("وتساءل الناشطون عن خطر طفلة تبلغ الحادية عشرة.", 11, "طفلة"),
        ("ومنع من السفر ابنه سامر ذو الخمسة عشر عاما.", 15, "سامر"),
    ],
)
def test_an_arabic_age_names_whose_it_is(paragraph: str, value: float, holder: str) -> None:
    counts = _counts(paragraph, value, "ar")
    assert counts and holder in counts


def test_arabic_years_of_something_are_no_age() -> None:
    counts = _counts("وهو مهندس ذو 25 عاما من الخبرة.", 25, "ar")
    assert counts is None or "عمر" not in counts


# Danish: a rank glued to its noun; Arabic: a participle of a sum's state after it


def test_a_danish_rank_glued_to_its_noun_is_no_figure() -> None:
    assert not [v for v, _ in _figures(["Holdet fra Vesthavn er nu nummer to på top 10-listen."], "da") if v == 10]


@pytest.mark.parametrize(
    ("paragraph", "value", "noun"),
    [
        ("وسجل الناتج المحلي لليمن 21.3 مليار دولار متراجعا مركزا واحدا.", 21.3e9, "الناتج"),
        ("وبلغت الواردات 8 مليارات دولار مرتفعة بنسبة 4%.", 8e9, "الواردات"),
    ],
)
def test_an_arabic_participle_after_a_sum_is_no_noun_of_it(paragraph: str, value: float, noun: str) -> None:
    counts = _counts(paragraph, value, "ar")
    assert counts and noun in counts


def test_an_arabic_noun_after_a_sum_is_still_its_noun() -> None:
    counts = _counts("وقدمت الحكومة 100 مليون دولار مساعدة للاجئين.", 100e6, "ar")
    assert counts and "مساعدة" in counts


# Hebrew: "בן"/"בת" before so many rooms or floors is "of", no age


@pytest.mark.parametrize(
    ("paragraph", "value", "noun"),
    [
        ("האש פרצה בבניין מגורים בן שמונה קומות בשכונה.", 8, "קומות"),
        ("המשפחה גרה בדירה בת 5 חדרים.", 5, "חדרים"),
    ],
)
def test_hebrew_ben_before_rooms_or_floors_is_no_age(paragraph: str, value: float, noun: str) -> None:
    counts = _counts(paragraph, value, "he")
    assert counts and counts.startswith(noun)


def test_hebrew_ben_before_years_is_an_age() -> None:
    counts = _counts("ילד בן 9 שנים נפגע מרכב.", 9, "he")
    assert counts and "age" in counts
