"""What a figure counts, class by class, on sentences written for these tests (en, da, ar, he).

Each test names one class of sentence a linguist would recognise; the check is the one the corpus
scorer makes: the value, and one key word inside the extracted `counts`.
"""

from __future__ import annotations

import re

import pytest

from briefing_app.core.facts.figures import find_figures
from briefing_app.core.facts.model import SourceSentence
from tests.unit.figure_helpers import counts_of as _counts_of
from tests.unit.figure_helpers import figures_of as _figures


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "Inflation stood at 3.1 percent in May.", 3.1, "Inflation"),
        ("en", "The penalty was set at €2.5 million.", 2.5e6, "penalty"),
        ("da", "Renten endte på 4 procent, som ventet.", 4, "Renten"),
    ],
)
def test_the_subject_before_at_is_kept_in_english(language: str, text: str, value: float, key: str) -> None:
    # Danish "at" starts a clause; the English preposition "at" does not.
    assert key in _counts_of(text, language, value)


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "Four of the passengers were taken to hospital.", 4, "passengers"),
        ("en", "Two of their players were injured.", 2, "players"),
        ("da", "Fire af de ansatte blev fyret.", 4, "ansatte"),
        ("da", "Tre af passagererne slap uskadt.", 3, "passagererne"),
    ],
)
def test_a_spelled_number_of_the_group_is_a_figure(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


def test_one_of_the_and_two_of_them_stay_no_figures() -> None:
    assert _figures("One of the guards opened the gate.", "en") == []
    assert _figures("Two of them left early.", "en") == []


def test_a_capital_function_word_before_a_number_is_no_name() -> None:
    figures = _figures("Between 15 and 25 boats sank in the harbour.", "en")
    assert [(f.value, f.value_max) for f in figures] == [(15, 25)] and "boats" in (figures[0].counts or "")
    assert _figures("Channel 4 showed the film.", "en") == []


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "The number of migrants reached 3.4 million last year.", 3.4e6, "migrants"),
        ("en", "Exports of grain fell 12% in the spring.", 12, "grain"),
        ("da", "Antallet af ledige nåede op på 150.000.", 150000, "ledige"),
        ("en", "Their rents rose by an average of 6%.", 6, "rents"),
    ],
)
def test_the_subject_goes_on_past_its_of_phrase(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "Rescuers said the death toll of 57 was expected to climb.", 57, "toll"),
        ("en", "The coalition kept a majority of 91 in the assembly.", 91, "majority"),
    ],
)
def test_a_noun_of_a_bare_number_is_what_it_measures(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("ar", "ارتفع عدد القتلى في الفيضانات إلى 64 شخصا.", 64, "القتلى"),
        ("ar", "سجلت نسبة التضخم في البلاد 7 في المئة.", 7, "التضخم"),
        ("ar", "وصلت قيمة الصفقة إلى 40 مليون دولار.", 40e6, "الصفقة"),
        ("ar", "نسبة الإقبال بلغت 38 %.", 38, "الإقبال"),
        ("he", "מספר המהגרים הגיע ל-3 מיליון.", 3e6, "המהגרים"),
        ("he", "שיעור התמיכה עמד על 41 אחוז.", 41, "התמיכה"),
        ("he", "ההכנסות ירדו ל-900 מיליון שקל.", 900e6, "ההכנסות"),
        ("he", "העירייה חתמה על הסכם של 6 מיליון דולר.", 6e6, "הסכם"),
    ],
)
def test_arabic_and_hebrew_measures_and_subjects_before_the_figure(
    language: str, text: str, value: float, key: str
) -> None:
    counts = _counts_of(text, language, value)
    assert key in counts
    assert not re.search(r"(?:^|\s)(?:بلغت|الى|إلى|הגיע|עמד)(?:\s|$)", counts)  # the verb is no part of it


def test_arabic_percent_in_words_is_the_unit_not_what_it_counts() -> None:
    figures = _figures("انخفضت البطالة بنسبة 3 في المئة.", "ar")
    assert [f.unit for f in figures] == ["percent"] and "المئة" not in (figures[0].counts or "")


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Flooding damaged more than 1980 houses along the river.", 1980),
        ("ar", "جرف السيل أكثر من 2000 منزل.", 2000),
        ("da", "Omkring 1950 mennesker mødte op.", 1950),
    ],
)
def test_an_approximate_four_digit_count_is_a_figure_not_a_year(language: str, text: str, value: float) -> None:
    assert [f.value for f in _figures(text, language)] == [value]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The law stayed in force until 1989."),
        ("en", "Prices rose in the 1990s."),
        ("da", "Han boede der op til 1989."),
    ],
)
def test_a_year_after_a_time_word_stays_a_date(language: str, text: str) -> None:
    assert _figures(text, language) == []


def test_a_fraction_is_one_figure() -> None:
    figures = _figures("Roughly two thirds of the members voted.", "en")
    assert [round(f.value or 0, 3) for f in figures] == [0.667] and "members" in (figures[0].counts or "")


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("en", "The alliance took 210 out of 350 seats.", "seats"),
        ("da", "Forslaget fik 61 ud af 101 stemmer.", "stemmer"),
        ("ar", "حصلت القائمة على 45 من أصل 120 مقعدا.", "مقعد"),
        ("he", "הרשימה זכתה ב-40 מתוך 120 מושבים.", "מושבים"),
    ],
)
def test_a_part_out_of_a_whole_counts_what_the_whole_counts(language: str, text: str, key: str) -> None:
    figures = _figures(text, language)
    assert len(figures) == 2 and all(key in (f.counts or "") for f in figures)


def test_an_arabic_range_with_a_spelled_top_glued_to_and() -> None:
    figures = _figures("تظاهر ما بين عشرين وثلاثين ألف شخص في العاصمة.", "ar")
    assert [(f.value, f.value_max) for f in figures] == [(20000, 30000)]
    figures = _figures("أصيب بين 15 و25 شخصا.", "ar")
    assert [(f.value, f.value_max) for f in figures] == [(15, 25)]


def test_hebrew_ago_is_a_date_not_a_figure() -> None:
    assert _figures("המשלחת הגיעה לפני שלושה שבועות.", "he") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("لا يعرف الأهالي شيئا عن ذويهم منذ خمسة أيام.", 5), ("يعمل المصنع منذ نحو 12 عاما.", 12)],
)
def test_arabic_mundhu_with_a_span_is_how_long_as_well_as_when(text: str, value: float) -> None:
    # منذ is "for" as often as "ago": the span is a figure, and the date pattern still gives the date.
    assert [f.value for f in _figures(text, "ar")] == [value]


@pytest.mark.parametrize(
    ("language", "text", "value", "unit", "key"),
    [
        ("da", "Han fik seks års fængsel for røveriet.", 6, "years", "fængsel"),
        ("da", "Efter 20 meters løb faldt han.", 20, "meters", "løb"),
        ("en", "The town is a three hours' drive away.", 3, "hours", "drive"),
    ],
)
def test_a_unit_in_the_genitive_measures_the_noun_after_it(
    language: str, text: str, value: float, unit: str, key: str
) -> None:
    figure = next(f for f in _figures(text, language) if f.value == value)
    assert figure.unit == unit and key in (figure.counts or "")


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "The camp lies 15 miles from the coast.", 15, "coast"),
        ("da", "Bilen holdt 300 meter fra skolen.", 300, "skolen"),
        ("ar", "سقط الصاروخ على بعد 4 كيلومترات من المطار.", 4, "المطار"),
    ],
)
def test_a_distance_counts_from_where(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


def test_unit_symbols_leave_what_is_measured_to_the_subject() -> None:
    figures = _figures("The engine's peak thrust is 1,800,000 N at sea level.", "en")
    assert [f.unit for f in figures] == ["newtons"] and "thrust" in (figures[0].counts or "")


def test_an_arabic_count_of_a_measure_named_far_before_it() -> None:
    text = "وبلغ عدد حالات الإصابة بالمرض التي أعلنت عنها السلطات الصحية في المناطق الشمالية 35 حالة."
    assert "الإصابة" in _counts_of(text, "ar", 35)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The contract is worth $90 million, compared with $60 million last time.", 90e6, "contract"),
        ("About 25 killed in the landslide were farmers.", 25, "killed"),
        ("There are now 8,000 registered nurses in the region.", 8000, "nurses"),
    ],
)
def test_a_verb_after_a_figure_is_not_what_it_counts(text: str, value: float, key: str) -> None:
    counts = _counts_of(text, "en", value)
    assert key in counts and "compared" not in counts


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("en", "The boiling point is 78 degrees at sea level and 64 degrees on the summit.", "boiling point"),
        ("en", "The amendment carried by 280 votes to 199.", "votes"),
        ("en", "Imports grew 4% in May and about 6% in June.", "Imports"),
        ("da", "Priserne steg 3 procent i maj og 5 procent i juni.", "Priserne"),
    ],
)
def test_a_figure_joined_to_the_one_before_shares_what_it_counts(language: str, text: str, key: str) -> None:
    figures = _figures(text, language)
    assert len(figures) == 2 and all(key in (f.counts or "") for f in figures)


def test_a_figure_with_its_own_subject_or_noun_keeps_it() -> None:
    figures = _figures("Acme gained 12 percent and Globex 30 percent.", "en")
    assert [f.counts for f in figures] == ["Acme", "Globex"]
    figures = _figures("Four pilots and nine engineers were hired.", "en")
    assert "pilots" in (figures[0].counts or "") and "engineers" in (figures[1].counts or "")


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "Rents, which now take 35 percent of wages, keep rising.", 35, "Rents"),
        ("da", "Huslejen, som nu udgør 35 procent af lønnen, stiger.", 35, "Huslejen"),
    ],
)
def test_a_relative_clause_figure_counts_the_noun_it_hangs_on(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The mill cut its payroll by 15%.", 15, "payroll"),
        ("The plan aims to bring waiting times to under 4 percent.", 4, "waiting times"),
        ("First returns show Ortega leading with 57% of ballots.", 57, "Ortega"),
        ("Several towns saw voter turnout recorded in excess of 90%, officials said.", 90, "turnout"),
    ],
)
def test_what_a_percentage_is_of(text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, "en", value)


def test_a_comma_after_a_figure_is_not_another_number() -> None:
    counts = _counts_of("Turnout hit 71%, surprising the organisers.", "en", 71)
    assert "surprising" not in counts and "Turnout" in counts


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("da", "Næsten halvdelen af de ansatte stemte nej.", 0.5, "ansatte"),
        ("da", "Bygningen er halvanden gang så høj.", 1.5, "gang"),
        ("ar", "يعيش ربع السكان تحت خط الفقر.", 0.25, "السكان"),
        ("ar", "تراجعت قيمة العملة إلى نصف ما كانت عليه.", 0.5, "العملة"),
        ("he", "שליש מהעובדים פוטרו.", 1 / 3, "העובדים"),
    ],
)
def test_fractions_in_words_in_danish_arabic_and_hebrew(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


@pytest.mark.parametrize(
    ("language", "text"), [("ar", "بلغ المنتخب نصف النهائي للمرة الأولى."), ("he", "הקבוצה הגיעה לחצי הגמר.")]
)
def test_a_semi_final_is_no_fraction(language: str, text: str) -> None:
    assert _figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("A 9-member jury heard the case.", 9, "jury"),
        ("The council pledged £40m to repair flood defences.", 40e6, "flood defences"),
        ("The union demanded tariffs of 30% on imported cars.", 30, "tariffs"),
        ("Around 1,800 migrants crossed the channel.", 1800, "migrants"),
        ("The driver, 31, was unhurt.", 31, "age"),
    ],
)
def test_english_counted_noun_phrases(text: str, value: float, key: str) -> None:
    counts = _counts_of(text, "en", value)
    assert key in counts and not counts.endswith("crossed")


def test_a_rate_after_a_sum_is_not_what_it_counts() -> None:
    assert "week" not in _counts_of("Care costs families £900 a week.", "en", 900)


@pytest.mark.parametrize(
    ("language", "text", "values", "unit"),
    [
        ("en", "Output grew by 2.5 million to 40 million tonnes.", [2.5e6, 40e6], None),
        ("en", "Its share rose from 12% to 15%.", [12, 15], "percent"),
        ("da", "Ledigheden steg fra 4 til 6 procent.", [4, 6], "percent"),
    ],
)
def test_a_change_from_one_figure_to_another_is_two_figures(
    language: str, text: str, values: list[float], unit: str | None
) -> None:
    figures = _figures(text, language)
    assert [f.value for f in figures] == values and all(f.value_max is None for f in figures)
    if unit:
        assert {f.unit for f in figures} == {unit}


def test_ranges_stay_ranges() -> None:
    assert [(f.value, f.value_max) for f in _figures("Some 40 to 60 families fled.", "en")] == [(40, 60)]


@pytest.mark.parametrize(
    ("language", "text", "value", "key", "not_in"),
    [
        ("ar", "أسفر الحادث عن مقتل 9 أشخاص وإصابة 14 آخرين.", 9, "أشخاص", "وإصابة"),
        ("ar", "بلغت قيمة الصادرات 8 مليارات دولار العام الماضي.", 8e9, "الصادرات", "العام"),
        ("ar", "قدمت الجمعية 2 مليون دولار لمتضرري الفيضانات.", 2e6, "لمتضرري", "ا "),
        ("ar", "تراجعت أسعار الذهب بنسبة 4 في المئة.", 4, "الذهب", "بنسبة"),
        ("he", "החוק עבר ברוב של 70 תומכים מול 40 מתנגדים.", 70, "תומכים", "מול"),
        ("he", "הנאשם נידון ל-12 שנות מאסר.", 12, "מאסר", "שנות"),
        ("he", "שכר הדירה הממוצע של דירה הגיע ל-6,000 שקל.", 6000, "שכר", "הגיע"),
    ],
)
def test_arabic_and_hebrew_noun_phrases_end_where_they_should(
    language: str, text: str, value: float, key: str, not_in: str
) -> None:
    counts = _counts_of(text, language, value)
    assert key in counts and not_in not in counts


def test_arabic_votes_against_share_their_noun() -> None:
    figures = _figures("أقر المجلس القرار بأغلبية 90 صوتا مقابل 25.", "ar")
    assert [f.value for f in figures] == [90, 25] and all("صوت" in (f.counts or "") for f in figures)


@pytest.mark.parametrize(("language", "text"), [("he", "בן 52 נעצר אמש."), ("he", "בת 30 נפצעה קל.")])
def test_a_hebrew_age(language: str, text: str) -> None:
    assert "age" in (_figures(text, language)[0].counts or "")


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Insurers estimate the losses at $6 billion.", 6e9, "losses"),
        ("The offer values the club at £900m.", 900e6, "club"),
        ("The bank has a market value of about $80 billion.", 80e9, "market value"),
        ("The side has lost 9 of its last 12 matches.", 9, "matches"),
        ("Their 1,300 members voted to strike.", 1300, "members"),
        ("Temperatures reached 44C on Friday.", 44, "Temperatures"),
    ],
)
def test_more_english_shapes(text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, "en", value)


def test_a_temperature_has_degrees_as_its_unit() -> None:
    assert [f.unit for f in _figures("The water was 12 °C at dawn.", "en")] == ["degrees"]


def test_an_arabic_spelled_count_after_a_feminine_noun_is_no_ordinal() -> None:
    assert "جندي" in _counts_of("أرسلت الحكومة ثلاثة آلاف جندي إلى الحدود.", "ar", 3000)
    # the ordinal is not read as the count "ثمانية عشر"; with "من عمره" it is an age (the gold's convention)
    assert [(f.value, f.unit) for f in _figures("احتفل بعيد ميلاده في الثامنة عشرة من عمره.", "ar")] == [(18, "years")]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("ارتفعت الحصيلة إلى 60 قتيلا و200 جريح.", "قتيلا", "جريح"),
        ("سجلت الوزارة ٤٠٠ إصابة و٩ وفيات.", "إصابة", "وفيات"),
    ],
)
def test_arabic_figures_glued_to_and_keep_their_own_nouns(text: str, first: str, second: str) -> None:
    figures = _figures(text, "ar")
    assert len(figures) == 2
    assert first in (figures[0].counts or "") and second not in (figures[0].counts or "")
    assert second in (figures[1].counts or "")


@pytest.mark.parametrize(
    ("text", "value", "unit", "key", "not_in"),
    [
        ("Revenue rose 8% to £2.4bn in the year to June.", 2.4e9, "GBP", "Revenue", "year"),
        ("The stock ended 4p higher at 310p.", 310, "pence", "stock", "p"),
        ("Analysts expect earnings of 60 cents a share.", 60, "cents", "earnings", "share"),
        ("Crude hit $70 a barrel on Monday.", 70, "USD", "Crude", "barrel"),
        ("The chancellor said the state would borrow £20bn next year.", 20e9, "GBP", "state", "chancellor"),
    ],
)
def test_business_news_shapes(text: str, value: float, unit: str, key: str, not_in: str) -> None:
    figure = next(f for f in _figures(text, "en") if f.value == value)
    assert figure.unit == unit and key in (figure.counts or "") and not_in not in (figure.counts or "").split()


@pytest.mark.parametrize(
    ("text", "value", "key", "not_in"),
    [
        ("أنشأت البلدية 12 حديقة بتكلفة 80 مليون ريال.", 12, "حديقة", "بتكلفة"),
        ("أنشأت البلدية 12 حديقة بتكلفة 80 مليون ريال.", 80e6, "بتكلفة", "البلدية"),
        ("أبرمت الوزارة عقدا بقيمة 45 مليون دينار.", 45e6, "عقدا", "الوزارة"),
        ("رصدت الحكومة 3 مليارات درهم لدعم المزارعين.", 3e9, "المزارعين", "رصدت"),
        ("نمت مبيعات الشركة بنسبة 9 % لتصل إلى 4 مليارات ريال.", 9, "مبيعات", "لتصل"),
        ("نمت مبيعات الشركة بنسبة 9 % لتصل إلى 4 مليارات ريال.", 4e9, "مبيعات", "لتصل"),
    ],
)
def test_arabic_sums_and_what_they_are_for(text: str, value: float, key: str, not_in: str) -> None:
    counts = _counts_of(text, "ar", value)
    assert key in counts and not_in not in counts


@pytest.mark.parametrize(
    ("text", "value", "key", "not_in"),
    [
        ("Regionen har brugt 30 mio. kr. på nye senge.", 30e6, "nye senge", "Regionen har"),
        ("Der blev født 58.000 børn sidste år.", 58000, "børn", "sidste"),
        ("Hver fjerde elev i landet er ordblind.", 0.25, "elev", "landet"),
        ("Fire kvinder i alderen 30 til 40 år blev anholdt.", 30, "age", "kvinder"),
    ],
)
def test_danish_shapes(text: str, value: float, key: str, not_in: str) -> None:
    counts = _counts_of(text, "da", value)
    assert key in counts and not_in not in counts


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ring 0845 600 1234 for tickets."),
        ("en", "The rules are on page 14 of the guide."),
        ("en", "Ticker 0011.HK fell."),
        ("en", "The 7/7 bombings shocked London."),
        ("da", "Ring på 33 12 45 67 i dag."),
        ("da", "Det står i paragraf 5 i loven."),
        ("ar", "نصت المادة 12 من الدستور على ذلك."),
        ("he", "הוא סיים במקום השלישי."),
    ],
)
def test_codes_phone_numbers_locators_and_ordinals_are_no_figures(language: str, text: str) -> None:
    assert _figures(text, language) == []


def test_thousands_grouped_by_spaces_stay_one_figure() -> None:
    assert [f.value for f in _figures("Byen har 1 500 000 indbyggere.", "da")] == [1500000]


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "About three dozen houses burned.", 36, "houses"),
        ("en", "Only one bridge is still standing.", 1, "bridge"),
        ("ar", "أصيب في الحادث جندي واحد بجروح طفيفة.", 1, "جندي"),
        ("he", "בתאונה נהרג נהג אחד.", 1, "נהג"),
    ],
)
def test_spelled_counts_dozens_and_one(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


def test_the_one_after_a_definite_noun_is_no_count() -> None:
    assert _figures("عاد الجندي الواحد إلى وحدته.", "ar") == []


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("en", "She waited four and a half hours.", 4.5, "hours"),
        ("en", "Three and a half million tickets were sold.", 3.5e6, None),
        ("da", "Mødet varede to og en halv time.", 2.5, "hours"),
    ],
)
def test_and_a_half_is_read_with_its_number(language: str, text: str, value: float, unit: str | None) -> None:
    figures = _figures(text, language)
    assert [(f.value, f.unit) for f in figures] == [(value, unit)]


def test_a_measure_adjective_across_a_conversion_in_brackets() -> None:
    figures = _figures("The probe is a 850 kg (1,874 lb) craft built in Italy.", "en")
    assert [f.value for f in figures] == [850, 1874] and all("craft" in (f.counts or "") for f in figures)


def test_a_later_figure_in_the_same_unit_with_nothing_of_its_own_takes_the_earlier_ones() -> None:
    figures = _figures("Coal made up 60 percent of the grid in 2010; this fell to about 35 percent by 2020.", "en")
    assert len(figures) == 2 and all("grid" in (f.counts or "") for f in figures)


def test_a_pronoun_after_a_figure_starts_a_new_clause() -> None:
    assert "it" not in (_counts_of("Over the past 14 days it has rained daily.", "en", 14) or "").split()


@pytest.mark.parametrize(
    ("text", "value", "key", "not_in"),
    [
        ("The film took £4m in its first weekend.", 4e6, "film", "weekend"),
        ("The trade gap widened to $9bn in March.", 9e9, "trade gap", "March"),
        ("The Greens won 40 seats, with the Liberals on 25.", 25, "seats", "Liberals on"),
    ],
)
def test_when_is_not_what_and_a_bare_later_figure_shares(text: str, value: float, key: str, not_in: str) -> None:
    counts = _counts_of(text, "en", value)
    assert key in counts and not_in not in counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("تغلب المنتخب على خصمه بـ4 أهداف.", 4, "أهداف"),
        ("ارتفعت الحصيلة لـ70 قتيلا.", 70, "قتيلا"),
        ("قدرت الأضرار بـ 90 مليون دولار.", 90e6, "الأضرار"),
        ("توفي الممثل وكان يبلغ عمره 81 عاما.", 81, "age"),
    ],
)
def test_arabic_prefixes_glued_to_digits_and_ages_with_a_pronoun(text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, "ar", value)


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "The new battery is four times as efficient as the old one.", 4, "efficient"),
        ("en", "Children are three times more likely to fall ill.", 3, "likely"),
        ("he", "המכירות גדלו פי ארבעה.", 4, "המכירות"),
        ("ar", "تضاعفت الأسعار ثلاثة أضعاف.", 3, "الأسعار"),
    ],
)
def test_multiplicatives_have_times_as_unit(language: str, text: str, value: float, key: str) -> None:
    figure = next(f for f in _figures(text, language) if f.value == value)
    assert figure.unit == "times" and key in (figure.counts or "")


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("he", "שכר הדירה עלה ב6% בשנה האחרונה.", 6, "שכר"),
        ("he", "העירייה הוציאה 40 מיליון שקל על גנים.", 40e6, "גנים"),
        ("ar", "أنفقت البلدية 7 ملايين دولار على الطرق.", 7e6, "الطرق"),
    ],
)
def test_hebrew_prefixes_without_a_hyphen_and_sums_spent_on(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "The town marked 50 years since the flood.", 50, "flood"),
        ("en", "It was the first final in 12 years since the club's relegation.", 12, "relegation"),
    ],
)
def test_a_duration_since_an_event(language: str, text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, language, value)


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "Staff were offered a 4% pay rise.", 4, "pay rise"),
        ("en", "The region saw a 12% fall in tourism.", 12, "fall in tourism"),
        ("en", "The group holds a 30% stake in the airline.", 30, "stake"),
        ("da", "Der var et fald på 3 procent i eksporten.", 3, "fald"),
        ("da", "Hele 70 procent af de adspurgte sagde nej.", 70, "adspurgte"),
    ],
)
def test_a_percentage_used_as_an_adjective(language: str, text: str, value: float, key: str) -> None:
    counts = _counts_of(text, language, value)
    assert key in counts and "Hele" not in counts


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The polls close at 10 p.m. tonight."),
        ("en", "The blast happened at 4am."),
        ("ar", "بدأت الجلسة في الساعة 9 صباحا."),
        ("he", "הטקס יתחיל בשעה 8 בערב."),
    ],
)
def test_clock_times_are_dates_not_figures(language: str, text: str) -> None:
    assert _figures(text, language) == []


def test_hours_as_a_duration_stay_figures() -> None:
    assert [f.unit for f in _figures("استمر الاجتماع 6 ساعات.", "ar")] == ["hours"]


@pytest.mark.parametrize(
    ("language", "text", "value", "noun", "verb"),
    [
        ("he", "כ-5,000 איש הפגינו מול הכנסת.", 5000, "איש", "הפגינו"),
        ("ar", "اقتحم 40 مسلحا احتلوا المبنى.", 40, "مسلحا", "احتلوا"),
    ],
)
def test_a_past_plural_verb_after_the_noun_is_no_part_of_it(
    language: str, text: str, value: float, noun: str, verb: str
) -> None:
    counts = _counts_of(text, language, value)
    assert noun in counts and verb not in counts


def test_an_adverb_ends_the_counted_noun_phrase() -> None:
    assert _counts_of("More than 90 million people now use the app.", "en", 90e6) == "people (use the app)"
    assert _counts_of("The single sold 3 million copies worldwide.", "en", 3e6) == "copies sold"


@pytest.mark.parametrize(
    ("text", "word"),
    [("شكلت الوزارة لجنتين للتحقيق.", "لجنتين"), ("تحطمت طائرتان عسكريتان قرب الحدود.", "طائرتان")],
)
def test_an_arabic_feminine_dual_is_a_count_of_two(text: str, word: str) -> None:
    figures = _figures(text, "ar")
    assert [(f.value, f.counts) for f in figures] == [(2.0, word)]


@pytest.mark.parametrize("text", ["زار الوزير كازاخستان.", "عادت الطائرتان إلى القاعدة.", "التقى الرئيس بوتين أمس."])
def test_countries_in_stan_definite_duals_and_names_are_no_duals(text: str) -> None:
    assert _figures(text, "ar") == []


def test_an_arabic_dual_in_construct_counts_its_complement() -> None:
    figures = _figures("سجلت السلطات حالتي وفاة في المدينة.", "ar")
    assert [(f.value, f.counts) for f in figures] == [(2.0, "حالتي وفاة")]


@pytest.mark.parametrize("text", ["يأتي القرار بعد أسابيع.", "المدينة كالتي وصفها الكاتب.", "قال إن حياتي تغيرت."])
def test_verbs_relatives_and_plural_possessives_in_ti_are_no_duals(text: str) -> None:
    assert _figures(text, "ar") == []


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Up to 40,000 people could starve this winter.", 40000, "starve"),
        ("About 900 jobs will be cut at the plant.", 900, "cut"),
        ("Six climbers died on the mountain.", 6, "died"),
    ],
)
def test_what_happens_to_the_counted_is_part_of_it(text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, "en", value)


def test_a_danish_age_adjective() -> None:
    figures = _figures("En 34-årig kvinde blev dræbt.", "da")
    assert [(f.value, f.unit, f.counts) for f in figures] == [(34, "years", "age (kvinde)")]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("About a fifth of the budget goes on roads.", 0.2, "budget"),
        ("One-third of the staff left.", 1 / 3, "staff"),
        ("A tenth of the crop was lost.", 0.1, "crop"),
        ("Nearly 1-in-4 pupils are absent.", 0.25, "pupils"),
    ],
)
def test_more_english_fractions(text: str, value: float, key: str) -> None:
    figures = _figures(text, "en")
    assert len(figures) == 1 and abs((figures[0].value or 0) - value) < 1e-9 and key in (figures[0].counts or "")


def test_times_as_many_counts_the_noun() -> None:
    assert "cases" in _counts_of("There were three times as many cases as last year.", "en", 3)


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("ar", "أصيب اثنا عشر شرطيا.", 12, None),
        ("ar", "بلغت الأضرار ملياري دولار.", 2e9, "USD"),
        ("en", "The club raised two million euros.", 2e6, "EUR"),
    ],
)
def test_spelled_twelve_dual_billions_and_spelled_sums(
    language: str, text: str, value: float, unit: str | None
) -> None:
    assert [(f.value, f.unit) for f in _figures(text, language)] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("השביתה נמשכה שבועיים.", "weeks"), ("הוא נעצר פעמיים.", "times"), ("הם חיו שם שנתיים.", "years")],
)
def test_hebrew_duals_have_their_unit(text: str, unit: str) -> None:
    assert [(f.value, f.unit) for f in _figures(text, "he")] == [(2, unit)]


@pytest.mark.parametrize(
    ("text", "value"), [("Omkring hundrede biler brændte.", 100), ("Knap tusind elever mødte op.", 1000)]
)
def test_danish_approximate_hundred_and_thousand_without_article(text: str, value: float) -> None:
    assert [f.value for f in _figures(text, "da")] == [value]


def test_danish_hundreds_and_thousands_are_vague() -> None:
    assert _figures("Tusinder af mennesker demonstrerede.", "da") == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "key"),
    [
        ("The board approved a 7-percent raise.", 7, "percent", "raise"),
        ("A 12-kilometre section of the line reopened.", 12, "kilometers", "section"),
        ("She signed a two-year deal.", 2, "years", "deal"),
        ("A 30-metre-high tower collapsed.", 30, "meters", "tower"),
    ],
)
def test_a_unit_joined_by_a_hyphen(text: str, value: float, unit: str, key: str) -> None:
    figure = next(f for f in _figures(text, "en") if f.value == value)
    assert figure.unit == unit and key in (figure.counts or "")


def test_a_hebrew_duration_counts_what_lasted() -> None:
    assert "הדיון" in _counts_of("הדיון נמשך שלוש שעות.", "he", 3)


def test_list_item_numbers_are_no_figures() -> None:
    assert _figures("1.", "en") == []
    assert _figures("Demands: 1. free the prisoners 2. lift the curfew 3. open the border", "en") == []
    assert [f.value for f in _figures("Police said the toll rose to 5.", "en")] == [5]


def test_a_relative_pronoun_with_a_glued_conjunction_is_no_dual() -> None:
    assert _figures("لم تقدم الفرقة أيا من أغانيها، والتي كان من الممكن أن تقدمها.", "ar") == []
    assert [f.value for f in _figures("وشكلت الحكومة لجنتين جديدتين.", "ar")] == [2]


def test_a_number_inside_a_name_the_article_repeats_is_no_figure() -> None:
    sentences = [
        SourceSentence(0, 0, "أطلقت وكالة الفضاء المسبار كاسيني 2 في الصباح."),
        SourceSentence(1, 1, "ويحمل كاسيني 2 أجهزة قياس حديثة."),
        SourceSentence(2, 2, "أسفر الحادث عن مقتل 5 أشخاص."),
        SourceSentence(3, 3, "وقالت الشرطة إن مقتل 5 أشخاص صدم المدينة."),
    ]
    figures = find_figures(sentences, "ar")
    assert [(f.sentence, f.value) for f in figures] == [(2, 5), (3, 5)]


def test_a_number_word_that_is_a_word_of_a_persons_name_is_no_figure() -> None:
    from tests.unit.test_facts_quotes_places_orgs import _facts

    facts = _facts(["وقال الباحث جون ستون إن المهمة نجحت."], "ar")
    assert "جون ستون" in {f.text for f in facts if f.kind == "person"}
    assert not [f for f in facts if f.kind == "figure"]  # ستون is Stone here, not sixty


def test_a_subject_whose_prepositional_phrase_lists_places_is_the_noun_before_the_list() -> None:
    # the commas are the list's, not a clause's: what rose is the losses, the deaths
    for text, counts in (
        ("The reinsurers said losses in Peru, the Azores and Ohio reached 2.5bn euros.", "losses"),
        ("Deaths in Kivu, the Rift Valley and Tigray rose to 40.", "Deaths"),
    ):
        [figure] = _figures(text, "en")
        assert figure.counts == counts


def test_an_arabic_noun_in_construct_before_its_figure_is_what_it_counts() -> None:
    # "the killing of 5 and the wounding of 20": each figure counts the noun right before it, and the
    # next noun, glued to "and" with its own figure, belongs to that figure
    figures = _figures("أسفر الانفجار عن مقتل 5 وإصابة 20 في سوق البلدة.", "ar")
    assert [(f.value, f.counts) for f in figures] == [(5, "مقتل"), (20, "وإصابة")]
    figures = _figures("وأعلنت الشرطة اعتقال 45 في المدينة.", "ar")
    assert [(f.value, f.counts) for f in figures] == [(45, "اعتقال")]


def test_an_arabic_day_joined_to_its_month_by_min_is_a_date_not_a_figure() -> None:
    assert _figures("في 15 من يناير أغلقت السلطات المعبر.", "ar") == []
    assert [f.value for f in _figures("وقتل 15 من الجنود في الهجوم.", "ar")] == [15]


@pytest.mark.parametrize("text", ["1.1. Version", "2.3.1 Directory layout", "2.2."])
def test_a_section_number_opening_a_heading_is_no_figure(text: str) -> None:
    assert _figures(text, "en") == []


def test_a_decimal_opening_a_sentence_stays_a_figure() -> None:
    assert [f.value for f in _figures("3.5 million people fled the floods.", "en")] == [3_500_000]
