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
    counts = [c for v, c in _figures(text) if v == pytest.approx(value)]
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
    found = [c for v, c in _figures(text) if v == value]
    assert found and all(c and c.split(" (")[0] == counts for c in found), found
