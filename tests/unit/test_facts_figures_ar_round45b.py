"""Arabic figures of unseen Gulf local news (round 45, second wave): dot-grouped thousands before a counted noun,
masculine duals of things, digits restated in words in brackets, "كل واحد", and ranges after a verb of ranging. Each
shape is written again with made-up words, places and numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import find_numbers
from tests.unit.facts_helpers import facts_of
from tests.unit.facts_helpers import nth_counts as _counts


def _figures(paragraph: str) -> list[Fact]:
    return [f for f in facts_of([paragraph], "ar") if f.kind == "figure" and f.value is not None]


def _values(paragraph: str) -> list[float]:
    return [f.value for f in _figures(paragraph) if f.value is not None]


# "N.NNN" before a noun counted whole: the dot groups thousands


def test_ar_dotted_thousands_before_a_counted_noun() -> None:
    assert 36518.0 in _values("وأصدرت هيئة الموانئ 36.518 بطاقة عبور خلال الربع الأخير.")


def test_ar_dotted_thousands_of_a_second_counted_noun() -> None:
    assert 41862.0 in _values("واستقبلت الحدائق العامة 41.862 زائرا في عطلة الربيع.")


def test_ar_three_decimals_before_a_measure_stay_a_decimal() -> None:
    values = _values("وبلغ وزن الطرد المضبوط 2.375 كيلوغرام حسب محضر الجمارك.")
    assert 2.375 in values and 2375.0 not in values


def test_ar_three_decimals_before_points_stay_a_decimal() -> None:
    assert 6.125 in _values("وأغلق مؤشر البورصة عند 6.125 نقطة في ختام التداول.")


def test_ar_three_decimals_before_seconds_stay_a_decimal() -> None:
    assert 9.815 in _values("وقطع العداء الشاب المسافة في 9.815 ثانية.")


def test_ar_one_decimal_before_a_scale_stays_a_decimal() -> None:
    assert 3500000.0 in _values("ورصدت البلدية 3.5 مليون درهم لتشجير الأحياء.")


def test_ar_dotted_token_before_a_definite_word_stays_a_decimal() -> None:
    assert 1.125 in [n.value for n in find_numbers("ووزعت الشركة 1.125 للسهم الواحد.", "ar")]


# Masculine duals of things with broken plurals, which no sound plural shares


def test_ar_dual_of_a_building_noun_counts_two() -> None:
    assert _counts("وتعتزم الوزارة افتتاح مكتبين خدميين في ضاحية النخيل.", 2.0, "ar") == "مكتبين خدميين"


def test_ar_dual_of_storeys_counts_two() -> None:
    assert _counts("ويتألف النادي الجديد من طابقين ويضم مسبحا مغطى.", 2.0, "ar") == "طابقين"


def test_ar_dual_of_a_derived_verbal_noun_counts_two() -> None:
    assert _counts("ورصد المرصد الفلكي اندفاعين غازيين من سطح النجم.", 2.0, "ar") == "اندفاعين غازيين"


def test_ar_sound_plural_of_a_participle_is_no_dual() -> None:
    assert 2.0 not in _values("وكرمت الجمعية موظفين متطوعين من الأحياء كافة.")


def test_ar_definite_plural_like_a_verbal_noun_is_no_dual() -> None:
    assert 2.0 not in _values("وواظبت الفرقة على التمارين الصباحية طوال الموسم.")


def test_ar_definite_dual_of_a_building_is_no_count() -> None:
    assert 2.0 not in _values("وتقرر دمج المكتبين في إدارة واحدة للخدمات.")


# Digits, then the same number in words in brackets: one figure


def test_ar_digits_restated_in_words_count_once() -> None:
    text = "ورصدت اللجنة مبلغ 450,000 درهم (أربعمائة وخمسون ألف درهم) لترميم السوق القديم."
    assert _values(text).count(450000.0) == 1


def test_ar_other_number_in_words_in_brackets_stays() -> None:
    text = "ورصدت اللجنة مبلغ 450,000 درهم للسوق القديم و(خمسون ألف درهم) لإنارة الممرات."
    values = _values(text)
    assert 450000.0 in values and 50000.0 in values


# "كل واحد": each one, a pronoun, no count of one


def test_ar_each_one_is_no_count() -> None:
    assert 1.0 not in _values("ويضم الفريق الكشفي 18 فتى، ويحمل كل واحد منهم خريطة للوادي.")


def test_ar_one_after_a_noun_stays_a_count() -> None:
    assert 1.0 in _values("وسجل الزوار الكشفيون هدف واحد في مباراة الختام.")


# A range after a verb of ranging: the higher end first, or the unit said at both ends after "من"


def test_ar_ranging_between_higher_end_first() -> None:
    figures = [f for f in _figures("ويتوقع أن تتراوح درجات الحرارة الصغرى بين 29 و21 درجة مئوية.") if f.value == 21.0]
    assert figures and figures[0].value_max == 29.0


def test_ar_between_higher_end_first_without_ranging_stays_apart() -> None:
    figures = _figures("وانتهت المواجهة بين 29 و21 لاعبا من الناديين بالتعادل.")
    assert not any(f.value_max is not None for f in figures)


def test_ar_ranging_from_unit_to_unit_is_one_range() -> None:
    figures = [f for f in _figures("وتراوحت فترات الانتظار من 4 ساعات إلى 9 ساعات.") if f.value == 4.0]
    assert figures and figures[0].value_max == 9.0


def test_ar_change_from_unit_to_unit_stays_two_figures() -> None:
    figures = _figures("وتقلصت فترات الانتظار من 9 ساعات إلى 4 ساعات.")
    assert not any(f.value_max is not None for f in figures)


def test_ar_ranging_between_decimal_ends_higher_first() -> None:
    figures = [f for f in _figures("وتراوحت قوة الهزات الارتدادية بين 6.4 و 5.1 درجة.") if f.value == 5.1]
    assert figures and figures[0].value_max == 6.4


def test_ar_between_decimal_ends_without_ranging_stays_apart() -> None:
    figures = _figures("وقارن التقرير بين 6.4 و 5.1 في جدول الهزات.")
    assert not any(f.value_max is not None for f in figures)


# A place noun's dual in construct naming two places over several words: a pair named, no count


def test_ar_place_dual_naming_two_places_is_no_count() -> None:
    assert 2.0 not in _values("وتعتزم البلدية تشجير منطقتي الوادي الشرقي والساحل قبل الصيف.")


def test_ar_dual_in_construct_of_cases_stays_a_count() -> None:
    assert 2.0 in _values("وسجلت البلدية حالتي تسمم في الحي الغربي وأغلقت مطعما.")


def test_ar_indefinite_place_dual_stays_a_count() -> None:
    assert 2.0 in _values("وزار الوفد البلدي منطقتين زراعيتين في الجنوب والشمال.")


def test_ar_range_whose_top_has_its_own_scale_word_keeps_both_sums() -> None:
    # "بين مليار و2.5 مليار درهم": the top is a sum of its own; no glued range "مليار و 2" of 2 to a billion
    values = _values("وتوقع المسؤول أن يتم طرح صكوك بمبلغ يتراوح بين مليار و 2.5 مليار درهم.")
    assert 1e9 in values and 2.5e9 in values and 2 not in values and 2.5 not in values


def test_ar_near_miss_a_glued_top_with_no_scale_word_is_still_a_range() -> None:
    found = _figures("وتتراوح درجات الحرارة بين 41 و29 درجة.")
    assert [(f.value, f.value_max) for f in found] == [(29, 41)]
