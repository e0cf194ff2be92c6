"""Arabic figures of Gulf, Egyptian, Jordanian, Kuwaiti, Tunisian and Palestinian economy pages (round 39: bank
results, labour-force surveys, trade and oil-price notes), each shape written again with made-up goods, places and
numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of
from tests.unit.facts_helpers import nth_counts as _counts


def _values(paragraph: str) -> list[float]:
    return [f.value for f in facts_of([paragraph], "ar") if f.kind == "figure" and f.value is not None]


# "بنسبة تراجع N": after a lead, "تراجع" is the noun of the change (not its verb), the change of the figure before


def test_ar_lead_then_retreat_noun_is_the_change_of_the_level_before() -> None:
    paragraph = "وهبط عدد الباحثين عن عمل إلى 3.41 مليون فرد، بنسبة تراجع 4.6% عن الربع السابق."
    counts = _counts(paragraph, 4.6, "ar") or ""
    assert "تراجع" in counts and "الباحثين" in counts


def test_ar_retreat_as_the_verb_of_a_later_clause_is_no_change_noun() -> None:
    paragraph = "وصعدت مبيعات المصنع بنسبة 14%، تراجع بعدها سعر السهم."
    counts = _counts(paragraph, 14, "ar") or ""
    assert "مبيعات" in counts and "تراجع" not in counts


def test_ar_restated_change_copies_the_first_reading_once() -> None:
    paragraph = "وهبط عدد الباحثين عن عمل إلى 3.41 مليون فرد، بنسبة انخفاض 4.6% عن الربع السابق، و1.3% عن العام الماضي."
    counts = _counts(paragraph, 1.3, "ar") or ""
    assert "الباحثين" in counts and counts.count("انخفاض") == 1


def test_ar_change_after_a_bracketed_breakdown_is_the_total_s() -> None:
    paragraph = "وهبط عدد الباحثين عن عمل إلى 3.41 مليون فرد (1.2 مليون رجال، 2.21 مليون نساء)، بنسبة تراجع 4.6%."
    counts = _counts(paragraph, 4.6, "ar") or ""
    assert "الباحثين" in counts and "نساء" not in counts


def test_ar_change_after_an_unbracketed_part_keeps_that_part() -> None:
    paragraph = "وبلغ عدد النساء الباحثات عن عمل 2.21 مليون امرأة، بنسبة انخفاض 4.6% عن الربع السابق."
    assert "امرأة" in (_counts(paragraph, 4.6, "ar") or "")


# A one-word subject right after "أن" and before its verb of change with the figure right after it


def test_ar_one_word_subject_after_that_before_a_change() -> None:
    paragraph = "وأوضحت الشركة في بيانها أن المبيعات قفزت 17 في المئة إلى 88.4 مليون درهم."
    assert "المبيعات" in (_counts(paragraph, 17, "ar") or "")
    assert "المبيعات" in (_counts(paragraph, 88.4e6, "ar") or "")


def test_ar_two_word_subject_after_that_still_read_whole() -> None:
    paragraph = "وأوضحت الشركة أن صافي المبيعات قفز 17 في المئة."
    assert (_counts(paragraph, 17, "ar") or "").startswith("صافي المبيعات")


def test_ar_that_with_a_number_subject_is_no_subject_word() -> None:
    paragraph = "وأوضحت الشركة أن 17 موظفا غادروا."
    assert "أن" not in (_counts(paragraph, 17, "ar") or "").split()


# A rank with a time adjunct between it and its lead of value ("وتصدرت X قائمة ... في نفس الفترة بقيمة N")


def test_ar_ranked_first_with_a_time_adjunct_counts_what_ranks() -> None:
    paragraph = "وتصدرت التمور قائمة السلع المصدرة في نفس الفترة بقيمة 412 مليون دينار."
    counts = _counts(paragraph, 412e6, "ar") or ""
    assert "التمور" in counts and "الفترة" not in counts


def test_ar_valued_noun_with_no_rank_keeps_its_owner() -> None:
    paragraph = "ووقعت الوزارة عقدا في نفس الفترة بقيمة 412 مليون دينار."
    assert "التمور" not in (_counts(paragraph, 412e6, "ar") or "")


# A year right after a quarter or half of it is a date, even before an accusative participle ("مسجلاً")


def test_ar_year_after_a_quarter_is_no_figure() -> None:
    paragraph = "وارتفع صافي ربح المصرف خلال الربع الثالث 2024 مسجلاً قرابة 7.2 مليون دولار."
    values = _values(paragraph)
    assert 2024 not in values and 7.2e6 in values


def test_ar_count_before_an_accusative_noun_is_still_a_figure() -> None:
    paragraph = "ونشرت اللجنة 2031 اسماً لمفقودين في الحرب."
    assert 2031 in _values(paragraph)


# A barrier before the figure ("تجاوزت X للمرة الأولى حاجز N"): the barrier is the figure, the subject what it counts


def test_ar_barrier_and_first_time_are_no_words_of_what_is_counted() -> None:
    paragraph = "وأضاف أن ودائع المصرف تجاوزت للمرة الأولى حاجز الثلاثين مليار دينار."
    counts = _counts(paragraph, 30e9, "ar") or ""
    assert "ودائع" in counts and "حاجز" not in counts


def test_ar_barrier_of_a_definite_trillion_is_a_figure() -> None:
    paragraph = "الصادرات غير النفطية تتجاوز حاجز التريليون ريال."
    assert "الصادرات" in (_counts(paragraph, 1e12, "ar") or "")


def test_ar_barrier_as_a_wall_is_no_figure() -> None:
    paragraph = "وأقامت البلدية حاجزا حديديا أمام المدرسة."
    assert _values(paragraph) == []


def test_ar_levantine_billion_is_a_scale_word() -> None:
    paragraph = "وبلغت أرباح المصرف 2.4 بليون درهم."
    assert 2.4e9 in _values(paragraph)


# "بالفترة نفسها", "للفترة ذاتها": in or for the period compared with, a time adjunct, no word of what is counted


def test_ar_in_the_same_period_is_a_time_adjunct() -> None:
    paragraph = "وكانت التقديرات تشير إلى وصول عائدات الموانئ بالفترة نفسها إلى 640 مليون دينار."
    counts = _counts(paragraph, 640e6, "ar") or ""
    assert "عائدات" in counts and "الفترة" not in counts


def test_ar_for_the_same_period_is_no_measure_of_the_change() -> None:
    paragraph = "حيث ارتفعت أعداد ركاب العبور للفترة ذاتها بنسبة 61.5 بالمئة."
    counts = _counts(paragraph, 61.5, "ar") or ""
    assert "ركاب" in counts and "الفترة" not in counts


def test_ar_period_as_a_measured_term_keeps_its_owner() -> None:
    paragraph = "ومددت المحكمة فترة التوقيف 15 يوما."
    assert "الفترة" not in (_counts(paragraph, 15, "ar") or "")


# A sum after a verbal noun of reaching with its own subject ("مع بلوغ الدخل من الفائدة N") is that subject's,
# not the level before it shared forward


def test_ar_sum_after_reaching_with_its_own_subject_is_not_shared() -> None:
    paragraph = (
        "وأوضحت الشركة أن المبيعات قفزت 17 في المئة إلى 88.4 مليون درهم مع بلوغ الدخل من الإيجارات 12.6 مليون درهم."
    )
    counts = _counts(paragraph, 12.6e6, "ar") or ""
    assert "الدخل" in counts and "المبيعات" not in counts


def test_ar_sum_joined_with_against_is_still_shared() -> None:
    paragraph = "وأوضحت الشركة أن المبيعات قفزت إلى 88.4 مليون درهم مقابل 75.1 مليون درهم."
    assert "المبيعات" in (_counts(paragraph, 75.1e6, "ar") or "")


# Sums written in parts with scale words (Iraqi oil statements): an accusative scale word alone opens one, the dual
# of a scale opens one, and a part's digits may stand in brackets


def test_ar_accusative_million_alone_opens_a_three_part_sum() -> None:
    paragraph = "وكانت الصادرات من الميناء الشمالي مليونا و48 ألفا و271 برميلا."
    assert 1048271 in _values(paragraph)


def test_ar_plural_of_a_scale_alone_is_no_figure() -> None:
    paragraph = "وخسرت الشركة ملايين الدولارات في الصفقة."
    assert _values(paragraph) == []


def test_ar_dual_million_opens_a_sum() -> None:
    paragraph = "وبلغ معدل التصدير اليومي مليونين و417 الف برميل."
    assert 2417000 in _values(paragraph)


def test_ar_bracketed_parts_of_a_sum_read_as_one() -> None:
    paragraph = "وبلغت الكميات المصدرة (71) مليوناً و(306) ألفاً و(529) برميلاً، بإيرادات بلغت (5.2) مليار دولار."
    values = _values(paragraph)
    assert 71306529 in values and 529 not in values


def test_ar_bracketed_number_after_a_sum_and_a_comma_stays_apart() -> None:
    paragraph = "وبلغت الكميات المصدرة 71 مليون برميل، و(12) شحنة إلى الأردن."
    assert 12 in _values(paragraph)


# A long subject before its verb of change keeps its indefinite head ("أرباح البنك الإسلامي الفلسطيني تنمو")


def test_ar_headline_subject_keeps_its_head_before_two_definite_words() -> None:
    paragraph = "مبيعات الشركة العربية للإسمنت تقفز 31% في النصف الأول"
    assert (_counts(paragraph, 31, "ar") or "").startswith("مبيعات")


def test_ar_subject_after_that_keeps_its_head() -> None:
    paragraph = "وأوضح التقرير أن واردات المملكة النفطية تراجعت 9%."
    assert (_counts(paragraph, 9, "ar") or "").startswith("واردات")


def test_ar_opening_verb_is_no_head_of_the_subject() -> None:
    paragraph = "وأعلنت الشركة العربية للإسمنت تراجعت 31%."
    assert "وأعلنت" not in (_counts(paragraph, 31, "ar") or "")


# A bare year after "خلال" or "في" is a time adjunct between the subject and its lead


def test_ar_bare_year_after_during_is_no_word_of_what_changed() -> None:
    paragraph = "واردات المغرب الغذائية تقفز خلال 2019 بنسبة 14%"
    counts = _counts(paragraph, 14, "ar") or ""
    assert "واردات" in counts and "2019" not in counts


def test_ar_year_shaped_count_after_in_stays_a_count_elsewhere() -> None:
    paragraph = "وبلغ عدد الوفيات في 2019 نحو 640 حالة."
    assert "الوفيات" in (_counts(paragraph, 640, "ar") or "")


# "وتقدر X بـ N": the passive of estimating before its subject, as "بلغت X N", names what the figure counts


def test_ar_estimated_subject_is_what_the_figure_counts() -> None:
    paragraph = "وتقدر احتياطيات الغاز في البلاد بـ 38 تريليون قدم مكعب."
    assert "احتياطيات" in (_counts(paragraph, 38e12, "ar") or "")


def test_ar_noun_estimated_after_it_keeps_its_own_reading() -> None:
    paragraph = "وحققت الشركة أرباحا تقدر بـ 96 مليون دينار."
    assert "أرباح" in (_counts(paragraph, 96e6, "ar") or "")


# "أمس الثلاثاء", "اليوم الأحد" between the verb of change and its lead are the day, no subject


def test_ar_yesterday_and_its_weekday_are_no_subject() -> None:
    paragraph = "وقالت الرابطة إن سعر سلة صادراتها ارتفع أمس الاثنين بنسبة 1.4%."
    counts = _counts(paragraph, 1.4, "ar") or ""
    assert "سعر" in counts and "أمس" not in counts


def test_ar_today_as_a_noun_of_one_day_stays() -> None:
    paragraph = "وارتفعت أعداد زوار اليوم الواحد بنسبة 43%."
    assert "اليوم" in (_counts(paragraph, 43, "ar") or "")
