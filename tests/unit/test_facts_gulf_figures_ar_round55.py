"""Saudi and Gulf local and economic copy (round 55, invented sentences): the shapes of figures and dates that fresh
municipal, budget, market and sports reports showed the extractor misreading."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of
from tests.unit.figure_helpers import counts_of, figures_of, values_of


# A sum restated in words after its digits, in several scale groups joined by "و" (ar_long_cardinals): one number,
# not one per group; a list of numbers joined by "و" or a run out of the order of a cardinal stays apart.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وقعت البلدية عقدا بقيمة 204,316,527 ريال، مائتان وأربعة ملايين وثلاثمائة وستة عشر ألفاً وخمسمائة "
         "وسبعة وعشرون ريالاً.", 204316527),
        ("وقعت البلدية عقدا بمبلغ مائتين وأربعة ملايين وثلاثمائة وستة عشر ألفاً وخمسمائة وسبعة وعشرين ريالاً.",
         204316527),
        ("ورصدت الوزارة مبلغ تسعة ملايين ومائتين وخمسة وأربعين ألفا وستمائة وعشرة ريالات للمشروع.", 9245610),
        ("وبلغت قيمة العقد أثنان وخمسون مليوناً وأربعمائة ألف ريال.", 52400000),
        ("ومنحت الجمعية مليونين وسبعمائة وخمسين ألفاً وثمانين ريالاً للأسر.", 2750080),
    ],
)
def test_a_sum_in_words_of_several_groups_is_one_number(text: str, value: float) -> None:
    spelled = [f.value for f in figures_of(text, "ar") if not any(c.isdigit() for c in f.text)]
    assert spelled == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("وتوزع الفائزون على ثلاثة وأربعة وخمسة آلاف متسابق.", [3, 4, 5000]),  # a list, no cardinal
        ("دفعت الشركة ثلاثة ملايين وخمسمائة ألف ريال.", [3500000]),  # two groups: as before
        ("وباع المتجر خمسة آلاف وثلاثة ملايين قطعة.", [5000, 3000000]),  # a smaller scale first: no cardinal
    ],
)
def test_runs_that_are_no_cardinal_read_as_before(text: str, values: list[float]) -> None:
    assert values_of(text, "ar") == values


def test_the_whole_run_is_the_figure_text() -> None:
    (figure,) = [f for f in figures_of("رصدت الأمانة مائة وعشرين مليوناً ومائتي ألف وخمسين ريالاً.", "ar")]
    assert figure.value == 120200050
    assert figure.text.startswith("مائة") and figure.text.endswith("وخمسين")


# A change with its adverb of period before the lead (ar_change_by_period): the change is what the share measures,
# not the adverb "شهريا"; a change without such an adverb, or a subject named before it, reads as before.
@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("وبلغ عدد الشاحنات المسجلة 4120 شاحنة مسجلة بذلك ارتفاعا شهريا بنسبة 2.4 بالمئة.", 2.4, "ارتفاعا شهريا"),
        ("ووصل عدد البلاغات إلى 318 بلاغا، مسجلا بذلك انخفاضا شهريا بنسبة 7.0 في المائة.", 7.0, "انخفاضا شهريا"),
        ("وبلغت مبيعات الوقود 95 ألف برميل محققة بذلك نموا سنويا بنسبة 4.2 بالمئة.", 4.2, "نموا سنويا"),
    ],
)
def test_a_change_with_its_adverb_of_period_counts_the_change(text: str, value: float, change: str) -> None:
    assert counts_of(text, "ar", value).startswith(change.split()[0])


def test_a_subject_recorded_before_the_change_is_kept() -> None:
    assert "المؤشر" in counts_of("وسجل المؤشر تراجعا يوميا بنسبة 2%.", "ar", 2)


# A number between slashes, the UAE news agency's way of setting out each group of a figure (ar_unslashed): the
# groups compose into one number; a date or a fraction written with slashes is no such group.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("وبلغ عدد سكان الإمارة ثلاثة ملايين و/ 418 / ألفا و/ 205 / نسمة بزيادة نسبتها / 1.2 / في المائة.",
         [3418205, 1.2]),
        ("فيما بلغ عدد الزوار / 512 / الفا و/ 37 / زائرا.", [512037]),
    ],
)
def test_numbers_between_slashes_are_read(text: str, values: list[float]) -> None:
    assert values_of(text, "ar") == values


def test_slashes_of_a_date_or_a_code_stay() -> None:
    assert 3418205 not in values_of("وبلغ العدد 3/418/205 في السجل.", "ar")


def _dates(text: str) -> list[str]:
    return [f.text for f in facts_of([text], "ar") if f.kind == "date"]


# Dates as Gulf sites print them: the hamza left off the alef (dates.py matches with bare alefs), a relative year with
# the year it names after it (date_patterns, number_dates); a rate per day is no date.
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وتراجعت أسعار الحديد الاسبوع الماضي بنسبة 3 في المئة.", "الاسبوع الماضي"),
        ("وافتتح المعرض امس الاربعاء في جدة.", "امس الاربعاء"),
        ("وبلغت خسائر السوق في ايلول وحده 4 في المئة.", "في ايلول"),
        ("وتضاعف عدد المخالفات خلال العام المنصرم 1433 بمختلف المحافظات.", "العام المنصرم 1433"),
        ("وارتفعت المبيعات في السنة الماضية 2013 إلى 90 مليون ريال.", "السنة الماضية 2013"),
        # (the Levantine and Gregorian months side by side with no mark between, as Al-Hayat prints them)
        ("وتراجع المؤشر في شباط فبراير الماضي 2 في المئة.", "في شباط فبراير الماضي"),
        ("وتجرى الانتخابات في 9 حزيران يونيو المقبل.", "9 حزيران يونيو المقبل"),
    ],
)
def test_bare_alef_and_a_relative_year_with_its_year_are_dates(text: str, date: str) -> None:
    assert date in _dates(text)


def test_the_year_after_a_relative_year_is_no_figure_but_a_count_is() -> None:
    assert 1433 not in values_of("وتضاعف عدد المخالفات خلال العام المنصرم 1433 بمختلف المحافظات.", "ar")
    assert 1420 in values_of("وسجلت الدوريات العام الماضي 1420 مخالفة.", "ar")


def test_a_rate_per_day_is_no_date() -> None:
    assert _dates("وتنفذ الطائرات 40 رحلة في اليوم الواحد.") == []


def test_a_madda_stays_so_abu_is_no_august() -> None:
    assert _dates("وعقد الاجتماع في أبو ظبي أمس.") == ["أمس"]
