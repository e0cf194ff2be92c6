"""What figures count and which numbers are none, by class of error found on the dev tuning articles (issue 10, round 6).

Every sentence here is written for these tests. The check is the corpus scorer's: the value, and a key
word inside the extracted `counts`.
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of as _counts_of
from tests.unit.figure_helpers import figures_of as _figures


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("وتتراوح أعداد الطيور المهاجرة في الوادي بين 20 و30 ألفا كل خريف.", 20, "الطيور"),
        ("وتقدر كميات القمح المخزنة بنحو 900 ألف طن.", 900000, "القمح"),
    ],
)
def test_a_plural_measure_noun_names_what_follows_it(text: str, value: float, key: str) -> None:
    # "أعداد X", "كميات X": the plural of a measure noun names what the figure counts, like "عدد X"
    assert key in _counts_of(text, "ar", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("أكد المكتب أن حالات الحصبة في الإقليم الشمالي قد وصلت إلى 740، وأن العدد سيرتفع.", 740, "حالات"),
        ("وقال الوزير إن صادرات الزيتون ارتفعت إلى 55 ألفا هذا الموسم.", 55000, "صادرات"),
    ],
)
def test_a_subject_before_a_verb_of_reaching_is_what_the_figure_counts(text: str, value: float, key: str) -> None:
    # Arabic in subject-verb order: "X قد وصلت إلى N", "X ارتفعت إلى N": N is how many X
    assert key in _counts_of(text, "ar", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("أبرمت الشركة صفقة قدرت بمبلغ 40 مليون دولار لشراء مصنع.", 4e7, "صفقة"),
        ("وتعهدت الحكومة بإنفاق ما يعادل 12 مليار يورو على الطرق.", 1.2e10, "إنفاق"),
    ],
)
def test_a_sum_after_a_valuing_verb_or_an_equivalent_is_the_value_of_the_noun_before(
    text: str, value: float, key: str
) -> None:
    # "صفقة قدرت بمبلغ N", "بإنفاق ما يعادل N": the sum is the value of the noun before the verb
    assert key in _counts_of(text, "ar", value)


@pytest.mark.parametrize(
    "text",
    [
        "كان المغني واحدا من الأعضاء المؤسسين للفرقة.",
        "توفي الشاعر سالم واحد من أبرز كتاب جيله.",
        "وهي واحدة من أقدم المدن في المنطقة.",
    ],
)
def test_one_of_a_group_is_no_figure(text: str) -> None:
    # "واحد من", like "one of": membership of a group, not a count of one
    assert not [f for f in _figures(text, "ar") if f.value == 1]


def test_one_after_a_noun_is_still_a_figure() -> None:
    # "شرطي واحد" stays a count of one
    assert "شرطي" in _counts_of("أصيب شرطي واحد في الاشتباك.", "ar", 1)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("وسجل المهاجم خالد (23 من ركلة جزاء و71) هدفي الفريق في مرمى الضيوف.", "ar"),
        ("وأنهى الحارس سامي (9) المباراة بتصديات حاسمة بعد هدف في الشباك.", "ar"),
        ("The goals were scored by Okafor (14, 88) and Reyes (61).", "en"),
    ],
)
def test_minutes_of_goals_in_brackets_are_no_figures(text: str, language: str) -> None:
    # in a sentence about goals, small numbers in brackets after a player are minutes or shirt numbers, no ages
    assert not _figures(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [("تعادل الفريقان 2 - 2 مع نهاية الشوط الثاني.", "ar"), ("The hosts drew 1 - 1 with the leaders.", "en")],
)
def test_a_score_before_with_is_no_figure(text: str, language: str) -> None:
    # "التعادل 1 - 1 مع", "drew 1 - 1 with": a result, like "won 3-1 against"
    assert not _figures(text, language)


def test_an_age_in_brackets_outside_a_match_stays() -> None:
    assert _counts_of("وقال المزارع حسن (54) إن المحصول تضرر.", "ar", 54)


@pytest.mark.parametrize(
    ("text", "language", "value", "key"),
    [
        ("وارتفع رصيد الفريق إلى 31 نقطة مقابل 28 لمنافسه المباشر.", "ar", 28, "نقطة"),
        ("فاز الحزب بـ 40 مقعدا مقابل 35 للمعارضة.", "ar", 35, "مقعد"),
        ("The bill passed with 61 votes against 39 for the opposition.", "en", 39, "votes"),
    ],
)
def test_a_figure_set_against_another_counts_the_same(text: str, language: str, value: float, key: str) -> None:
    # "N points against M for X": M counts points too; what follows M says whose they are
    assert key in _counts_of(text, language, value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("تجاوزت المكتبة الرقمية حاجز المليون كتاب هذا العام.", 1e6, "كتاب"),
        ("وحصل الألف متطوع الأوائل على شهادات تقدير.", 1000, "متطوع"),
    ],
)
def test_a_definite_scale_word_before_an_indefinite_noun_counts_it(text: str, value: float, key: str) -> None:
    # "حاجز المليون كتاب": a milestone of a million books, not "the million" already named
    assert key in _counts_of(text, "ar", value)


def test_a_definite_number_after_its_noun_is_still_anaphora() -> None:
    # "نقل المصابين الثلاثة": the three injured already counted
    assert not _figures("ونقل المصابين الثلاثة إلى المستشفى.", "ar")


@pytest.mark.parametrize(
    "text",
    ["Crowds filled Plaza Zero until midnight.", "The crew of Mission Eleven landed safely on Tuesday."],
)
def test_a_capitalised_spelled_number_after_a_capitalised_word_is_a_name(text: str) -> None:
    assert not _figures(text, "en")


def test_a_spelled_number_opening_a_sentence_stays_a_figure() -> None:
    assert "volunteers" in _counts_of("Mayor Ruiz thanked the crews. Three volunteers were hurt.", "en", 3)


@pytest.mark.parametrize(
    ("text", "language"),
    [("توصلت إيران ومجموعة الـ 5 + 1 إلى اتفاق.", "ar"), ("Talks with the 5+1 group resumed.", "en")],
)
def test_a_group_named_by_a_sum_is_no_figure(text: str, language: str) -> None:
    assert not _figures(text, language)


def test_a_definite_dual_of_a_time_unit_after_a_span_word_is_a_duration() -> None:
    # "خلال السنتين الماضيتين": two years, how long; "المصابين الثلاثة" stays anaphora (above)
    assert [f.value for f in _figures("ارتفعت المبيعات خلال السنتين الماضيتين.", "ar")] == [2]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("With 60% of its budget spent on salaries, the council has little left for roads.", 60, "budget"),
        ("With 40 percent of the ballots counted, the mayor is ahead.", 40, "ballots"),
    ],
)
def test_a_share_in_a_fronted_phrase_counts_its_whole(text: str, value: float, key: str) -> None:
    # the fronted phrase describes the subject after it ("With 300 staff, the firm ..."), but a share names its whole
    assert key in _counts_of(text, "en", value)
