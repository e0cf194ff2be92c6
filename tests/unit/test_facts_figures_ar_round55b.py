"""Arabic figures of Gulf local and economic copy (round 55, second wave; invented sentences): a nominative dual of a
span of time before "ونصف" (numbers._AR_DUALS), digits grouped with dots and a scale word that restates their
millions (numbers._read_token), the base of a rate after "لكل" or "من كل" (rate_bases), and a match's minute
stretched with tatweel (number_names.part_of_name)."""

from __future__ import annotations

import pytest

from briefing_app.core.numbers import find_numbers
from tests.unit.facts_helpers import facts_of


def figures(*sentences: str) -> list[tuple[str, float | None]]:
    return [(f.text, f.value) for f in facts_of(list(sentences), "ar") if f.kind == "figure"]


def values(*sentences: str) -> list[float | None]:
    return [v for _, v in figures(*sentences)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وتبلغ مدة تنفيذ الجسر سنتان ونصف بحسب الشركة المنفذة.", 2.5),
        ("واستغرقت أعمال الترميم عامان ونصف في المبنى القديم.", 2.5),
        ("وقالت البلدية إن المهلة الممنوحة شهران فقط للمقاول.", 2.0),
        ("واستمرت جلسة اللجنة ساعتان تقريبا.", 2.0),
    ],
)
def test_a_nominative_dual_of_time_is_one_figure_with_its_half(text: str, value: float) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "وتبلغ مدة تنفيذ الجسر سنتين ونصف بحسب الشركة المنفذة.",  # the oblique dual, read so before
        "واستمرت جلسة اللجنة ثلاث ساعات ونصف.",
    ],
)
def test_the_duals_and_halves_read_before_are_kept(text: str) -> None:
    assert len(values(text)) == 1 and values(text)[0] in (2.5, 3.5)


def test_a_scale_word_after_dot_grouped_millions_restates_them() -> None:
    found = find_numbers("وبلغ عدد المراجعين 2.314.560 مليون مراجع خلال العام.", "ar")
    assert [n.value for n in found] == [2314560.0]
    found = find_numbers("وسجلت الهيئة 4.812.903 مليون رحلة.", "ar")
    assert [n.value for n in found] == [4812903.0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وبلغت الأرباح 1.250 مليار ريال.", 1.25e9),  # a decimal before its scale word
        ("وبلغ عدد الزوار 245.118 ألف زائر.", 245118.0),
        ("وارتفع الدين العام إلى 1,500 مليون دولار.", 1.5e9),  # thousands of millions
        ("وبلغ عدد السكان 2.314.560 نسمة.", 2314560.0),
    ],
)
def test_scale_words_that_multiply_are_kept(text: str, value: float) -> None:
    assert [n.value for n in find_numbers(text, "ar")] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "وسجلت المحافظة 9 وفيات لكل ألف مولود خلال العام.",
        "وأصيب 4 من كل 100 طالب بالزكام في المدارس.",
        "وبلغ المعدل 7 حالات لكل 100 ألف نسمة.",
    ],
)
def test_the_base_of_an_arabic_rate_is_no_figure(text: str) -> None:
    assert 1000.0 not in values(text) and 100.0 not in values(text) and 100000.0 not in values(text)
    assert len(values(text)) == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ووزعت الجمعية 1000 سلة غذائية لكل الأسر المحتاجة.", 1000.0),  # "لكل" before the figure, not before it
        ("ووزعت الجمعية لكل أسرة 100 ريال.", 100.0),
    ],
)
def test_a_figure_after_other_words_than_for_every_is_kept(text: str, value: float) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتقدم الضيوف في الدقيقـــة 44 عن طريق سالم الحربي.",
        "وأدرك أصحاب الأرض التعادل في الدقيـقة 71 من ركلة جزاء.",
    ],
)
def test_a_minute_stretched_with_tatweel_is_no_figure(text: str) -> None:
    assert values(text) == []


def test_minutes_counted_are_kept() -> None:
    assert values("ولعب الفريق 44 دقيقة في الشوط الأول.") == [44.0]


def dates(*sentences: str) -> list[str]:
    return [f.text for f in facts_of(list(sentences), "ar") if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ونفق قطيع من الماشية مساء أمس الأول في وادي القرية.", "مساء أمس الأول"),
        ("وأوضح المتحدث أن الحريق اندلع أمس الأول في المستودع.", "أمس الأول"),
        ("ونجا سائق حافلة ليل أمس الأول الأحد من حادث انقلاب.", "أمس الأول الأحد"),
    ],
)
def test_the_day_before_yesterday_is_one_date(text: str, date: str) -> None:
    assert date in dates(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وعاد الوفد أمس إلى العاصمة بعد الجولة.", "أمس"),
        ("وافتتح المحافظ أمس الأحد المعرض الأول للكتاب.", "أمس الأحد"),
    ],
)
def test_yesterday_without_the_first_is_kept(text: str, date: str) -> None:
    assert date in dates(text)
