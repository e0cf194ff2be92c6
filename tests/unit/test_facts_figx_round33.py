"""Figures, thirty-third round: Arabic, Hebrew and Danish figures of jobs, exports, grants, road-toll and police pages
nobody here had tuned on (read from their openings, the figures written down by hand first). Each class is written again
with made-up sentences, and a look-alike that must keep its old reading. Every sentence, firm and name is made up."""

from __future__ import annotations

from tests.unit.figure_helpers import figures_of


def _figures(text: str, language: str, value: float):  # type: ignore[no-untyped-def]
    return [f for f in figures_of(text, language) if abs(f.value - value) < 1e-6 * max(1.0, abs(value))]


def _figure(text: str, language: str, value: float):  # type: ignore[no-untyped-def]
    found = _figures(text, language, value)
    assert found, f"no figure {value} in {text!r}: {[(f.text, f.value) for f in figures_of(text, language)]}"
    return found[0]


# --- a sum with a scale word in brackets is no age, however small its digits -------------------------------------


def test_an_arabic_sum_of_two_scales_in_brackets_is_no_age() -> None:
    f = _figure("وأضافت البلدية ( 4 مليار و250 مليون) من صندوق الطوارئ.", "ar", 4.25e9)
    assert not (f.counts or "").startswith("عمر") and "age" not in (f.counts or ""), f.counts
    f = _figure("وأضافت البلدية (4 مليار) من صندوق الطوارئ.", "ar", 4e9)
    assert "age" not in (f.counts or ""), f.counts
    # near miss: a name and a bare age in brackets stays an age
    f = _figure("وقال أحمد (45) إن المياه غمرت منزله.", "ar", 45)
    assert f.counts and ("age" in f.counts or f.counts.startswith("عمر")), f.counts  # ("عمر (أحمد)": his age)


# --- Arabic and Hebrew: a change told "from X to Y" is two figures, no range ----------------------------------------


def test_an_arabic_change_from_one_level_to_another_is_two_figures() -> None:
    text = "وارتفعت إيرادات الميناء من 12.5 مليار إلى 14.1 مليار دينار خلال العام."
    start, end = _figure(text, "ar", 12.5e9), _figure(text, "ar", 14.1e9)
    assert start.value_max is None and end.value_max is None
    assert start.unit == end.unit == "dinars", (start.unit, end.unit)
    assert "إيرادات" in (start.counts or "") and "إيرادات" in (end.counts or ""), (start.counts, end.counts)
    # the start leaves its scale word to the end
    f = _figure("وسجلت الشركة بقفزة من 3.2 إلى 5.4 مليار درهم في أرباحها.", "ar", 3.2e9)
    assert f.value_max is None and f.unit == "dirhams", (f.value_max, f.unit)
    f = _figure("وزاد عدد المتطوعين في الجمعية من 300 إلى 520 متطوعا.", "ar", 300)
    assert f.value_max is None and "المتطوعين" in (f.counts or ""), f.counts


def test_an_arabic_range_without_a_change_stays_one_range() -> None:
    f = _figure("وتتراوح مدة العقوبة من 3 إلى 5 سنوات.", "ar", 3)
    assert f.value_max == 5, f.value_max
    f = _figure("ويحصل كل موظف على مكافأة من 200 إلى 400 دينار.", "ar", 200)
    assert f.value_max == 400, f.value_max
    # a change verb whose level then ranges: one range
    f = _figure("وارتفعت درجات الحرارة لتتراوح من 30 إلى 35 درجة.", "ar", 30)
    assert f.value_max == 35, f.value_max


def test_a_hebrew_change_with_a_plural_verb_is_two_figures_counting_one_thing() -> None:
    text = "ההכנסות של הרשת זינקו מ-2.4 מיליארד ל-3.1 מיליארד שקל."
    start, end = _figure(text, "he", 2.4e9), _figure(text, "he", 3.1e9)
    assert start.value_max is None and end.value_max is None
    assert start.unit == end.unit == "ILS", (start.unit, end.unit)
    assert "ההכנסות" in (end.counts or ""), end.counts
    f = _figure("ההכנסות של הרשת זינקו מ-2 ל-3 מיליארד שקל.", "he", 2e9)
    assert f.value_max is None and f.unit == "ILS", (f.value_max, f.unit)
    # near miss: a span with no change stays a range
    f = _figure("העונש נע בין 3 ל-5 שנים.", "he", 3)
    assert f.value_max == 5, f.value_max


# --- Arabic: a gapped list of changes, and a relative clause's step ------------------------------------------------


def test_an_arabic_gapped_list_of_changes_counts_what_the_first_item_counts() -> None:
    text = "وارتفعت صادرات المصنع إلى ألمانيا بنسبة 18%، ومع فرنسا بنسبة 7%، وإلى إيطاليا بنسبة 4%."
    for value in (7, 4):
        f = _figure(text, "ar", value)
        assert f.counts and "صادرات" in f.counts, (value, f.counts)
    # near miss: a new noun after "and" is its own item ("والفواكه": the fruit rose 3%)
    f = _figure("وارتفعت أسعار الخضار بنسبة 5%، والفواكه بنسبة 3%.", "ar", 3)
    assert f.counts and "الفواكه" in f.counts, f.counts
    # near miss: a clause of its own after the comma keeps its reading
    f = _figure("وارتفعت الأسعار بنسبة 5%، ومن المتوقع أن ترتفع بنسبة 3% العام المقبل.", "ar", 3)
    assert f.counts and "الأسعار" in f.counts, f.counts


def test_an_arabic_relative_clauses_step_counts_the_noun_its_pronoun_stands_for() -> None:
    f = _figure("ومن بين القطاعات الرابحة صناعة الأسمدة، التي ارتفعت بنسبة تجاوزت 40% منذ عام 2010.", "ar", 40)
    assert f.counts and "الأسمدة" in f.counts, f.counts
    # near miss: a step with its own noun before it keeps it
    f = _figure("وارتفعت مبيعات الأسمدة بنسبة 40% منذ عام 2010.", "ar", 40)
    assert f.counts and "مبيعات" in f.counts, f.counts


# --- Arabic: a running total named only "the total" is a total of what the day's figure counts --------------------


def test_an_arabic_bare_total_counts_what_the_days_figure_counts() -> None:
    f = _figure("وسجلت المديرية 12 حالة غرق جديدة، ليصل الإجمالي إلى 87.", "ar", 87)
    assert f.counts and "غرق" in f.counts, f.counts
    f = _figure("وسجلت المديرية 12 حالة غرق جديدة، ليرتفع العدد الإجمالي إلى 87.", "ar", 87)
    assert f.counts and "غرق" in f.counts, f.counts
    # near miss: a total that names what it is of keeps its words
    f = _figure("وسجلت المديرية 12 حالة غرق جديدة، ليرتفع العدد الإجمالي للمفقودين إلى 87.", "ar", 87)
    assert f.counts and "مفقودين" in f.counts and "غرق" not in f.counts, f.counts


# --- Danish: a week of the year is no figure --------------------------------------------------------------------


def test_a_danish_week_number_is_no_figure() -> None:
    assert not _figures("Uge 32 blev butikkens bedste uge nogensinde.", "da", 32)
    assert not _figures("Samtidig var i uge 32 travlt på havnen.", "da", 32)
    # near miss: a count each week, and a span in weeks, stay figures
    assert _figures("Der kommer hver uge 700 gæster på museet.", "da", 700)
    assert _figures("Han sad fængslet i 14 uger.", "da", 14)


# --- Danish: a share told with a dummy "det" -------------------------------------------------------------------------


def test_a_danish_share_with_a_dummy_subject_counts_the_fronted_phrase_or_the_figure_before() -> None:
    f = _figure("Blandt pensionisterne er det 23 pct.", "da", 23)
    assert f.counts and "pensionisterne" in f.counts, f.counts
    f = _figure("For hele befolkningen mellem 18 og 70 år er det 61 pct.", "da", 61)
    assert f.counts and "befolkningen" in f.counts, f.counts
    f = _figure("Af dem købte 44 pct. en cykel i 2019, mens det tre år tidligere bare var 31 pct.", "da", 31)
    assert f.counts and "år" not in f.counts.split(), f.counts
    # near miss: a share that names its whole keeps it
    f = _figure("I Odense er det 9 procent af eleverne, der cykler.", "da", 9)
    assert f.counts and "eleverne" in f.counts, f.counts


# --- Arabic: the trillion spelled "ترليون", the lira a currency, a change told apart with restatements in brackets --


def test_an_arabic_trillion_without_its_yaa_is_a_scale_and_the_lira_a_currency() -> None:
    f = _figure("وبلغت ودائع المصارف نحو 140.5 ترليون ليرة في نهاية العام.", "ar", 140.5e12)
    assert f.counts and "ودائع" in f.counts and "ليرة" not in f.counts, f.counts


def test_an_arabic_change_told_apart_shares_what_its_start_counts() -> None:
    text = (
        "وأظهر التقرير أن قروض القطاع الخاص هبطت من نحو 80.2 ترليون ليرة (53.2 مليار دولار) بنهاية آذار "
        "الماضي، إلى حوالي 71.4 ترليون ليرة (47.4 مليار دولار) بنهاية آذار من العام الحالي."
    )
    for value in (53.2e9, 71.4e12, 47.4e9):
        f = _figure(text, "ar", value)
        assert f.counts and "قروض" in f.counts, (value, f.counts)
    # near miss: a figure after "إلى" with a clause of its own between keeps its reading
    f = _figure("وارتفعت الأسعار من 10 دنانير في العام الماضي. وقد وصل عدد الزوار إلى 500 زائر.", "ar", 500)
    assert f.counts and "الزوار" in f.counts, f.counts


def test_arabic_rates_on_tranches_count_what_the_first_rate_counts() -> None:
    text = "وتبلغ الضريبة 5 % على أول مئة ألف دينار و8 على المئة ألف التالية ثم 12 % على ما يفوق ذلك."
    for value in (8, 12):
        f = _figure(text, "ar", value)
        assert f.counts and "الضريبة" in f.counts, (value, f.counts)
    # near miss: a bare number after "and" that opens no tranche keeps its own noun
    f = _figure("وتبلغ الضريبة 5 % على الدخل و8 موظفين في الدائرة.", "ar", 8)
    assert f.counts and "موظفين" in f.counts, f.counts


# --- Arabic: a number glued to a preposition before its bracket; a joined number whose noun is left out -----------


def test_an_arabic_bracketed_count_after_a_glued_preposition_is_a_figure() -> None:
    f = _figure("وأسفرت الحملة عن تحرير (41) مخالفة وحجز ل(17) مركبة.", "ar", 17)
    assert f.counts and "مركبة" in f.counts, f.counts
    # near miss: a subdivision of a cited article stays no figure
    assert not _figures("وفقا للمادة 12(3) من القانون.", "ar", 3)


def test_an_arabic_joined_number_with_only_a_phrase_after_it_counts_the_noun_before() -> None:
    f = _figure("وضبطت الدوريات 31 مطلوبا للقضاء و6 للاشتباه في حيازة مخدرات.", "ar", 6)
    assert f.counts and "مطلوبا" in f.counts, f.counts
    f = _figure("وأصيب 12 راكبا بجروح خطيرة و9 بجروح طفيفة.", "ar", 9)
    assert f.counts and "راكبا" in f.counts, f.counts
    # near miss: a joined number with a noun of its own keeps it
    f = _figure("وتعاقد النادي مع 3 مدربين و12 لاعبا للموسم المقبل.", "ar", 12)
    assert f.counts and "لاعبا" in f.counts and "مدربين" not in f.counts, f.counts


# --- Arabic: a day of this month named by its adjective is a date --------------------------------------------------


def test_an_arabic_day_of_the_current_month_is_no_figure() -> None:
    assert not _figures("ونفذت الإدارة حملات في الفترة من 11 إلى 17 الجاري.", "ar", 11)
    assert not _figures("وتبدأ الامتحانات يوم 20 الجاري.", "ar", 20)
    # near miss: a share or a count this month stays a figure
    assert _figures("وارتفعت الأسعار 3% الشهر الجاري.", "ar", 3)
    assert _figures("وسجلت الوزارة 20 إصابة جديدة الشهر الجاري.", "ar", 20)


# --- Hebrew: a list of ages after "בגילאים" --------------------------------------------------------------------------


def test_a_hebrew_list_after_aged_is_a_list_of_ages() -> None:
    text = "לפי מד\"א, 5 הפצועים היו בגילאים: 4, 11, 36, ו-62 לערך."
    for value in (4, 11, 36, 62):
        f = _figure(text, "he", value)
        assert f.counts and "age" in f.counts, (value, f.counts)
    f = _figure("שני נערים בגילאי 15 ו-16 נעצרו אמש.", "he", 16)
    assert f.counts and "age" in f.counts, f.counts
    # near miss: the count of the injured keeps its noun
    f = _figure(text, "he", 5)
    assert f.counts and "הפצועים" in f.counts, f.counts


# --- Arabic: a decimal said in words, its point named -------------------------------------------------------------


def test_an_arabic_decimal_said_in_words_is_one_figure() -> None:
    text = "وتراجعت الصادرات بنسبة اثني عشر فاصلة خمسة بالمئة خلال الربع."
    f = _figure(text, "ar", 12.5)
    assert f.unit == "percent" and f.counts and "الصادرات" in f.counts, (f.unit, f.counts)
    assert not _figures(text, "ar", 5)
    f = _figure("وارتفع النمو إلى ثلاثة فارزة اثنين بالمئة.", "ar", 3.2)
    assert f.unit == "percent", f.unit
    # near miss: two numbers joined by "and" stay two
    assert _figures("وأصيب ثلاثة أشخاص وقتل اثنان.", "ar", 3) and _figures("وأصيب ثلاثة أشخاص وقتل اثنان.", "ar", 2)


# --- Arabic: "بواقع" (at the rate of) leads a figure; it is not what the figure counts ---------------------------


def test_an_arabic_figure_after_at_the_rate_of_does_not_count_the_lead() -> None:
    f = _figure("ووزعت البلدية المنحة على المستحقين بواقع ( 250 ألف دينار) لكل عائلة.", "ar", 250e3)
    assert f.counts and "واقع" not in f.counts and "لكل عائلة" in f.counts, f.counts
    f = _figure("وتسير الشركة رحلات إلى عمان بواقع 4 رحلات أسبوعيا.", "ar", 4)
    assert f.counts and "رحلات" in f.counts, f.counts


# --- Hebrew: a part "of them" after a definite plural named in the sentence ------------------------------------------


def test_a_hebrew_part_of_them_counts_the_definite_plural_before_it() -> None:
    f = _figure("בסיום החילוץ הועברו הנוסעים לבית החולים, אולם שלושה מהם שוחררו.", "he", 3)
    assert f.counts and "הנוסעים" in f.counts, f.counts
    # near miss: a part of a figure before it keeps the general reading
    f = _figure("בתוך הרכב נלכדו 4 פצועים כאשר 2 מהם מחוסרי הכרה.", "he", 2)
    assert f.counts and "פצועים" in f.counts, f.counts


# --- Arabic: a level told by a measure noun with a pronoun ("لتبلغ قيمتها") --------------------------------------------


def test_an_arabic_measure_with_a_pronoun_counts_what_the_pronoun_stands_for() -> None:
    f = _figure("وارتفعت صادرات الأسمدة بنسبة 9% لتبلغ قيمتها 2.4 مليار دولار.", "ar", 2.4e9)
    assert f.counts and "صادرات" in f.counts, f.counts
    f = _figure("وتراجعت الودائع لدى المصارف ليصل حجمها إلى 31 مليار دينار.", "ar", 31e9)
    assert f.counts and "الودائع" in f.counts, f.counts
    # near miss: a measure that names what it measures keeps it
    f = _figure("وارتفعت الأسعار لتبلغ قيمة الواردات 2.4 مليار دولار.", "ar", 2.4e9)
    assert f.counts and "الواردات" in f.counts, f.counts


# --- Hebrew: "NOUN של N unit": the noun the "של" hangs on is measured, not the adjunct after the unit -------------


def test_a_hebrew_measure_of_counts_the_noun_before_shel() -> None:
    f = _figure("הכפר נמצא במרחק של 12 ק\"מ ממערב לעיר.", "he", 12)
    assert f.counts and "מרחק" in f.counts, f.counts
    f = _figure("הצוללנים שהו תקופת שיא של 40 ימים מתחת למים.", "he", 40)
    assert f.counts and "תקופת" in f.counts, f.counts
    # near miss: a figure whose reading already names the noun keeps it; a sum keeps its contract
    f = _figure("בנק ישראל מנפיק מק\"ם לטווח של שנה ולטווח של שלושה חודשים.", "he", 3)
    assert f.counts and "טווח" in f.counts and "שנה" not in f.counts, f.counts
    f = _figure("החברה חתמה על חוזה של 3 מיליון דולר עם הקבוצה.", "he", 3e6)
    assert f.counts and "חוזה" in f.counts, f.counts
