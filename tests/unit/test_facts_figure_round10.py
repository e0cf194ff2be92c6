"""Figures: classes of construction seen failing on the round-10 dev articles, written again with made-up text.

Every sentence here is made up for these tests; each test names the class, not the article it was seen in.
"""

from __future__ import annotations

import pytest

from briefing_app.core.facts.figures import find_figures
from briefing_app.core.facts.model import SourceSentence
from tests.unit.figure_helpers import counts_of as _counts_of
from tests.unit.figure_helpers import figures_of as _figures


def test_a_gerund_noun_ends_the_complement_not_before_it() -> None:
    # "three counts of illegal fishing in ...": "fishing" is the noun of the complement (by its part of speech),
    # not a participle that starts a clause ("a worker retiring at 65")
    text = "Two anglers pleaded guilty to three counts of illegal fishing in the Tolvik river."
    assert "fishing" in _counts_of(text, "en", 3)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Tolvik assembly passed its biggest reform in a quarter of a century.", 25),
        ("It was the driest summer in Halby in half a century.", 50),
        ("The Halvorsen family has run the mill for three quarters of a century.", 75),
    ],
)
def test_a_fraction_of_a_century_is_a_number_of_years(text: str, value: float) -> None:
    # "a quarter of a century": 25 years, not a quarter (0.25) counting "century"
    found = [(f.value, f.unit) for f in _figures(text)]
    assert found == [(value, "years")]


def test_a_compound_ordinal_is_no_figure() -> None:
    # "the twenty-first century": an ordinal, not twenty
    assert _figures("In the twenty-first century, the Tolvik mill still grinds by hand.") == []


def test_arabic_and_with_the_next_figure_ends_the_counted_noun() -> None:
    # "قتل 5 أشخاص | وجرح 6 آخرين": "and wounded" belongs to the next figure, not to the five killed
    text = "وقتل 5 أشخاص وجرح 6 آخرين في انفجار بقرية النور"
    assert "جرح" not in _counts_of(text, "ar", 5)
    assert "جرح" in _counts_of(text, "ar", 6)  # "6 آخرين": six others, wounded


def test_arabic_approximator_glued_to_li_is_no_counted_word() -> None:
    # "لنحو 800 عام": "for about", a lead like "بنحو"; what lasted is the word before it
    assert "خامدا" in _counts_of("ظل بركان قرية النور خامدا لنحو 800 عام", "ar", 800)


def test_arabic_definite_dual_after_li_is_no_count() -> None:
    # "للأخيرتين": li + the article (its alif dropped): "to the latter two", anaphora, as "الأخيرتين" is
    found = _figures("وكشف الهجوم قدرات الطرفين دون تحقيق نتيجة واضحة للأخيرتين", "ar")
    assert [f for f in found if f.value == 2] == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("يقع البركان على بعد نحو 40 كيلومترا من قرية النور", "بعد"),
        ("أخليت المنازل في نطاق 4.5 كيلومتر من مركز الثوران", "نطاق"),
        ("قذف البركان رمادا لارتفاع وصل إلى 1300 متر من فوهته", "ارتفاع"),
    ],
)
def test_arabic_length_from_a_place_keeps_its_measure(text: str, key: str) -> None:
    # "على بعد 40 كيلومترا من ...": a distance; the measure named before the length says which
    value = [f.value for f in _figures(text, "ar")][0]
    assert key in _counts_of(text, "ar", value)


def _article(texts: list[str]) -> list[float]:
    return [f.value for f in find_figures([SourceSentence(i, 0, t) for i, t in enumerate(texts)], "en")]


def test_a_bare_decimal_repeated_in_three_sentences_is_a_version() -> None:
    # "Tolvik OS 12.4" in paragraph after paragraph: a version number, not a measure
    texts = ["Halby Soft released Tolvik OS 12.4 on Monday.", "Tolvik OS 12.4 adds a new keyboard.",
             "Users of Tolvik OS 12.4 can also share files."]  # fmt: skip
    assert 12.4 not in _article(texts)


def test_a_bare_decimal_in_two_sentences_stays() -> None:
    # a measure repeated in a headline and its lede is still a figure
    assert 12.4 in _article(["The quake measured 12.4 on the Tolvik scale.", "A reading of 12.4 was recorded."])


def test_a_gerund_with_its_object_completes_an_of_phrase() -> None:
    # "one count of breaching the Tolvik Harbour Act": the gerund and its object are what the count is of
    text = "Halvorsen admitted one count of fraud and one count of breaching the Tolvik Harbour Act."
    assert any("breaching" in (f.counts or "") for f in _figures(text) if f.value == 1)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The queue outside the Tolvik bank stretched for half a mile.", 0.5, "miles"),
        ("About half a dozen protesters were arrested in Halby.", 6, None),
    ],
)
def test_a_fraction_of_one_unit(text: str, value: float, unit: str | None) -> None:
    # "half a mile": half of one mile; "half a dozen": six, not a dozen
    assert [(f.value, f.unit) for f in _figures(text)] == [(value, unit)]


def test_half_an_hour_after_is_no_figure() -> None:
    # "After nearly half an hour, ...": a relative time, a date (the corpus convention)
    assert _figures("After nearly half an hour, the Tolvik team scored.") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("وأعلنت الحكومة تعطيل المدارس يومي الخميس والجمعة 18 و 19 من أبريل بسبب الأمطار.", "ar"),
        ("הלימודים בתולקה בוטלו ב-18 ו-19 במרץ בגלל הגשם.", "he"),
    ],
)
def test_the_first_of_two_days_of_a_month_is_a_date(text: str, language: str) -> None:
    # "18 و 19 من أبريل": two days of one month, when and not how many, like "3 من يناير" alone
    assert not [f for f in _figures(text, language) if f.value in (18, 19)]
