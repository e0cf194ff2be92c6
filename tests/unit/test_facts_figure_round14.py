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
