"""Figures, fourteenth round: what a figure counts in constructions of business, sport and politics news.

Every sentence here is made up for these tests; each test names the class of construction.
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of, figures_of


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Syv af de 20 passagerer blev såret.", 7, "passagerer"),
        ("Politiet oplyser, at tre af de 12 ansatte er fyret.", 3, "ansatte"),
        ("To af de 45 mandater gik til Tolvikpartiet.", 2, "mandater"),
    ],
)
def test_a_danish_part_of_a_counted_group_is_a_figure(text: str, value: float, key: str) -> None:
    # "syv af de 20 passagerer": the group's own number between "de" and the noun, as "seven of the 20" in English
    assert key in counts_of(text, "da", value)


def test_a_danish_anaphora_with_a_year_is_no_part_of_a_group() -> None:
    # "de to" alone points back; a year after "af de" is no group's number
    assert [f.value for f in figures_of("Tre af de 1990 vedtagne love gælder stadig.", "da")] == []


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Antallet af dræbte er nu oppe på 54.", 54, "dræbte"),
        ("Antallet af ledige ligger nu på 120.000.", 120000, "ledige"),
        ("Prisen på mælk er nu oppe på 12 kroner.", 12, "Prisen"),
        ("Ledigheden er helt nede på 3 procent.", 3, "Ledigheden"),
    ],
)
def test_a_danish_adverb_of_level_before_paa_is_no_noun_of_the_figure(text: str, value: float, key: str) -> None:
    # "er nu oppe på 54": "oppe" says where the level is; the subject says what it is the level of
    counts = counts_of(text, "da", value)
    assert key in counts and "oppe" not in counts and "nede" not in counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The club sold the defender to Brannock City for €20 million.", 2e7, "defender"),
        ("Halvorsen Holdings sold its shipping arm to Tolvik Group for $1.2 billion.", 1.2e9, "arm"),
        ("Klubben solgte angriberen til Brannock for 20 millioner kroner.", 2e7, "angriberen"),
    ],
)
def test_a_sum_for_a_thing_given_to_a_name_counts_the_thing(text: str, value: float, key: str) -> None:
    # "sold X to Y for $N": the sum is the price of the object, not of the buyer named before "for"
    language = "da" if "solgte" in text else "en"
    assert key in counts_of(text, language, value)


def test_a_sum_for_a_named_object_still_counts_the_noun_before_for() -> None:
    # the look-alike without a recipient: "bought the airline for $900 million"
    assert "airline" in counts_of("Halvorsen Holdings bought the airline for $900 million.", "en", 9e8)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("فازت اللاعبة بالسباق في زمن قدره 10.5 ثانية.", 10.5, "زمن"),
        ("فرضت المحكمة غرامة قدرها 500 دينار على الشركة.", 500, "غرامة"),
        ("حصل العامل على تعويض مقداره 3000 دولار.", 3000, "تعويض"),
    ],
)
def test_an_arabic_noun_and_its_measure_qadruhu_is_what_the_figure_counts(text: str, value: float, key: str) -> None:
    # "غرامة قدرها 500 دينار": "a fine whose amount is 500 dinars"
    assert key in counts_of(text, "ar", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("بلغت إيرادات الشركة 500 مليون دولار في الربع الأول.", 5e8, "إيرادات"),
        ("وبلغت أرباح البنك 3 مليارات دولار في عام 2023.", 3e9, "أرباح"),
        ("تجاوزت صادرات القمح 2 مليون طن.", 2e6, "صادرات"),
        ("وقالت الوزارة إن الخسائر تجاوزت 40 مليون دولار.", 4e7, "الخسائر"),
    ],
)
def test_an_arabic_subject_of_a_verb_of_amounting_is_what_the_figure_counts(
    text: str, value: float, key: str
) -> None:
    # verb-subject ("بلغت إيرادات الشركة 500 مليون") or subject-verb ("الخسائر تجاوزت 40 مليون") without إلى
    counts = counts_of(text, "ar", value)
    assert key in counts and "الربع" not in counts and "عام" not in counts


def test_an_arabic_verb_of_amounting_in_another_clause_is_no_subject() -> None:
    # "وبلغت ذروتها حين شارك 1.2 مليون شخص": the figure is the subject of "شارك", not of "بلغت"
    counts = counts_of("وبلغت الاحتجاجات ذروتها حين شارك 1.2 مليون شخص.", "ar", 1.2e6)
    assert "شخص" in counts and "ذروتها" not in counts


def test_fi_after_an_arabic_currency_is_no_nationality_adjective() -> None:
    # "دولار في": "في" ends in ي like "أمريكي", but it is a preposition; "دولار أمريكي" keeps its adjective
    assert "الربع" not in counts_of("حققت الشركة 200 مليون دولار في الربع الثالث.", "ar", 2e8)
    assert figures_of("دفع 5 آلاف دولار أمريكي للمحامي.", "ar")[0].unit == "USD"


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("ar", "عدد القتلى: 45 شخصا.", 45, "القتلى"),
        ("ar", "عدد المستفيدين من خدمات العيادة : حوالي 20 ألف شخص بناء على تقديرات الإدارة", 20000, "المستفيدين"),
        ("en", "Death toll: 45", 45, "toll"),
        ("en", "Number of victims: 12", 12, "victims"),
        ("da", "Antal dræbte: 7", 7, "dræbte"),
    ],
)
def test_a_label_and_its_colon_name_what_the_figure_counts(language: str, text: str, value: float, key: str) -> None:
    # a fact-sheet line: the label before the colon, headed by a measure noun, says what is counted
    assert key in counts_of(text, language, value)


def test_a_colon_after_a_verb_of_saying_is_no_label() -> None:
    assert counts_of("وقال: 45 شخصا قتلوا.", "ar", 45).startswith("شخص")
    assert "people" in counts_of("He said: 45 people died.", "en", 45)


def test_according_to_ends_an_arabic_noun_phrase() -> None:
    # "40 شخصا وفقا لمصادر طبية", "بناء على": the source is no part of what is counted
    assert counts_of("قتل 40 شخصا وفقا لمصادر طبية.", "ar", 40) == "شخصا"
    assert counts_of("قتل 40 شخصا حسب الوكالة.", "ar", 40) == "شخصا"


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "The party won 76 seats out of 150.", 150, "seats"),
        ("en", "The party won 76 seats out of a possible 150.", 150, "seats"),
        ("ar", "حصل الحزب على 30 مقعدا من أصل 120.", 120, "مقعد"),
    ],
)
def test_a_bare_whole_after_out_of_counts_what_the_part_counts(language: str, text: str, value: float, key: str) -> None:
    assert key in counts_of(text, language, value)
    assert "out" not in counts_of(text, language, value)


def test_a_part_with_its_own_noun_keeps_it_before_the_group() -> None:
    # "heraf 12 kvinder": twelve women, of those arrested; "of which 18 are linked": no noun, the group's
    assert counts_of("I alt er 42 personer blevet anholdt, heraf 12 kvinder.", "da", 12).startswith("kvinder")
    assert counts_of("The agency recorded 63 incidents, of which 18 are linked to fraud.", "en", 18).startswith(
        "incidents"
    )


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Exports fell for a third month in a row, dropping 4.5% to $18 billion.", 4.5, "Exports"),
        ("Exports fell for a third month in a row, dropping 4.5% to $18 billion.", 1.8e10, "Exports"),
        ("Sales rose sharply, reaching $4 billion.", 4e9, "Sales"),
        ("The index fell 2%, closing at 7,100 points.", 7100, "index"),
        ("Rescue teams have recovered 86 bodies, and officials fear the toll could exceed 200.", 200, "toll"),
        ("Analysts expect its profit to reach $3 billion.", 3e9, "profit"),
        ("The fine, the largest ever imposed by the regulator, amounts to $1.3 billion.", 1.3e9, "fine"),
        ("The index, which tracks the 100 largest companies, closed at 7,450 points.", 7450, "index"),
        ("The striker, signed for £40 million last summer, has scored just three goals.", 4e7, "striker"),
        ("The victory lifts Tolvik to 52 points, three ahead of Brannock.", 3, "points"),
    ],
)
def test_a_figure_in_a_later_clause_counts_the_subject_it_shares(text: str, value: float, key: str) -> None:
    # a participle's clause (", dropping 4.5%"), a clause a verb of fearing takes without "that", a subject set
    # off by an apposition or a relative clause, a margin with no noun ("three ahead of")
    assert key in counts_of(text, "en", value)


def test_a_participle_with_its_own_object_keeps_it() -> None:
    # ", bypassing £1 billion in import duty": the participle's own object says what, not the main subject
    assert "duty" in counts_of("Tolvik Freight moved goods worth £2 billion, bypassing £1 billion in import duty.", "en", 1e9)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("تراجع سهم الشركة بنسبة 4 % يوم الخميس.", 4, "تراجع"),
        ("ارتفع صافي أرباح البنك بنسبة 12 %.", 12, "ارتفع"),
        ("كما تراجع مؤشر « نيكاي » ب 0.6.", 0.6, "تراجع"),
        ("وسجل المؤشر مكاسب كبيرة قبل أن يعود لينخفض في آخر الجلسات ب 0.3.", 0.3, "ينخفض"),
        ("وبلغت نسبة تراجع سعر القمح خلال الأسبوع الماضي بحوالي 0.5.", 0.5, "تراجع"),
    ],
)
def test_an_arabic_change_keeps_its_verb_or_verbal_noun(text: str, value: float, key: str) -> None:
    # Arabic news names a change by its verb or verbal noun ("تراجع مؤشر السوق"); the subject stays with it
    assert key in counts_of(text, "ar", value)


def test_an_arabic_change_keeps_its_subject_too() -> None:
    assert "سهم" in counts_of("تراجع سهم الشركة بنسبة 4 % يوم الخميس.", "ar", 4)
    assert "آخر" not in counts_of("وسجل المؤشر مكاسب ثم عاد لينخفض في آخر الجلسات ب 0.3.", "ar", 0.3)


def test_a_short_bracket_inside_a_subject_is_no_clause_edge() -> None:
    # "the consumer price index (CPI) for June climbed 6.4%": the subject runs past its bracketed acronym
    text = "Data released on Saturday showed that the consumer price index (CPI) for June climbed 6.4% from a year ago."
    assert "price index" in counts_of(text, "en", 6.4)


def test_a_measure_named_before_keeps_its_of_complement() -> None:
    # "the rise in the cost of food ... up from 11.7%": the cost of what
    text = "Most worrying was the rise in the cost of food, up from 11.7% in May."
    assert "food" in counts_of(text, "en", 11.7)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("It took just 3 minutes for the Sounders to score the opening goal.", 3, "score"),
        ("It took 40 days for the river to drop.", 40, "drop"),
    ],
)
def test_the_time_a_deed_took_someone_counts_the_deed(text: str, value: float, key: str) -> None:
    # "it took N minutes for X to do Y": the time to do Y, and who did it
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("en", "Leaders agreed to keep global warming below 1.5C.", 1.5, "warming"),
        ("en", "Leaders vowed to keep warming well below 2C.", 2, "warming"),
        ("en", "The council will cap rents at $1,200 a month.", 1200, "rents"),
        ("da", "Vi skal holde den globale opvarmning under 2 °C.", 2, "opvarmning"),
    ],
)
def test_a_level_something_is_kept_at_counts_what_is_kept(language: str, text: str, value: float, key: str) -> None:
    counts = counts_of(text, language, value)
    assert key in counts and "well" not in counts


def test_a_pronoun_kept_at_a_level_is_no_count() -> None:
    assert "them" not in counts_of("The guards held them at 3.", "en", 3).split()[-1:]


def test_an_arabic_class_named_by_its_number_is_no_figure() -> None:
    found = [f.value for f in figures_of("دمرت المنظمة 100% من المواد الكيميائية فئة 1، و 70% من المواد فئة 2.", "ar")]
    assert found == [100, 70]


def test_a_latin_code_among_arabic_words_is_no_figure() -> None:
    assert figures_of("أظهرت اللقطات ذخيرة RBK-500 ZAB 2.5SM الحارقة.", "ar") == []
    assert [f.value for f in figures_of("تبلغ قدرة محطة TOLVIK 20MW.", "ar")] == [20]  # a unit in capitals


def test_a_hebrew_weekday_in_brackets_after_today_is_no_figure() -> None:
    assert figures_of("ראש הממשלה יכנס היום (שני) מסיבת עיתונאים.", "he") == []
    assert [f.value for f in figures_of("נפצעו שני אנשים בתאונה.", "he")] == [2]


def test_a_fraction_that_answers_counts_what_it_said() -> None:
    # "Two-thirds said they felt ...": as "68 percent said ...", the share of those who said so
    text = "Two-thirds said they felt uncomfortable raising safety issues, with a pilot accusing the airline."
    assert "safety" in counts_of(text, "en", 2 / 3)
    assert counts_of("Two-thirds of the pilots said they felt unsafe.", "en", 2 / 3) == "pilots"


def test_the_n_minutes_of_a_span_is_a_first_mention() -> None:
    # "the five minutes of time added on": a span the of-phrase names, not "the two" pointing back
    assert [f.value for f in figures_of("As the match entered the five minutes of time added on, a shot went wide.")] == [5]
    assert figures_of("The two said they would meet again.") == []


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The storm destroyed 300 homes and damaged another 1,200.", 1200, "homes"),
        ("The bank cut 3,000 jobs last year and plans to cut another 2,000 this year.", 2000, "jobs"),
        ("Rebels freed 40 hostages on Monday and a further 12 on Tuesday.", 12, "hostages"),
    ],
)
def test_another_n_with_no_noun_counts_more_of_the_kind_before(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_another_n_with_its_own_noun_keeps_it() -> None:
    assert "cars" in counts_of("The plant built 300 buses and another 1,200 cars.", "en", 1200)


def test_a_sum_with_its_own_purpose_in_a_list_keeps_it() -> None:
    # "£2bn on schools and £1bn on hospitals": the second sum's own "on" phrase, not the first one's
    assert "hospitals" in counts_of("The government will spend £2bn on schools and £1bn on hospitals.", "en", 1e9)


def test_a_verb_after_and_shares_the_first_clauses_subject() -> None:
    # "The wildfire has burned 40,000 acres and is 20% contained": contained, of the wildfire
    counts = counts_of("The wildfire has burned more than 40,000 acres and is 20% contained.", "en", 20)
    assert "contained" in counts and "wildfire" in counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("تقع المدينة على بعد 60 كيلومترا شمال العاصمة.", 60, "المدينة"),
        ("يقع المخيم على بعد 5 كيلومترات من الحدود.", 5, "المخيم"),
    ],
)
def test_what_lies_at_an_arabic_distance_is_named(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "ar", value)


def test_an_arabic_distance_with_no_verb_of_lying_keeps_its_place() -> None:
    assert "المدرسة" in counts_of("سقطت القذيفة على بعد 200 متر من المدرسة.", "ar", 200)


def test_a_passive_with_to_keeps_what_they_were_made_to_do() -> None:
    # "more than 300,000 have been forced to flee their homes": forced to flee
    text = "At least 1,200 people have been killed, while more than 300,000 have been forced to flee their homes."
    assert "flee" in counts_of(text, "en", 300000)


def test_two_shares_set_against_each_other_keep_whose_they_are() -> None:
    # "51.2 percent against 47.9 percent for her rival": no side of a vote ("67 percent against" still is one)
    text = "With 95 percent of the votes counted, Halvorsen had 51.2 percent against 47.9 percent for her rival."
    assert "against" not in counts_of(text, "en", 51.2)
    assert "rival" in counts_of(text, "en", 47.9)
    assert "against" in counts_of("The motion passed with 67 percent against.", "en", 67)


def test_a_cost_an_appositive_expects_is_the_nouns() -> None:
    assert "project" in counts_of("The project, expected to cost $1.2 billion, will create 3,000 jobs.", "en", 1.2e9)


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ("da", "Selskabet fik et overskud på 1,4 milliarder kroner mod 900 millioner kroner året før.", 9e8, "overskud"),
        ("en", "The firm made a profit of $40 million, against $25 million a year earlier.", 2.5e7, "profit"),
    ],
)
def test_a_figure_set_against_an_earlier_time_counts_the_same(language: str, text: str, value: float, key: str) -> None:
    assert key in counts_of(text, language, value)


@pytest.mark.parametrize(
    ("text", "value", "lead", "deed"),
    [
        ("أغلقت السلطات المعبر لمدة أسبوعين.", 2, "مدة", "المعبر"),
        ("استمر الحصار على المدينة طوال ثلاثة أشهر.", 3, "طوال", "الحصار"),
        ("عمل في الشركة على مدى 20 عاما.", 20, "مدى", "عمل"),
    ],
)
def test_an_arabic_span_keeps_its_lead_and_what_lasted(text: str, value: float, lead: str, deed: str) -> None:
    # "لمدة أسبوعين": the period (as the news keys it) and the clause that lasted, not the lead alone
    counts = counts_of(text, "ar", value)
    assert lead in counts and deed in counts


def test_an_arabic_span_after_khilal_keeps_the_noun_before() -> None:
    # "الجهود المبذولة ... خلال عامين": not read as a lead of lasting
    assert "الجهود" in counts_of("وعلى الرغم من الجهود المبذولة من قبل المنظمة خلال عامين لتدمير الأسلحة.", "ar", 2)
