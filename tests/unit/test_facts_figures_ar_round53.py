"""Arabic figures of Saudi local news (round 53: Hajj and Umrah statistics, school and university admissions),
each shape written again with made-up names and numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _figures(paragraph: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(f.value, f.unit, f.counts) for f in facts_of([paragraph], "ar") if f.kind == "figure"]


def _values(paragraph: str) -> list[float | None]:
    return [value for value, _, _ in _figures(paragraph)]


# "a million and half the million": the scale said again with the article after the half, as Hajj and Umrah
# statistics write it; one figure of a million and a half, not a million and a separate half million.


def test_ar_million_and_half_the_million_is_one_figure() -> None:
    figures = _figures("وتصدرت بنغلاديش القائمة بأكثر من مليون ونصف المليون معتمر خلال الموسم.")
    assert [v for v, _, _ in figures] == [1_500_000]
    assert "معتمر" in (figures[0][2] or "")


def test_ar_two_million_and_half_the_million_pilgrims() -> None:
    assert _values("وأدى مليونان ونصف المليون حاج مناسك الحج هذا العام.") == [2_500_000]


def test_ar_billion_and_half_the_billion_riyals() -> None:
    figures = _figures("ورصدت البلدية مليار ونصف المليار ريال لمشروعات الطرق في المحافظة.")
    assert [(v, u) for v, u, _ in figures] == [(1_500_000_000, "rials")]


def test_ar_million_and_half_the_million_unchanged_near_misses() -> None:
    # the half without the scale repeated, as before
    assert _values("وبلغ عدد الحجاج مليون ونصف حاج.") == [1_500_000]
    # and half of something else: the million stays alone
    values = _values("وزار المعرض مليون شخص ونصف الزوار من خارج المنطقة.")
    assert 1_000_000 in values and 1_500_000 not in values


# A Hijri academic or fiscal year written as a span ("للعام الدراسي 1436-1437هـ") is a date, never a count of "هـ".


def test_ar_hijri_year_span_is_no_figure() -> None:
    assert _values("وقبلت الجامعة 9 آلاف طالب للعام الجامعي 1436-1437هـ من بين المتقدمين.") == [9000]
    assert _values("وتبدأ الدراسة للعام الدراسي 1436/1437هـ يوم الأحد.") == []
    assert _values("وتشمل ميزانية العام المالي 2015-2016م مشروعات جديدة.") == []


def test_ar_span_of_counts_before_other_letters_stays_a_figure() -> None:
    # a span of counts of a noun is still a figure: no calendar mark after it
    assert _values("واستقبلت المستشفيات 1400-1500 مراجع يومياً.") == [1400]
