"""What figures count in Arabic, Hebrew and Danish news (round 35: trade releases, crash reports, daily case
counts, road-death round-ups, jobless and police statistics), each class written again with made-up goods, places
and numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of
from tests.unit.facts_helpers import nth_counts as _counts


def _values(paragraphs: list[str], language: str) -> list[float]:
    return [f.value for f in facts_of(paragraphs, language) if f.kind == "figure" and f.value is not None]


# Arabic: a sum with its scale word after the article glued to it is a quantity, not an ordinal


def test_ar_definite_sum_with_scale_word_is_a_figure() -> None:
    paragraph = "مبيعات الشركة تتخطى الـ250 مليون دينار خلال 5 أشهر."
    assert 250e6 in _values([paragraph], "ar")
    assert "مبيعات" in (_counts(paragraph, 250e6, "ar") or "")


def test_ar_definite_number_without_scale_stays_ordinal() -> None:
    assert 31 not in _values(["وافتتحت الدورة الـ31 للمعرض في العاصمة."], "ar")
    assert 20 not in _values(["وطرح البنك ورقة فئة الـ20 مليون في السوق."], "ar")  # (a denomination)


# Arabic: a count told in the headline and again in its lede, by the same verbal noun, is no numbered name


def test_ar_count_repeated_with_its_noun_is_kept() -> None:
    paragraphs = ["وفاة طفل وإصابة 7 في انقلاب حافلة", "وأسفر الانقلاب عن وفاة طفل وإصابة 7 آخرين بجروح."]
    assert _values(paragraphs, "ar").count(7) == 2


def test_ar_numbered_name_repeated_is_still_dropped() -> None:
    paragraphs = ["أطلقت الوكالة المسبار هرمس 3 نحو المريخ.", "ويحمل هرمس 3 لوحات شمسية.", "وسيصل هرمس 3 بعد عام."]
    assert 3 not in _values(paragraphs, "ar")


# Arabic: the part a measure's complement is narrowed to by "من" ("قيمة الصادرات من الأسمدة")


def test_ar_value_of_exports_of_goods() -> None:
    paragraph = "وبلغت قيمة الصادرات الوطنية من الخضروات نحو 61 مليون دينار، مقابل 48 مليونا للشهر نفسه من العام الماضي."
    assert "الخضروات" in (_counts(paragraph, 61e6, "ar") or "")
    assert "الخضروات" in (_counts(paragraph, 48e6, "ar") or "")


def test_ar_value_of_exports_of_goods_past_a_long_time_adjunct() -> None:
    paragraph = "ووصلت قيمة صادرات البلاد من الزيوت والعطور في تشرين الثاني من العام الحالي، إلى حوالي 29 مليون دينار."
    assert "الزيوت" in (_counts(paragraph, 29e6, "ar") or "")


def test_ar_time_after_min_is_no_part() -> None:
    paragraph = "وبلغت قيمة الصادرات الوطنية من العام الماضي نحو 61 مليون دينار."
    assert "العام" not in (_counts(paragraph, 61e6, "ar") or "")


def test_ar_compared_sum_without_currency_takes_the_nearest_sum() -> None:
    paragraph = (
        "وبلغت قيمة الصادرات من الخضروات 61 مليون دينار، مقابل 48 مليونا للفترة نفسها، فيما وصلت قيمة الصادرات من "
        "الزيوت إلى حوالي 29 مليون دينار، مقابل 22 مليونا للشهر نفسه من العام الماضي."
    )
    assert "الزيوت" in (_counts(paragraph, 22e6, "ar") or "")


# Arabic: a time adjunct glued to "for this" or to "for the" and placed in time is no noun of the figure


def test_ar_for_this_year_is_a_time() -> None:
    paragraph = "وتراجعت صادرات البلاد من القمح لنهاية آذار الماضي لهذا العام بنسبة 6.2% لتبلغ 40 مليون دينار."
    counts = _counts(paragraph, 6.2, "ar") or ""
    assert "القمح" in counts and "العام" not in counts, counts


def test_ar_gapped_item_after_a_compared_sum() -> None:
    paragraph = (
        "وتراجعت صادرات البلاد من القمح بنسبة 6.2% لتبلغ 40 مليون دينار مقابل 43 مليونا للفترة المقابلة من العام "
        "الماضي والشعير بنسبة 3.1% لتبلغ 12 مليون دينار."
    )
    counts = _counts(paragraph, 3.1, "ar") or ""
    assert "الشعير" in counts and "العام" not in counts, counts


def test_ar_pair_with_possessive_keeps_both() -> None:
    paragraph = "ونمت الصادرات لكل من الخضروات بنسبة 12.5%، والأحذية ولوازمها بنسبة 7.4%."
    assert "الأحذية" in (_counts(paragraph, 7.4, "ar") or "")


# Danish: a time adjunct between a finite verb of level and its "på" says when, not what the figure counts


def test_da_level_after_a_month() -> None:
    paragraph = "Arbejdsløsheden lå i oktober på 3,9 procent og var inden krisen på 2,7 procent."
    assert "Arbejdsløsheden" in (_counts(paragraph, 3.9, "da") or "")
    assert "Arbejdsløsheden" in (_counts(paragraph, 2.7, "da") or "")


def test_da_peak_verb() -> None:
    assert "Tallet" in (_counts("Tallet toppede i juni på 6,1 procent.", 6.1, "da") or "")


def test_da_noun_of_before_pa_is_kept() -> None:
    # (no verb before the time: "en rente i marts på 4 procent" is a noun phrase whose "på" gives its level)
    assert "rente" in (_counts("Banken tilbød en rente på 4,2 procent.", 4.2, "da") or "")


# Arabic and Hebrew: a name's number written after Latin capitals or a stock index is no figure, and the name
# stays whole in what the figure after it counts


def test_ar_index_names_are_no_figures() -> None:
    paragraph = 'وصعد مؤشر "ABX 40 متساوي الأوزان" بنسبة 1.75% ليغلق عند مستوى 2290 نقطة.'
    values = _values([paragraph], "ar")
    assert 40 not in values and 1.75 in values
    assert "مؤشر" in (_counts(paragraph, 1.75, "ar") or "")


def test_ar_transliterated_index_is_no_figure() -> None:
    assert 100 not in _values(['وتراجع مؤشر "فوتسي 100" بنسبة 0.4% في لندن.'], "ar")


def test_ar_currency_code_keeps_its_sum() -> None:
    assert 500 in _values(["وبلغت قيمة العقد USD 500 حسب البيان."], "ar")


def test_he_tel_aviv_index_is_no_figure() -> None:
    values = _values(['מדד ת"א 90 עלה היום ב-1.4% בתום המסחר.'], "he")
    assert 90 not in values and 1.4 in values


# Arabic: levels a rate moved between, told by a participle or verb of moving after its main clause


def test_ar_participle_of_moving_counts_the_main_subject() -> None:
    paragraph = "وارتفع معدل الفقر ب0.7 نقطة في صفوف الأطفال، منتقلا من 18 في المائة إلى 18.7 في المائة."
    assert "معدل الفقر" in (_counts(paragraph, 18, "ar") or "")
    assert "معدل الفقر" in (_counts(paragraph, 18.7, "ar") or "")


def test_ar_verb_of_moving_after_a_semicolon() -> None:
    paragraph = "سجل المعدل الوطني للتضخم تراجعا ملموسا خلال الربع الثاني؛ إذ انتقل من 6.4 في المائة إلى 5.9 في المائة."
    assert "للتضخم" in (_counts(paragraph, 6.4, "ar") or "")


def test_ar_bare_points_take_the_rate_before() -> None:
    paragraph = "وتراجع معدل التضخم من 6.4 في المائة إلى 5.9 في المائة، أي بناقص 0.5 نقطة."
    assert "التضخم" in (_counts(paragraph, 0.5, "ar") or "")


def test_ar_participle_of_loss_and_level_at() -> None:
    paragraph = "تراجع رأس المال السوقي للبورصة بنسبة 1.8% خاسراً نحو 9.4 مليار جنيه."
    assert "رأس المال" in (_counts(paragraph, 9.4e9, "ar") or "")
    paragraph = "وارتفع رأس المال السوقي 3.2 مليار جنيه عند مستوى 804.1 مليار جنيه."
    assert "رأس المال" in (_counts(paragraph, 804.1e9, "ar") or "")


def test_ar_lead_and_change_noun_take_the_figure_before() -> None:
    paragraph = "ونزل رأس المال السوقي لأسهم القطاع العقاري من 91.4 مليار جنيه إلى 88.2 مليار جنيه، بنسبة انخفاض بلغت نحو 3.5%."
    assert "رأس المال" in (_counts(paragraph, 91.4e9, "ar") or "")
    assert "رأس المال" in (_counts(paragraph, 3.5, "ar") or "")


def test_ar_second_clause_from_level_keeps_its_own_subject() -> None:
    paragraph = (
        "ونزل رأس المال السوقي لأسهم القطاع العقاري من 91.4 مليار جنيه إلى 88.2 مليار جنيه، كما تراجع رأس المال "
        "لمؤشر الشركات الناشئة من 12.6 مليار جنيه إلى 12.1 مليار جنيه."
    )
    assert "الناشئة" in (_counts(paragraph, 12.6e9, "ar") or "") or "لمؤشر" in (_counts(paragraph, 12.6e9, "ar") or "")


def test_ar_from_to_with_its_own_subject_unchanged() -> None:
    paragraph = "وارتفعت أسعار الخبز من 5 جنيهات إلى 7 جنيهات."
    assert "أسعار الخبز" in (_counts(paragraph, 5, "ar") or "")


# Arabic: "then" after a verb with its subject left out, and an age band in brackets inside the subject


def test_ar_then_is_no_noun() -> None:
    paragraph = "وأعلنت الهيئة تراجع نسبة الأمية إلى 11.2% عما كانت عليه عام 2015 حيث بلغت حينها 14.6%."
    counts = _counts(paragraph, 14.6, "ar") or ""
    assert "حينها" not in counts and "الأمية" in counts, counts


def test_ar_age_band_in_brackets_is_an_aside() -> None:
    paragraph = "وبلغ معدل التشغيل للإناث للفئة العمرية (25 سنة فأكثر) (31.4%)."
    assert "التشغيل" in (_counts(paragraph, 31.4, "ar") or "")


# Arabic: what the sentence already said a figure counts


def test_ar_value_after_a_quantity() -> None:
    paragraph = "وبلغت كمية الصادرات الزراعية 2.4 مليون طن وبقيمة 911 مليون دولار، ثم ارتفعت إلى 2.9 مليون طن."
    assert (_counts(paragraph, 911e6, "ar") or "").startswith("قيمة الصادرات")
    assert "الصادرات" in (_counts(paragraph, 2.9e6, "ar") or "")


def test_ar_generic_cases_take_their_verb() -> None:
    assert "توفيت" in (_counts("وتوفيت 412 حالة منذ بداية الموسم.", 412, "ar") or "")
    # (not a cause before the number, nor the noun before a spelled one)
    assert "جراء" not in (_counts("وسقط جراء القصف 17 شخصا.", 17, "ar") or "")


# Hebrew: levels a price moved between after its verb of change, and a gapped span of time


def test_he_levels_count_the_verbs_subject() -> None:
    paragraph = "מחיר דירת 4 חדרים בחיפה עלה בשיעור של 64% מרמה של 812.5 אלף שקל לרמה של 1.332 מיליון שקל."
    assert "מחיר דירת" in (_counts(paragraph, 812500, "he") or "")
    assert "מחיר דירת" in (_counts(paragraph, 1332000, "he") or "")


def test_he_rate_of_level_keeps_its_noun() -> None:
    paragraph = "המס על רווחי ההון הועלה לשיעור של 28%."
    assert "שיעור" in (_counts(paragraph, 28, "he") or "")


def test_he_gapped_span_takes_the_figure_before() -> None:
    paragraph = "ב-12 החודשים האחרונים עלה מדד המחירים ב-2.6% ומתחילת השנה ב-1.1%."
    assert "מדד" in (_counts(paragraph, 1.1, "he") or "")


# Arabic: agency decimals written fraction first, periods that open with a clitic's letter, "its rate" alone


def test_ar_ra_decimal_with_leading_zero_is_a_figure() -> None:
    values = _values(["وارتفع المؤشر الوزني 07ر0 نقطة ليصل إلى 06ر512 نقطة."], "ar")
    assert 0.07 in values and 512.06 in values


def test_ar_phone_number_with_leading_zero_stays_out() -> None:
    assert 61234567 not in _values(["وللاستفسار يرجى الاتصال على 061234567 خلال الدوام."], "ar")


def test_ar_since_the_start_of_the_year_is_a_time() -> None:
    paragraph = "ارتفع الرقم القياسي للأسعار منذ بداية العام الحالي وحتى نهاية شهر أيار الماضي، بنسبة 2.7 بالمئة."
    assert "الرقم القياسي" in (_counts(paragraph, 2.7, "ar") or "")


def test_ar_change_with_its_rate_only() -> None:
    paragraph = "وسجل الرقم القياسي ارتفاعاً نسبته 1.4% مقارنة مع الشهر المقابل، وارتفاع طفيف نسبته 0.3% عن الشهر السابق."
    assert "الرقم القياسي" in (_counts(paragraph, 0.3, "ar") or "")


# Round-33 dev shapes: "كم" for kilometres, a noun described by its own measure, Hebrew "וכ-70", emergency lines


def test_ar_km_abbreviation_is_a_unit() -> None:
    facts = [f for f in facts_of(["قافلة إغاثة طولها 350 كم وصلت إلى المدينة."], "ar") if f.kind == "figure"]
    assert [(f.value, f.unit) for f in facts] == [(350, "kilometres")]
    assert "قافلة" in (facts[0].counts or "")


def test_ar_kama_after_a_number_is_no_unit() -> None:
    facts = [f for f in facts_of(["وبلغ عدد الزوار 350 كما ذكرت الوزارة."], "ar") if f.kind == "figure"]
    assert all(f.unit != "kilometres" for f in facts)


def test_he_hyphened_prefixes_before_a_number() -> None:
    assert 45 in _values(["הפיצוץ גרם ל-6 הרוגים וכ-45 פצועים."], "he")


def test_he_emergency_line_is_no_figure() -> None:
    assert 101 not in _values(["השכן חייג למד״א 101 ודיווח על הפצוע."], "he")
    assert 100 in _values(["במבצע השתתפו 100 שוטרים."], "he")


def test_he_counted_span_with_the_article() -> None:
    paragraph = "ב-12 החודשים האחרונים נהרגו 410 בני אדם וב-12 החודשים שלפניהם נהרגו 388."
    figures = [f for f in facts_of([paragraph], "he") if f.kind == "figure"]
    spans = [f for f in figures if f.value == 12]
    assert [f.unit for f in spans] == ["months", "months"]
    assert all("החודשים" in (f.counts or "") for f in spans)
    assert "אדם" in (_counts(paragraph, 388, "he") or "")
