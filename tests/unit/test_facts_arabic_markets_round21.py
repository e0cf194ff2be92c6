"""Figures of real Arabic market and health reports nobody here tuned on, round 21: what they showed, written
again with made-up indices, firms and numbers.

Gulf and Maghreb stock-market reports: index levels written with dots for both thousands and the decimal
("11.499.38 نقطة", read as three numbers 11, 499 and 38), or with dot thousands and a decimal comma
("9.827,72"); a circumstantial participle of the result after a figure taken for what it counts ("زيادة ب0.06 %
محققا 9800 نقطة", "4997 نقطة مرتفعا"); "في حين" and "مقارنة مع" read as nouns; "في ختام التعاملات" after a sum
read as what it measured; a figure glued to ب after an index's name ("مؤشر X 20 ب0.06 %") counted "ب0"."""

from __future__ import annotations

import pytest

from briefing_app.core.numbers import find_numbers
from tests.unit.facts_helpers import facts_of


def _figures(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of([text], "ar") if f.kind == "figure"]


def _counts(text: str, value: float) -> list[str | None]:
    """What each figure of `value` in `text` counts."""
    return [c for v, c in _figures(text) if v == pytest.approx(value)]


@pytest.mark.parametrize(
    ("token", "value", "language"),
    [
        ("11.499.38", 11499.38, "ar"),  # thousands and decimal both dotted
        ("10.501.74", 10501.74, "en"),
        ("9.827,72", 9827.72, "ar"),  # dot thousands, decimal comma, in a language with a decimal point
        ("2,345.6", 2345.6, "ar"),
        ("1.234.567,50", 1234567.5, "da"),
        ("1.234.567", 1234567.0, "ar"),  # a last group of three digits stays a thousands group
    ],
)
def test_grouped_numbers_with_a_decimal_are_one_number(token: str, value: float, language: str) -> None:
    found = find_numbers(f"أغلق عند {token} نقطة", language)
    assert [(m.text, m.value) for m in found] == [(token, pytest.approx(value))]


def test_an_index_level_written_with_two_dots_is_one_figure() -> None:
    figures = _figures("وسجل مؤشر السوق الرئيسي زيادة ب0,07 في المئة، محققا 12.384.51 نقطة.")
    values = [v for v, _ in figures]
    assert values == [pytest.approx(0.07), pytest.approx(12384.51)]


@pytest.mark.parametrize(
    ("text", "value", "not_counted"),
    [
        # a participle of the result after a percentage is not what the percentage counts
        ("وسجل مؤشر السوق الرئيسي زيادة ب0,07 في المئة، محققا 12.384.51 نقطة.", 0.07, "محققا"),
        ("وأغلق مؤشر السوق عند 5230 نقطة مرتفعا بنسبة 0.4 %.", 5230, "مرتفعا"),
        ("وتراجع سهم شركة النخيل للإسمنت 2.1 %، متراجعا إلى 14 درهما.", 2.1, "متراجعا"),
        # "في حين" (whereas) and "مقارنة" (compared) open another clause
        ("وبلغت قيمة الصفقات 310 ملايين درهم، في حين وصل عدد الأسهم إلى 90 مليون سهم.", 310e6, "حين"),
        ("وارتفع المؤشر 0.6 % مقارنة مع جلسة الأمس.", 0.6, "مقارنة"),
        # "في ختام التعاملات": when the sum was reached, not what it measures
        ("وربحت القيمة السوقية للأسهم نحو 2.7 مليار درهم في ختام التعاملات.", 2.7e9, "ختام"),
    ],
)
def test_what_follows_a_market_figure_and_is_no_noun_of_it(text: str, value: float, not_counted: str) -> None:
    counts = _counts(text, value)
    assert counts and not any(c and not_counted in c for c in counts), counts


def test_the_number_of_a_named_index_does_not_count_the_next_figure_glued_to_its_preposition() -> None:
    figures = _figures("وارتفع مؤشر الأسهم القيادية 20 ب0,05 في المئة.")
    assert not any(c and "ب0" in c for _, c in figures), figures


def test_a_market_value_still_counts_the_measure_before_it() -> None:
    # the near miss: after the participles are stopped, the measure before the sum is still read
    counts = dict(_figures("وبلغت قيمة الصفقات المبرمة 290 مليون درهم."))
    assert "قيمة الصفقات" in (counts[290e6] or "")


# Casualty reports (real agency and health-ministry pages): "قتيلان و21 مصابا" lost its two dead (a dual of the
# shape فعيل, which the three-consonant dual shape leaves out), "السلطات" (the authorities) was the Moroccan town
# Settat, whose list spelling سلطات is that plural without the article, and "أثناء" / "عندما" after a counted noun
# were part of it.


@pytest.mark.parametrize(
    ("text", "dual"),
    [
        ("قتيلان و14 مصابا في انفجار بمدينة ساحلية", "قتيلان"),
        ("وبلغت حصيلة الحادث قتيلين و9 جرحى.", "قتيلين"),
        ("وأعلنت الوزارة سقوط شهيدين برصاص الشرطة.", "شهيدين"),
        ("وأفرجت السلطات عن أسيرين بعد الوساطة.", "أسيرين"),
    ],
)
def test_a_casualty_dual_is_a_count_of_two(text: str, dual: str) -> None:
    assert (2.0, dual) in _figures(text)


def test_a_broken_plural_of_the_same_noun_is_no_dual() -> None:
    assert not any(v == 2.0 for v, _ in _figures("وسقط عشرات القتلى والجرحى في المدينة."))


def test_the_authorities_are_no_town() -> None:
    facts = facts_of(["ونقلت الوكالة عن السلطات قولها إن التحقيق بدأ.", "وأضافت السلطات أنها اعتقلت المشتبه به."], "ar")
    assert not [f.text for f in facts if f.kind == "place"]


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("وأصيب في الاعتداء خمسة أشخاص أثناء الصلاة.", 5, "أشخاص"),
        ("وأصيب 17 آخرون عندما اقتحم مسلح المبنى.", 17, "آخرون"),
    ],
)
def test_a_clause_of_time_after_the_counted_noun_is_not_counted(text: str, value: float, counts: str) -> None:
    found = _counts(text, value)
    assert found and all(c and c.split(" (")[0] == counts for c in found), found


# Oil-market reports (real Egyptian, Qatari and Kuwaiti pages): the Kuwait News Agency writes a decimal as the
# fraction, the letter ر and the whole part ("95ر34 دولار" is $34.95, shown "34ر95" on a right-to-left line), which
# was read as 95 with "ر34 دولار" as what it counted; a bound after a measure noun ("أسعار الخام بأكثر من 10 %")
# was a word of what was measured.


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وارتفع سعر سلة الخامات ليستقر عند 95ر41 دولار للبرميل.", 41.95),
        ("واتفقت الدول على خفض الإنتاج 7ر9 مليون برميل يوميا.", 9.7e6),
        ("وبلغ المعدل السنوي 5ر120 دولار.", 120.5),
    ],
)
def test_the_kuwaiti_ra_decimal_is_one_number(text: str, value: float) -> None:
    values = [v for v, _ in _figures(text)]
    assert values == [pytest.approx(value)]


def test_a_ra_between_a_number_and_a_word_is_no_decimal() -> None:
    assert [m.value for m in find_numbers("وسجل 12 راكبا", "ar")] == [12]


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("وانخفضت أسعار الخام بأكثر من 12% منذ أواخر مايو.", 12, "أسعار الخام"),
        ("وتراجعت المبيعات بما يزيد على 8 % خلال الربع.", 8, "المبيعات"),
    ],
)
def test_a_bound_before_a_change_is_no_word_of_what_changed(text: str, value: float, counts: str) -> None:
    found = _counts(text, value)
    assert found and counts in (found[0] or "") and "بأكثر" not in (found[0] or "") and "بما" not in (found[0] or "")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("يحفظ الأرشيف محتوى 4.180 قناة على أساس يومي", 4180),  # a count written with dot thousands
        ("وقطعت القافلة 2.500 كيلومتر", 2500),
        ("وفرضت المحكمة غرامة 3.250 دينار", 3.25),  # dinars and fils: a decimal
        ("وبلغت الصادرات 1.250 مليار دولار", 1.25e9),  # a scale word after it: a decimal
        # no trailing zero, but a counted noun after it (round 45: dot-grouped thousands, `dotted_thousands_ar`)
        ("ويضم المتحف 3.265 قطعة", 3265),
        ("وبلغ الوزن 3.265 كيلوغرام", 3.265),  # a measure after it: a decimal, read as written
    ],
)
def test_arabic_dot_thousands_with_a_trailing_zero(text: str, value: float) -> None:
    assert [m.value for m in find_numbers(text, "ar")] == [pytest.approx(value)]


# Statistics-office reports (real Egyptian and Jordanian pages): a rate in quote marks or brackets ('إلى "33.2%"',
# "بنسبة (18.1%)") lost its subject, because the mark ended the clause; "لشهر مايو" / "لنفس الشهر" after a rate was
# what it counted; the words before a figure ran back over a comma or another figure ("158.4%، والبطاطس",
# "70.7% والأرز") and over "قدره" and a verb ("ليبلغ").


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ('وانخفض معدل البطالة السنوي إلى "12.4%" في الربع الأخير.', 12.4, "معدل البطالة"),
        ("وأرجع المكتب الارتفاع إلى ارتفاع أسعار مجموعة الخضروات بنسبة (14.2%).", 14.2, "مجموعة الخضروات"),
        ("وسجل معدل التضخم السنوي (9.1%) لشهر مارس.", 9.1, "معدل التضخم"),
        ("وارتفعت أسعار الأرز بنسبة 30.5%، والعدس بنسبة 20.1%.", 20.1, "العدس"),
        ("وارتفعت أسعار الأرز بنسبة 30.5% والعدس بنسبة 20.1%.", 20.1, "العدس"),  # (no comma: not the rice)
    ],
)
def test_a_statistics_office_rate_keeps_its_subject(text: str, value: float, counts: str) -> None:
    found = _counts(text, value)
    assert found and counts in (found[0] or ""), found


@pytest.mark.parametrize(
    ("text", "value", "not_counted"),
    [
        ("وسجل معدل التضخم السنوي 9.1 % لشهر مارس مقابل 8.4 % لنفس الشهر من العام السابق.", 8.4, "لنفس"),
        ("وسجل معدل التضخم السنوي 9.1 % لشهر مارس.", 9.1, "لشهر"),
        ("وارتفع الرقم القياسي بنسبة 1.5 بالمئة، ليبلغ 120.4 نقطة.", 120.4, "ليبلغ"),
    ],
)
def test_a_period_or_verb_near_a_rate_is_not_what_it_counts(text: str, value: float, not_counted: str) -> None:
    found = _counts(text, value)
    assert found and not any(c and not_counted in c for c in found), found
