"""What figures count in Arabic, Hebrew and Danish news (round 37: oil prices, exports and traffic statistics from
Gulf, Levant and Maghreb papers), each class written again with made-up goods, places and numbers, each with a near
miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of
from tests.unit.facts_helpers import nth_counts as _counts


def _values(paragraphs: list[str], language: str) -> list[float]:
    return [f.value for f in facts_of(paragraphs, language) if f.kind == "figure" and f.value is not None]


# Arabic: "N,NNN مليار" in copy that writes decimal commas is a decimal to three places


def test_ar_comma_before_a_scale_is_a_decimal_where_the_sentence_writes_decimal_commas() -> None:
    paragraph = "وارتفعت مبيعات الزيتون إلى 12,407 مليار درهم بنسبة 7,5 بالمائة."
    values = _values([paragraph], "ar")
    assert 12.407e9 in values and 12407e9 not in values


def test_ar_comma_before_a_scale_stays_thousands_without_decimal_commas() -> None:
    paragraph = "وارتفعت مبيعات الزيتون إلى 1,500 مليون دينار بنسبة 7.5 بالمائة."
    assert 1500e6 in _values([paragraph], "ar")


def test_ar_comma_thousands_without_a_scale_stay_thousands() -> None:
    paragraph = "وبلغ عدد الزوار 12,407 زائرا بزيادة 7,5 بالمائة."
    assert 12407 in _values([paragraph], "ar")


# Arabic: a change glued to "by" right after a level and its unit words is the change of what the level counts


def test_ar_change_after_a_price_and_its_adjunct_counts_the_priced_thing() -> None:
    paragraph = "وسجل سعر خام الشمال 64.20 دولاراً للبرميل عند الإغلاق بارتفاع 0.85 دولار أو 1.3 في المئة."
    assert "خام الشمال" in (_counts(paragraph, 0.85, "ar") or "")
    assert "خام الشمال" in (_counts(paragraph, 1.3, "ar") or "")


def test_ar_change_after_a_new_clause_is_not_the_levels() -> None:
    paragraph = "وسجل سعر خام الشمال 64.20 دولاراً للبرميل وارتفعت أسعار الذهب بارتفاع 0.85 دولار."
    assert "خام الشمال" not in (_counts(paragraph, 0.85, "ar") or "")


def test_ar_share_after_a_level_reached_counts_the_subject() -> None:
    paragraph = "وارتفعت صادرات التمور إلى 7 مليارات ريال بنسبة 14% خلال العام."
    assert "صادرات التمور" in (_counts(paragraph, 14, "ar") or "")


def test_ar_share_of_a_whole_after_a_level_is_not_the_subjects_change() -> None:
    paragraph = "وبلغت صادرات التمور 7 مليارات ريال بنسبة 14% من إجمالي الصادرات."
    assert (_counts(paragraph, 14, "ar") or "") != "صادرات التمور"


def test_ar_level_does_not_read_the_change_after_it_as_its_noun() -> None:
    paragraph = "وبلغت أرباح مصنع الإسمنت 45 مليون دينار بزيادة نسبتها 6% عن العام الماضي."
    counts = _counts(paragraph, 45e6, "ar") or ""
    assert "أرباح" in counts and "بزيادة" not in counts
    assert "أرباح" in (_counts(paragraph, 6, "ar") or "")


# Arabic: "، بنسبة بلغت N%" after a comma measures the change of the clause before the comma


def test_ar_share_after_a_comma_counts_the_clause_before() -> None:
    paragraph = "وتراجعت أعداد الحوادث في المحافظة خلال العام الماضي مقارنة بعام 2021، بنسبة بلغت 11.6%."
    assert "الحوادث" in (_counts(paragraph, 11.6, "ar") or "")


def test_ar_share_with_its_own_noun_after_a_comma_keeps_it() -> None:
    paragraph = "وتراجعت الحوادث في المحافظة خلال العام الماضي، ونسبة الإصابات البليغة بلغت 11.6%."
    assert "الإصابات" in (_counts(paragraph, 11.6, "ar") or "")


# Arabic: a rate set against its earlier value is not the base of the rate


def test_ar_rate_against_earlier_rate_is_not_the_base() -> None:
    paragraph = "وسجل معدل وفيات الحوادث انخفاضا ليصل إلى 3 حالات وفاة لكل 100 ألف نسمة، مقابل 3.6 في العام السابق."
    counts = _counts(paragraph, 3.6, "ar") or ""
    assert "وفاة" in counts and counts != "نسمة"


def test_ar_count_against_an_earlier_count_keeps_it() -> None:
    paragraph = "وبلغ عدد السكان 300 ألف نسمة، مقابل 280 ألفا في العام السابق."
    assert "نسمة" in (_counts(paragraph, 280e3, "ar") or "")
