"""Arabic figures of Gulf and Levant local news (round 46: weather bulletins, market bulletins, police copy), each
shape written again with made-up places, names and numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _figures(paragraph: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(f.value, f.unit, f.counts) for f in facts_of([paragraph], "ar") if f.kind == "figure"]


def _values(paragraph: str) -> list[float | None]:
    return [value for value, _, _ in _figures(paragraph)]


# A unit noun with no number before it and "and a quarter/half/third" after it, the unit said again with the article
# or "one" written after it, as weather bulletins give the height of the waves: one of the unit and that part (two
# for a dual), never a bare quarter of "the metre".


def test_ar_metre_and_a_quarter_of_the_metre_is_one_and_a_quarter_metres() -> None:
    figures = _figures("ويبلغ أقصى ارتفاع للموج في خليج النوارس مترًا وربع المتر خلال النهار.")
    assert [(v, u) for v, u, _ in figures] == [(1.25, "metres")]
    assert "ارتفاع" in (figures[0][2] or "")


def test_ar_one_metre_written_out_and_a_half() -> None:
    assert [(v, u) for v, u, _ in _figures("ويصل ارتفاع الموج متراً واحداً ونصف المتر قرب رأس الظباء.")] == [
        (1.5, "metres")
    ]


def test_ar_dual_unit_and_a_half_is_two_and_a_half() -> None:
    assert [(v, u) for v, u, _ in _figures("ويبلغ ارتفاع الموج مترين ونصف على سواحل وادي السمر.")] == [(2.5, "metres")]
    assert [(v, u) for v, u, _ in _figures("واستمر اجتماع المجلس البلدي ساعتين ونصف.")] == [(2.5, "hours")]


def test_ar_unit_and_a_half_of_something_else_is_no_part_of_the_unit() -> None:
    # near miss: "and half of the crew", a share of another whole, read as before (no 1.5 metres)
    assert (1.5, "metres") not in [(v, u) for v, u, _ in _figures("وغطى الماء مترا ونصف الطاقم على المركب.")]


def test_ar_number_and_unit_and_a_half_keeps_its_number() -> None:
    # near miss: the number is written, so the half is read with it (3.5), not as one and a half
    assert [(v, u) for v, u, _ in _figures("وقطع العداء 3 أمتار ونصف في القفزة الأولى.")] == [(3.5, "metres")]


# The first day of a span of days in one month joined by "until" ("من 12 حتى 16 مارس") is a date, as "12 و16 مارس".


def test_ar_day_span_with_until_before_its_month_is_a_date() -> None:
    assert _values("ويقام معرض الكتاب في مدينة الريحان من 12 حتى 16 مارس بمشاركة 40 دار نشر.") == [40.0]
    assert _values("وتستمر الدورة من 3 ولغاية 9 من شهر أكتوبر.") == []


def test_ar_span_of_counts_with_until_stays_figures() -> None:
    # near miss: a count that rose from one number to another, no month after it
    assert _values("وارتفع عدد المصابين من 12 حتى 16 حالة.") == [12.0, 16.0]


def test_ar_large_number_before_month_word_is_no_day() -> None:
    # near miss: "500 (in the) month of March" can be no day of that month; the month word is not swallowed as a date
    assert 500.0 in _values("وبلغ عدد زوار المتحف 500 زائر شهر مارس الماضي.")


# "Two" written after its dual noun as an adjective ("متهمين اثنين"): the noun is what it counts, one figure.


def test_ar_two_after_its_dual_noun_counts_the_noun_once() -> None:
    figures = _figures("واحتجزت الدورية متهمين اثنين بعد سرقة دراجة من مدرسة في حي الياسمين.")
    assert [(v, c) for v, _, c in figures] == [(2.0, "متهمين")]


def test_ar_dual_noun_alone_is_still_two() -> None:
    # near miss: no "two" written after it, the dual noun itself is the figure
    assert [(v, c) for v, _, c in _figures("وسجل المهاجم هدفين في المباراة.")] == [(2.0, "هدفين")]


def test_ar_two_of_a_group_keeps_the_group() -> None:
    # near miss: "two of the runners", a number before "من", not after a dual
    figures = _figures("وانسحب اثنان من العدائين في المرحلة الأخيرة.")
    assert [v for v, _, _ in figures] == [2.0] and "العدائين" in (figures[0][2] or "")


# A currency's hundredths (piastres, fils, halalas) are units: a market bulletin's "20-30 قرشا" counts the produce
# before it, never the coin word.


def test_ar_piastres_are_a_unit_and_the_produce_is_counted() -> None:
    figures = _figures("وتراوح سعر الجزر بين 15- 25 قرشا، والفجل 20-30 قرشا، والملفوف 30- 50 قرشا.")
    assert [(v, u) for v, u, _ in figures] == [(15.0, "piastres"), (20.0, "piastres"), (30.0, "piastres")]
    assert ["الجزر" in (c or "") for _, _, c in figures][0]
    assert "الفجل" in (figures[1][2] or "") and "الملفوف" in (figures[2][2] or "")


def test_ar_halalas_are_a_unit() -> None:
    assert [(v, u) for v, u, _ in _figures("وبلغ سعر الرغيف في مخابز البلدة 50 هللة.")] == [(50.0, "halalas")]


def test_ar_money_in_general_is_no_unit_of_fils() -> None:
    # near miss: "فلوس" (money) is no fils
    assert [u for _, u, _ in _figures("وجمع المتطوعون 10 صناديق فلوس للأسر.")] == [None]


# A time adjunct between a figure and its subject ("بلغت كميات الحبوب الواردة، الأربعاء 2422 طنا") is when, never
# what the figure counts.


def test_ar_weekday_before_a_figure_is_no_noun_of_it() -> None:
    figures = _figures("وبلغت كميات الحبوب الواردة إلى ميناء الصفا، الأربعاء 2422.5 طن.")
    assert [v for v, _, _ in figures] == [2422.5]
    assert "كميات" in (figures[0][2] or "") and "الأربعاء" not in (figures[0][2] or "")


def test_ar_figure_after_subject_with_no_time_word_is_unchanged() -> None:
    # near miss: no time word, the subject reading as before
    figures = _figures("وبلغت كميات الحبوب الواردة إلى ميناء الصفا 1114 طنا.")
    assert [v for v, _, _ in figures] == [1114.0] and "كميات" in (figures[0][2] or "")

