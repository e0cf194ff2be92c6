"""Figures and what they count, by class of error found on the dev tuning articles (issue 10, round 4).

Every sentence here is written for these tests. Each test names the class a linguist would name; the
check is the one the corpus scorer makes: the value, and a key word inside the extracted `counts`.
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of as _counts_of
from tests.unit.figure_helpers import figures_of as _figures


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Brazil's 200 million residents face higher bills.", 2e8, "residents"),
        ("The province’s 40,000 nurses went on strike.", 40000, "nurses"),
        ("The Smiths' 12 horses were sold at auction.", 12, "horses"),
    ],
)
def test_a_possessor_before_a_number_is_no_name(text: str, value: float, key: str) -> None:
    # "Brazil's 200 million": a capitalised possessive owns the figure; "Windows 7" is a name
    assert key in _counts_of(text, "en", value)


def test_a_comma_grouping_digits_starts_no_clause() -> None:
    # "2,500" holds a comma; the clause before the later figure does not start inside it
    counts = _counts_of("A poll of 3,400 parents showed that 58% want shorter holidays.", "en", 58)
    assert "400 parents" not in counts


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "Of the 60 climbers, 14 of them reached the summit.", 14, "climbers"),
        ("da", "Der kom 90 ansøgere, og 30 af dem fik job.", 30, "ansøgere"),
        ("ar", "تقدم 500 طالب للامتحان ونجح 320 منهم في المرحلة الأولى.", 320, "طالب"),
        ("he", "הגיעו 70 מתנדבים ו-25 מהם נשארו עד הסוף.", 25, "מתנדבים"),
    ],
)
def test_a_part_of_them_counts_what_the_group_before_it_counts(
    language: str, text: str, value: float, key: str
) -> None:
    assert key in _counts_of(text, language, value)


def test_a_part_of_them_keeps_its_own_words_too() -> None:
    counts = _counts_of("أصيب 40 شخصا، 15 منهم أطفال.", "ar", 15)
    assert "أطفال" in counts and "شخص" in counts


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("تعاقدت البلدية مع ثلاثين عاملا لتنظيف الشوارع.", 30, None),
        ("أمضى الفريق 6 أعوام في البحث.", 6, "years"),
        ("استمر الاجتماع 4 ساعات، ثم رفعت الجلسة.", 4, "hours"),
        ("הוצבה מטרה של 30 מטרות חדשות.", 30, None),
    ],
)
def test_an_arabic_or_hebrew_unit_is_the_whole_word_not_a_longer_one(text: str, value: float, unit: str | None) -> None:
    # "عاملا" (workers) starts like "عام" (year), "מטרות" (goals) like "מטר" (metre)
    language = "he" if "מטר" in text else "ar"
    found = [f for f in _figures(text, language) if f.value == value]
    assert found and found[0].unit == unit


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("ar", "أغلق 60 % تقريبا من المحلات أبوابها.", 60, "المحلات"),
        ("en", "Some 30 or so cottages were flooded.", 30, "cottages"),
        ("he", "נסגרו 40 אחוז בערך מהחנויות בעיר.", 40, "חנויות"),
    ],
)
def test_an_approximating_word_after_a_figure_is_skipped(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "The lake froze when it dropped to 18 degrees below zero.", -18),
        ("da", "Om natten var der 9 grader under nul i byen.", -9),
        ("ar", "سجلت المحطة 7 درجات تحت الصفر صباح الأحد.", -7),
    ],
)
def test_below_zero_makes_a_negative_figure_and_its_zero_no_figure(language: str, text: str, value: float) -> None:
    figures = _figures(text, language)
    assert [f.value for f in figures] == [value] and figures[0].unit == "degrees"


def test_an_arabic_degree_names_the_measure_before_a_figure() -> None:
    assert "الحرارة" in _counts_of("وصلت درجة الحرارة في المدينة إلى 48 درجة.", "ar", 48)


def test_a_danish_ordinal_with_a_full_stop_is_no_figure() -> None:
    assert _figures("Holdet ligger nu på 7.-pladsen og mødte i går nummer 3. holdet.", "da") == []
    assert [f.value for f in _figures("Klubben har 7. plads og 400 medlemmer.", "da")] == [400]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "A 16 year old cyclist was taken to hospital.", 16),
        ("en", "Her son is now 9 years old.", 9),
        ("en", "The winner, Tom Hardy (27), thanked his coach.", 27),
        ("ar", "توفيت امرأة تبلغ من العمر 71 عاما في الحريق.", 71),
        ("ar", "وقال سامي حداد (52 عاما) إنه لم يتوقع ذلك.", 52),
        ("he", "הנהג, דני לוי (38), נעצר בזירה.", 38),
    ],
)
def test_ages_written_apart_or_in_brackets_count_an_age(language: str, text: str, value: float) -> None:
    # (Arabic names whose age it is when the sentence says so, in Arabic: "عمر (امرأة)", a woman's age)
    counts = _counts_of(text, language, value)
    assert "age" in counts or (language == "ar" and counts.startswith("عمر ("))


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "Bus drivers in the north have been on strike for nearly six weeks.", 6, "strike"),
        ("en", "It is the latest round of a dispute that both unions have fought for 12 years.", 12, "dispute"),
        ("en", "The library lent out rare maps three days in a row.", 3, "maps"),
        ("en", "Officials believe the new bridge will not open for at least two more years.", 2, "bridge"),
        ("da", "Sygeplejerskerne har strejket i fire uger.", 4, "strejket"),
    ],
)
def test_a_duration_counts_the_clause_it_ends(language: str, text: str, value: float, key: str) -> None:
    # the gold convention for a duration: "time <what lasted>", the clause up to the preposition
    assert key in _counts_of(text, language, value)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The abbey, founded in 1132, still stands."),
        ("en", "The faith reached the island in 640 and spread quickly."),
        ("da", "Kirken har stået siden 1450."),
        ("ar", "بني القصر عام 1850 على ضفة النهر."),
    ],
)
def test_a_year_before_1900_after_in_or_since_is_no_figure(language: str, text: str) -> None:
    assert _figures(text, language) == []


def test_a_number_after_in_with_a_noun_after_it_stays_a_figure() -> None:
    assert [f.value for f in _figures("The chain sells its goods in 1500 shops.", "en")] == [1500]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The tower, designed by a local firm, is 90 metres tall.", 90, "tower"),
        ("Exports, meanwhile, fell 3%.", 3, "Exports"),
    ],
)
def test_the_subject_stands_before_an_appositive(text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, "en", value)


def test_money_spent_doing_something_counts_the_gerund_and_its_object() -> None:
    assert "roof" in _counts_of("The parish raised $80,000 repairing the church roof.", "en", 80000)


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "The blast killed 8 miners and trapped 20 others underground.", 20, "miners"),
        ("ar", "غرق 9 صيادين ونجا 14 آخرون من الحادث.", 14, "صيادين"),
        ("da", "Ulykken dræbte 3 passagerer, og 11 andre kom til skade.", 11, "passagerer"),
        ("he", "נהרגו 4 מטיילים ו-6 אחרים נפצעו.", 6, "מטיילים"),
    ],
)
def test_n_others_are_others_of_the_kind_an_earlier_figure_counts(
    language: str, text: str, value: float, key: str
) -> None:
    counts = _counts_of(text, language, value)
    assert key in counts


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "The probe flew past the rings of the giant planet (80,000 km) last week.", 80000, "rings"),
        ("en", "Residents protested against the new incinerator (€25m) on Friday.", 25e6, "incinerator"),
        ("ar", "افتتحت البلدية الجسر الجديد (300 متر) أمس.", 300, "الجسر"),
    ],
)
def test_a_bracketed_size_counts_the_noun_before_the_bracket(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


def test_one_size_in_two_units_joined_by_a_dash_shares_what_it_counts() -> None:
    text = "The cable runs along the floor of the strait (12 miles - 19 kilometres) to the island."
    assert "floor" in _counts_of(text, "en", 19)


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("ar", "تبرع المحسنون بنصف مليون دولار للمدرسة.", 5e5, None),
        ("ar", "لجأ ربع مليون شخص إلى المخيمات.", 2.5e5, "شخص"),
        ("ar", "خسرت الشركة مليونا ونصف مليون دولار.", 1.5e6, None),
        ("ar", "بلغت كلفة الجسر مليار و300 مليون دولار.", 1.3e9, None),
        ("ar", "يقطن الإقليم 4 ملايين و200 ألف نسمة.", 4.2e6, "نسمة"),
        ("ar", "دامت المفاوضات خمس ساعات ونصف.", 5.5, None),
        ("ar", "وصل مئتا مهاجر إلى الشاطئ.", 200, "مهاجر"),
        ("en", "Half a million fans lined the streets.", 5e5, "fans"),
        ("en", "A quarter of a million homes lost power.", 2.5e5, "homes"),
        ("he", "חצי מיליון תושבים נותרו ללא חשמל.", 5e5, "תושבים"),
        ("he", "הדיון נמשך ארבע וחצי שעות.", 4.5, None),
        ("he", "הפרויקט יעלה מיליארד ו-300 מיליון שקל.", 1.3e9, None),
    ],
)
def test_a_number_written_in_two_parts_is_one_figure(language: str, text: str, value: float, key: str | None) -> None:
    # a fraction of a scale, a number and a half, a sum of two scales: one value, no half or scale apart
    figures = _figures(text, language)
    assert [f.value for f in figures] == [value], [(f.text, f.value) for f in figures]
    assert key is None or key in (figures[0].counts or "")


def test_a_half_of_a_unit_keeps_the_unit() -> None:
    figures = _figures("أمضى المتسلقون يومين ونصف على القمة.", "ar")
    assert [(f.value, f.unit) for f in figures] == [(2.5, "days")]


def test_an_indefinite_pronoun_after_a_duration_is_not_what_it_counts() -> None:
    counts = _counts_of("We queued at the gate for 6 hours for nothing.", "en", 6)
    assert "gate" in counts and not counts.startswith("nothing")


def test_a_duration_after_after_counts_the_clause_before_it() -> None:
    assert "festival" in _counts_of("This year the festival opened after nine months.", "en", 9)


def test_a_duration_for_a_clause_and_after_an_event_names_both() -> None:
    counts = _counts_of("The port stopped exports for five days after the storm.", "en", 5)
    assert "storm" in counts and "exports" in counts


def test_a_noun_phrase_longer_than_four_words_keeps_its_plural_head() -> None:
    counts = _counts_of("Three rival West African shipping companies merged.", "en", 3)
    assert "companies" in counts


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "The reporter spent 14 months in jail.", 14, "jail"),
        ("en", "The crew spent nine days at sea.", 9, "sea"),
        ("da", "Hun sad tre år i fængsel.", 3, "fængsel"),
    ],
)
def test_a_duration_spent_in_a_place_or_state_names_it(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


def test_a_duration_in_a_row_names_no_row() -> None:
    assert "row" not in _counts_of("The ferry was cancelled four days in a row.", "en", 4)


def test_a_danish_fronted_adverbial_puts_the_subject_after_the_verb() -> None:
    assert "pendlere" in _counts_of("Siden 2015 er antallet af pendlere steget med 12 procent.", "da", 12)


def test_danish_km_per_hour_is_a_unit() -> None:
    assert [f.unit for f in _figures("Toget kørte med 250 km/t gennem tunnelen.", "da")] == ["km/h"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "افتتحت الدورة الـ 48 للمعرض أمس."),
        ("he", "נפתחה התערוכה ה-48 בעיר."),
    ],
)
def test_a_number_with_the_article_is_an_ordinal_not_a_figure(language: str, text: str) -> None:
    assert _figures(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("ar", "يغوص البئر على عمق 800 متر.", 800, "عمق"),
        ("ar", "تقام المزرعة على مساحة 60 هكتارا.", 60, "مساحة"),
        ("ar", "ضربت عاصفة بسرعة 150 كيلومترا المدينة.", 150, "عاصفة"),
        ("he", "הסכר מתנשא לגובה 90 מטר.", 90, "גובה"),
        ("he", "המטבע נחלש ב-4% מול האירו.", 4, "המטבע"),
        ("ar", "هبطت الليرة بنسبة 7 % أمام اليورو.", 7, "الليرة"),
    ],
)
def test_a_measure_noun_or_subject_right_before_a_figure_says_what_it_measures(
    language: str, text: str, value: float, key: str
) -> None:
    assert key in _counts_of(text, language, value)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Seats cost between $30 and $90 each.", 30, 90),
        ("The repairs will cost £4m-£6m.", 4e6, 6e6),
    ],
)
def test_a_money_range_with_the_sign_said_twice_is_one_range(text: str, low: float, high: float) -> None:
    figures = _figures(text, "en")
    assert [(f.value, f.value_max) for f in figures] == [(low, high)]


def test_a_money_change_from_one_sum_to_another_is_two_figures() -> None:
    assert [f.value for f in _figures("The fare rose from $3 to $4.", "en")] == [3, 4]


def test_a_noun_in_ly_is_part_of_the_subject() -> None:
    assert "family" in _counts_of("The typical family spends about $900 a month on food.", "en", 900)


def test_a_title_case_headline_number_before_a_plural_noun_is_a_figure() -> None:
    figures = _figures("Storms Leave 3,500 Households Without Power", "en")
    assert [f.value for f in figures] == [3500] and "Households" in (figures[0].counts or "")


def test_a_measure_used_as_an_adjective_at_the_start_describes_its_noun() -> None:
    assert "Whale" in _counts_of("30 Foot Whale Spotted Off the Coast", "en", 30)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "أحرز المهاجم هدف الفوز في الدقيقة 88 من اللقاء."),
        ("ar", "تصدر الفريق الترتيب في الجولة 9 من الدوري."),
        ("ar", "صوت المجلس على القرار 1701 بالإجماع."),
        ("en", "The champions went out in Round 4 on Sunday."),
        ("ar", "فاز النادي على ضيفه 4-2 في المباراة."),
        ("ar", "انتهى اللقاء بالتعادل 1-1."),
        ("en", "The visitors won 3-0 against the hosts."),
        ("da", "Holdet vandt 2-1 over naboerne."),
    ],
)
def test_a_point_in_a_match_a_document_number_or_a_hyphen_score_is_no_figure(language: str, text: str) -> None:
    assert _figures(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("ar", "استغرقت الرحلة 50 دقيقة فقط.", 50, "minutes"),
        ("ar", "يستغرق الشفاء 2-4 أسابيع.", 2, "weeks"),
        ("en", "Recovery takes 2-4 weeks.", 2, "weeks"),
    ],
)
def test_a_subject_noun_or_a_range_before_a_unit_stays_a_figure(
    language: str, text: str, value: float, unit: str
) -> None:
    assert [(f.value, f.unit) for f in _figures(text, language)] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("رحل الشاعر في الحادية والثمانين من عمره.", 81),
        ("بدأت الرسم في السادسة من عمرها.", 6),
        ("غادر البلاد قبل بلوغ الثانية عشرة.", 12),
    ],
)
def test_an_arabic_age_written_as_an_ordinal_is_an_age(text: str, value: float) -> None:
    figures = _figures(text, "ar")
    assert [f.value for f in figures] == [value] and "عمر" in (figures[0].counts or "")


def test_an_ordinal_that_is_no_age_stays_no_figure() -> None:
    assert _figures("حل الفريق في المرتبة الثانية من حيث النقاط.", "ar") == []


def test_the_arabic_eleven_is_read_and_one_of_is_not() -> None:
    assert [f.value for f in _figures("شاركت إحدى عشرة دولة في القمة.", "ar")] == [11]
    assert _figures("قال أحد الشهود إن الحريق بدأ ليلا.", "ar") == []


def test_an_age_in_brackets_is_named_in_the_articles_language() -> None:
    assert "عمر" in _counts_of("وقالت سلمى يوسف (29 عاما) إنها نجت.", "ar", 29)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("أقر البرلمان قانونين جديدين يتعلقان بالانتخابات.", "قانونين"),
        ("وقع زلزالان يضربان الساحل في يوم واحد.", "زلزالان"),
    ],
)
def test_an_arabic_masculine_dual_with_a_dual_verb_is_two(text: str, key: str) -> None:
    assert key in _counts_of(text, "ar", 2)


def test_a_sound_plural_with_a_plural_verb_is_no_dual() -> None:
    assert _figures("المعلمين يطالبون بتحسين الأجور.", "ar") == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("يستغرق البناء بثلاث سنوات إلى 5 سنوات.", 3, 5),
        ("تتراوح العقوبة بين سنتين و7 سنوات.", 2, 7),
    ],
)
def test_an_arabic_range_with_the_unit_said_twice_is_one_range(text: str, low: float, high: float) -> None:
    assert [(f.value, f.value_max, f.unit) for f in _figures(text, "ar")] == [(low, high, "years")]


def test_an_arabic_change_from_one_amount_to_another_stays_two_figures() -> None:
    assert [f.value for f in _figures("ارتفع الأجر من 200 دينار إلى 250 دينار.", "ar")] == [200, 250]


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("he", "העיתונאי שוחרר אחרי 20 חודשים במעצר.", 20, "מעצר"),
        ("ar", "أمضى الصحفي 4 سنوات في السجن.", 4, "السجن"),
    ],
)
def test_an_rtl_duration_spent_somewhere_names_the_place(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


def test_hebrew_shekel_abbreviation_and_km_per_hour() -> None:
    budget = _figures('תקציב העירייה הגיע ל-900 מיליון ש"ח.', "he")
    assert [(f.unit, "ש" == (f.counts or "x").split()[0]) for f in budget] == [("ILS", False)]
    assert [f.unit for f in _figures('הרכבת נסעה במהירות 120 קמ"ש.', "he")] == ["km/h"]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The court fined one Dutch bank and three German lenders.", 1, "Dutch bank"),
        ("The family has three daughters and one son.", 1, "son"),
    ],
)
def test_one_coordinated_with_another_figure_is_a_figure(text: str, value: float, key: str) -> None:
    counts = _counts_of(text, "en", value)
    assert key in counts and not counts.endswith(" and")


def test_one_alone_stays_no_figure() -> None:
    assert _figures("One day the river and the road flooded.", "en") == []


def test_a_rising_hyphen_pair_outside_a_match_is_a_range() -> None:
    figures = _figures("Pupils aged 11-14, from 30 schools, took part.", "en")
    assert (11, 14) in [(f.value, f.value_max) for f in figures]


def test_a_rising_hyphen_score_in_a_match_is_no_figure() -> None:
    assert _figures("The hosts lost 1-3 to the champions.", "en") == []


def test_and_half_of_something_else_is_a_fraction_apart() -> None:
    figures = _figures("يعيش 40 % ونصف السكان في الريف.", "ar")
    assert sorted(f.value for f in figures) == [0.5, 40]


def test_a_possessor_before_a_share_says_whose_it_is() -> None:
    assert "Lee" in _counts_of("Park won 51.2% to Lee's 47.9% in the runoff.", "en", 47.9)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The mayor received 80,000 votes, or 41 percent.", 41, "votes"),
        ("The port handled 9 million containers last year, up 4%.", 4, "containers"),
    ],
)
def test_a_figure_put_another_way_or_its_change_counts_what_the_figure_before_counts(
    text: str, value: float, key: str
) -> None:
    assert key in _counts_of(text, "en", value)


def test_a_relative_clause_with_only_its_verb_counts_its_antecedent() -> None:
    assert "earthquake" in _counts_of("The earthquake, which measured 6.8, hit at dawn.", "en", 6.8)


def test_english_hyphenated_fractions_are_fractions() -> None:
    assert [f.value for f in _figures("A three-quarters majority approved it.", "en")] == [0.75]


def test_an_arabic_subject_before_ila_and_its_figure_is_what_reaches_it() -> None:
    assert "التضخم" in _counts_of("ويتوقع الخبراء أن يرتفع التضخم إلى 9 % الشهر المقبل.", "ar", 9)


@pytest.mark.parametrize(
    "text",
    [
        "عقد الاجتماع في 15 آذار الماضي.",
        "توفي في 3 تشرين الأول.",
        "أعلنت النتائج في 12 ماي الجاري.",
        "نظمت الاحتفالات في 5 جويلية.",
        "صدر القرار في 7 رمضان 1434هـ.",
        "تأسس النادي عام 1385 هـ.",
        "افتتح المسجد سنة 1998م.",
        "وقع الحادث يوم ٤ ذو القعدة ١٤٤٢ في المدينة.",  # a Hijri year after its month, without هـ
        "صدر المرسوم في رجب 1330 بعد مشاورات.",
    ],
)
def test_levantine_maghrebi_and_hijri_dates_are_no_figures(text: str) -> None:
    assert _figures(text, "ar") == []


def test_a_month_name_inside_a_longer_word_is_no_month() -> None:
    assert [f.value for f in _figures("حفرت الشركة 5 آبار جديدة.", "ar")] == [5]


@pytest.mark.parametrize("text", ["Fashion from the 80s is back.", "The mill dates from the late 1700s."])
def test_a_decade_is_no_figure(text: str) -> None:
    assert _figures(text, "en") == []


def test_an_age_by_decade_is_an_age_and_seconds_stay_seconds() -> None:
    assert [(f.unit, f.counts) for f in _figures("The driver, a man in his 50s, was unhurt.", "en")] == [(None, "age")]
    assert [f.unit for f in _figures("The stage burned for 380s before cut-off.", "en")] == ["seconds"]


@pytest.mark.parametrize(
    ("text", "value", "unit", "key"),
    [
        ("המבצע נמשך 45 יום.", 45, "days", "המבצע"),
        ('במשלוח נתפסו 300 ק"ג קוקאין.', 300, "kilograms", "קוקאין"),
    ],
)
def test_hebrew_singular_units_after_large_numbers_and_measured_nouns(
    text: str, value: float, unit: str, key: str
) -> None:
    found = [f for f in _figures(text, "he") if f.value == value]
    assert found and found[0].unit == unit and key in (found[0].counts or "")


def test_how_often_counts_what_happened() -> None:
    assert "fined" in _counts_of("The bank has been fined four times by regulators.", "en", 4)


@pytest.mark.parametrize(
    ("text", "value", "unit", "key"),
    [
        ("Unemployment rose to 7pc in May.", 7, "percent", "Unemployment"),
        ("The bridge will cost $1.4trn over a decade.", 1.4e12, "USD", "bridge"),
        ("The state spent ₹350 crore on roads.", 3.5e9, "INR", "state"),
        ("Each family got 3 lakh rupees in aid.", 3e5, "INR", "aid"),
        ("The airline lost 2 billion naira last year.", 2e9, "NGN", "airline"),
        ("The team spent C$25m on players.", 25e6, "CAD", "team"),
    ],
)
def test_money_and_shares_in_other_currencies_scales_and_signs(text: str, value: float, unit: str, key: str) -> None:
    found = [f for f in _figures(text, "en") if f.value == value]
    assert found and found[0].unit == unit and key in (found[0].counts or "")


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "Four climbers were killed and nine injured.", 9, "climbers"),
        ("da", "Tre soldater blev dræbt og syv såret.", 7, "soldater"),
    ],
)
def test_a_second_figure_with_only_what_happened_counts_the_first_ones_kind(
    language: str, text: str, value: float, key: str
) -> None:
    assert key in _counts_of(text, language, value)


def test_a_hebrew_second_figure_with_only_a_verb_counts_the_first_ones_kind() -> None:
    assert "מטיילים" in _counts_of("חמישה מטיילים נהרגו ו-8 נפצעו.", "he", 8)


def test_an_arabic_part_of_them_with_no_figure_before_counts_the_plural_before_it() -> None:
    assert "الرحلات" in _counts_of("ألغت الشركة معظم الرحلات المقررة وأبقت على 12 منها.", "ar", 12)


def test_an_arabic_part_of_them_before_a_full_stop_is_read() -> None:
    assert "طالب" in _counts_of("تقدم 300 طالب ونجح 250 منهم.", "ar", 250)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Valued at $900m, the stadium opens next year.", 900e6, "stadium"),
        ("At 2,300 metres, the pass is often closed.", 2300, "pass"),
        ("With 9 million residents, the capital keeps growing.", 9e6, "capital"),
    ],
)
def test_a_fronted_phrase_describes_the_subject_after_its_comma(text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, "en", value)


def test_a_fronted_phrase_with_a_pronoun_subject_keeps_its_own_noun() -> None:
    assert _counts_of("With 4 titles, she is the favourite.", "en", 4) == "titles"


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "She now earns $3,500 a month.", 3500, "earns"),
        ("he", "הסערה נמדדה בעוצמה 4.", 4, "הסערה"),
    ],
)
def test_with_nothing_named_the_clause_before_the_figure_says_what_it_is(
    language: str, text: str, value: float, key: str
) -> None:
    assert key in _counts_of(text, language, value)


def test_an_arabic_figure_nothing_names_counts_the_words_before_it() -> None:
    assert "الحرارة" in _counts_of("وسجلت الحرارة في الظل 47.", "ar", 47)


def test_an_english_year_before_1900_after_an_article_is_no_figure() -> None:
    assert _figures("The 1871 fire destroyed the old town.", "en") == []
    assert [f.value for f in _figures("The 1,871 survivors were rehoused.", "en")] == [1871]


def test_a_spelled_number_restating_the_names_before_it_is_no_figure() -> None:
    assert _figures("Malta, Cyprus, two small island states, joined later.", "en") == []
    assert [f.value for f in _figures("In Oslo, three cyclists were hurt.", "en")] == [3]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "يعود البرنامج في الموسم 5 على الشاشة."),
        ("ar", "انطلقت الدورة 70 للمعرض الدولي."),
        ("en", "The drama returns for Season 6 in spring."),
        ("he", "הסדרה חוזרת בעונה 3 בקיץ."),
    ],
)
def test_a_season_edition_or_episode_number_is_no_figure(language: str, text: str) -> None:
    assert _figures(text, language) == []


def test_a_session_that_lasts_days_stays_a_figure() -> None:
    assert [f.value for f in _figures("استمرت الدورة 4 أيام.", "ar")] == [4]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("شارك مائة وخمسون عداء في السباق.", 150),
        ("قطع المتسابق ألفين وخمسمائة كيلومتر.", 2500),
        ("تبرع رجل أعمال بأربعمائة وخمسين ألف دولار.", 450000),
    ],
)
def test_an_arabic_number_in_words_with_hundreds_or_thousands_is_one_figure(text: str, value: float) -> None:
    assert [f.value for f in _figures(text, "ar")] == [value]


def test_an_arabic_year_in_words_stays_no_figure() -> None:
    assert _figures("تستضيف الدوحة بطولة ألفين واثنين وعشرين.", "ar") == []


def test_basis_points_are_a_unit_and_what_changed_is_counted() -> None:
    figures = _figures("The central bank lifted its main rate by 75 basis points.", "en")
    assert [(f.unit, "rate" in (f.counts or "")) for f in figures] == [("basis points", True)]
