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


# Hebrew: "שנים עשר" is twelve; "שנים" alone is years


def test_he_twelve_spelled_with_the_years_word_is_twelve() -> None:
    paragraph = "בשנים עשר החודשים האחרונים נפתחו במחוז 340 עסקים חדשים."
    values = _values([paragraph], "he")
    assert 10 not in values and 340 in values


def test_he_years_word_alone_is_no_number() -> None:
    assert 2 not in _values(["לפני שנים רבות נפתחו במחוז 340 עסקים חדשים."], "he")


# Hebrew: a list of bare labels and percentages gives each figure the label before it


def test_he_bare_list_item_counts_its_own_label_not_the_next() -> None:
    paragraph = "עליות מחירים נרשמו בסעיפים הבאים: ריהוט 2.2%, דלק 1.7%, חשמל 1.4% ומים וביוב 0.6%."
    assert (_counts(paragraph, 1.4, "he") or "") == "חשמל"
    assert (_counts(paragraph, 0.6, "he") or "") == "מים וביוב"


def test_he_two_figures_joined_by_a_clause_are_no_list() -> None:
    paragraph = "מדד המחירים עלה ב-0.4% ואילו מחירי הדירות ירדו 1.2%."
    assert "מחירי הדירות" in (_counts(paragraph, 1.2, "he") or "")


# Danish: a linking adverb between auxiliary and participle; an object pulled down; "hvilket er N mere end"


def test_da_linking_adverb_is_no_subject() -> None:
    paragraph = "Udlånet er således faldet med 3,2 procent det seneste år."
    assert "Udlånet" in (_counts(paragraph, 3.2, "da") or "")


def test_da_object_pulled_down_is_what_changes() -> None:
    paragraph = "Den svage høst har trukket landbrugets indtjening ned med 1,8 milliarder kroner."
    assert "indtjening" in (_counts(paragraph, 1.8e9, "da") or "")


def test_da_pulled_without_object_keeps_the_subject() -> None:
    paragraph = "Indtjeningen er trukket ned med 1,8 milliarder kroner."
    assert "Indtjening" in (_counts(paragraph, 1.8e9, "da") or "")


def test_da_which_is_more_than_counts_the_figure_before() -> None:
    paragraph = "Regnskabet viser et overskud på 14,2 milliarder kroner i 2023, hvilket er 1,1 milliarder kroner mere end året før."
    assert "overskud" in (_counts(paragraph, 1.1e9, "da") or "")


def test_da_which_is_without_comparison_is_not_shared() -> None:
    paragraph = "Regnskabet viser et overskud på 14,2 milliarder kroner, hvilket er 3 gange så meget som ventet."
    assert "overskud" not in (_counts(paragraph, 3, "da") or "")


# Arabic: a comma list of one count by place gives each later item the first's reading and its own place


def test_ar_comma_list_by_place_shares_the_first_items_noun() -> None:
    paragraph = "وأوضح البيان أن المخالفات توزعت ما بين 240 في مدينة صلالة، و75 في صحار، و31 في نزوى و12 في صور."
    for value, place in ((75, "صحار"), (31, "نزوى"), (12, "صور")):
        counts = _counts(paragraph, value, "ar") or ""
        assert "المخالفات" in counts and place in counts


def test_ar_comma_list_item_with_its_own_noun_keeps_it() -> None:
    paragraph = "وبلغ عدد المخالفات 240 في مدينة صلالة، و75 مركبة ضبطت في صحار."
    assert "مركبة" in (_counts(paragraph, 75, "ar") or "")


# Arabic: a market's close "أغلق X تعاملاته على ارتفاع بنسبة N" is X's change, and the level it settled at X's


def test_ar_session_close_change_counts_the_index() -> None:
    paragraph = "وأغلق مؤشر بورصة المدينة تعاملاته اليوم على ارتفاع بنسبة 0.6% ليستقر عند 4310 نقاط."
    assert "مؤشر بورصة المدينة" in (_counts(paragraph, 0.6, "ar") or "")


def test_ar_session_close_on_a_fall_by_points_counts_the_index() -> None:
    paragraph = "واختتم المؤشر العام جلسته على تراجع بمقدار 22 نقطة."
    assert "المؤشر العام" in (_counts(paragraph, 22, "ar") or "")


def test_ar_closed_road_at_a_height_is_no_session_change() -> None:
    paragraph = "وأغلقت الشرطة الطريق الجبلي على ارتفاع 1200 متر."
    assert "الطريق" not in (_counts(paragraph, 1200, "ar") or "")


# Arabic: a quoted group before "بنسبة" is what the item of a list measures


def test_ar_quoted_group_before_share_is_the_item() -> None:
    paragraph = (
        "وساهم في ارتفاع الرقم القياسي بشكل رئيسي 'مجموعة الخضار الطازجة' بنسبة 4.1%، و'الوقود والإنارة' بنسبة 2.9%."
    )
    assert "الخضار" in (_counts(paragraph, 4.1, "ar") or "")
    assert "الوقود" in (_counts(paragraph, 2.9, "ar") or "")


def test_ar_quoted_company_keeps_its_owning_noun() -> None:
    paragraph = 'وارتفع سهم "الواحة للأسمنت" بنسبة 3.4% في التعاملات المبكرة.'
    assert "سهم" in (_counts(paragraph, 3.4, "ar") or "")


# Arabic: the later items of a ranking measure what the first item measures, of their own item


def test_ar_ranked_items_share_the_first_items_measure() -> None:
    paragraph = (
        "وحل ميناء الواحة في المركز الأول من حيث حجم المناولة بـ 4.2 مليون طن، وجاء ثانياً ميناء السدرة بـ 2.6 مليون "
        "طن، وثالثاً ميناء الرمال بـ 1.1 مليون طن."
    )
    for value, item in ((2.6e6, "السدرة"), (1.1e6, "الرمال")):
        counts = _counts(paragraph, value, "ar") or ""
        assert "حجم المناولة" in counts and item in counts


def test_ar_ranked_adverb_without_a_comma_list_is_not_shared() -> None:
    paragraph = "وحل ميناء الواحة أولاً بحجم مناولة بلغ 4.2 مليون طن، فيما استقبل ميناء السدرة 300 سفينة."
    assert "مناولة" not in (_counts(paragraph, 300, "ar") or "")


# Arabic: "أول N أشهر" counts the months; a sum restating a share past a span; "بينما كان N" is the earlier level


def test_ar_first_months_count_the_months() -> None:
    paragraph = "وارتفعت مبيعات الإسمنت بنسبة 6% خلال أول 4 أشهر من العام الجاري."
    assert "أشهر" in (_counts(paragraph, 4, "ar") or "")


def test_ar_first_winners_are_no_span() -> None:
    paragraph = "وحصل أول 3 فائزين في المسابقة على جوائز مالية."
    assert "فائز" in (_counts(paragraph, 3, "ar") or "")


def test_ar_sum_restating_a_share_of_product_past_a_span() -> None:
    paragraph = (
        "كما ارتفع الفائض الأولي ليصل إلى 1,8% من الناتج المحلي الإجمالي خلال أول ستة أشهر من العام المالي مسجلاً "
        "نحو 310 مليار جنيه بينما كان 1,2% خلال نفس الفترة من العام الماضي."
    )
    assert "الفائض" in (_counts(paragraph, 310e9, "ar") or "")
    assert "الفائض" in (_counts(paragraph, 1.2, "ar") or "")


def test_ar_while_clause_with_its_own_noun_keeps_it() -> None:
    paragraph = "وارتفع الفائض الأولي إلى 1.8% من الناتج المحلي، بينما كان عدد المشروعات 120 مشروعا."
    assert "مشروع" in (_counts(paragraph, 120, "ar") or "")


# Arabic: "N% نسبة X" in a headline's order counts the measure and what it is of


def test_ar_figure_before_its_measure_counts_the_measures_complement() -> None:
    paragraph = "12 بالمئة نسبة ارتفاع مبيعات السيارات خلال الربع الأول"
    assert "مبيعات السيارات" in (_counts(paragraph, 12, "ar") or "")


def test_ar_figure_with_its_own_noun_before_a_measure_keeps_it() -> None:
    paragraph = "وسجلت 12 إصابة جديدة بينما بلغت نسبة الشفاء 90%."
    assert "إصابة" in (_counts(paragraph, 12, "ar") or "")
