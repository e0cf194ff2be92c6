"""Arabic figures of unseen local news (round 47): weather ranges with an en dash, wind speeds, prison terms, the
agency's clock time in "00ر4" and a sentence's decimal comma shown by a whole part of four digits. Each shape is
written again with made-up words, places and numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import find_numbers
from tests.unit.facts_helpers import facts_of


def _figures(paragraph: str) -> list[Fact]:
    return [f for f in facts_of([paragraph], "ar") if f.kind == "figure" and f.value is not None]


def _figure(paragraph: str, value: float) -> Fact:
    found = [f for f in _figures(paragraph) if f.value == value]
    assert found, f"no figure {value} in {[(f.text, f.value) for f in _figures(paragraph)]}"
    return found[0]


# An en dash between two numbers with a unit after them: a range, not a match score


def test_ar_en_dash_range_before_a_speed_unit_is_a_figure() -> None:
    f = _figure("وتهب رياح جنوبية معتدلة السرعة 25 – 50 كم/ساعة على المناطق الساحلية.", 25.0)
    assert f.value_max == 50.0


def test_ar_en_dash_range_before_degrees_is_a_figure() -> None:
    f = _figure("ويتوقع أن تتراوح درجات الحرارة في المرتفعات 12 – 19 درجة مئوية.", 12.0)
    assert f.value_max == 19.0


def test_ar_en_dash_score_before_a_preposition_stays_a_score() -> None:
    assert _figures("وفاز نادي الواحة 3 – 1 على ضيفه في الجولة الأخيرة.") == []


def test_ar_en_dash_score_before_a_glued_and_stays_a_score() -> None:
    assert _figures("وتغلب فريق الساحل 2–0 وتأهل إلى الدور النهائي.") == []


# A wind's speed: keyed on the wind, not the words describing it


def test_ar_wind_speed_range_counts_the_wind() -> None:
    f = _figure("والرياح شرقية خفيفة إلى نشطة السرعة 18 – 40 كم/ساعة خلال النهار.", 18.0)
    assert f.counts is not None and "الرياح" in f.counts


def test_ar_wind_speed_between_counts_the_wind() -> None:
    f = _figure("مع رياح غربية متقلبة الاتجاه، تتراوح سرعتها بين 6 و27 كم/ساعة، وظهور سحب متفرقة.", 6.0)
    assert f.counts is not None and "رياح" in f.counts


def test_ar_car_speed_is_no_wind() -> None:
    f = _figure("وضبطت الدورية سائقا كان يقود بسرعة بلغت 231 كيلومتر/ساعة على طريق الساحل.", 231.0)
    assert f.counts is None or "رياح" not in f.counts


# A prison term: the prison the ruling names, not "جميعا" or "مدة" before it


def test_ar_prison_term_after_the_sentenced_and_all() -> None:
    f = _figure("وقضت محكمة الجنايات بسجن الجناة جميعا 7 سنوات مع الشغل والنفاذ.", 7.0)
    assert f.counts is not None and "سجن" in f.counts


def test_ar_prison_term_after_mudda() -> None:
    f = _figure("وقضت المحكمة بسجن الموظف السابق مدة 4 سنوات بتهمة الاختلاس.", 4.0)
    assert f.counts is not None and "سجن" in f.counts


def test_ar_span_after_a_fine_is_not_the_prison() -> None:
    f = _figure("وقضت المحكمة بحبسه وتغريمه، وأمهلته 30 يوما لسداد الغرامة.", 30.0)
    assert f.counts is None or "حبس" not in f.counts


def test_ar_span_without_a_ruling_keeps_its_noun() -> None:
    f = _figure("واستمرت أعمال الصيانة في السجن المركزي 3 أشهر قبل افتتاحه.", 3.0)
    assert f.counts is None or f.counts != "سجن"


# The agency's clock time: minutes, ر, hours


def test_ar_ra_time_of_zero_minutes_is_no_figure() -> None:
    values = [f.value for f in _figures("وتعاملت الفرق من الساعة 00ر8 صباحا حتى 00ر3 عصرا مع 14 بلاغا.")]
    assert values == [14.0]


def test_ar_ra_time_after_the_hour_word_is_no_figure() -> None:
    assert 10.3 not in [f.value for f in _figures("ويبدأ الاجتماع في الساعة 30ر10 صباح الغد بمقر البلدية.")]


def test_ar_ra_decimal_of_a_price_stays_a_figure() -> None:
    assert 41.35 in [f.value for f in _figures("وارتفع سعر برميل الخام إلى 35ر41 دولار أمس.")]


# A decimal comma the sentence shows by a whole part of four digits


def test_ar_comma_decimals_beside_a_four_digit_whole_part() -> None:
    text = "وبلغت الكميات الواردة 1875,402 طن، منها 906,118 أطنان خضار، 312,559 طنا فواكه."
    values = [n.value for n in find_numbers(text, "ar")]
    assert values == [1875.402, 906.118, 312.559]


def test_ar_comma_thousands_without_such_a_number_stay_thousands() -> None:
    values = [n.value for n in find_numbers("واستقبل المعرض 2,450 زائرا، 1,300 طالب.", "ar")]
    assert values == [2450.0, 1300.0]
