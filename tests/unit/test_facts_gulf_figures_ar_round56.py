"""Saudi and Gulf local copy (round 56, invented sentences): the shapes of figures that fresh civil-defence, health,
municipal and court reports showed the extractor misreading."""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of, values_of


# A Hijri date in digits, day first, often with a space at a slash (number_dates._NUMERIC_DATE): its day and month
# are no figures; digits with slashes and no year of a Hijri or Gregorian century stay numbers.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("وصدر قرار اللجنة بتاريخ 12/ 3 /1438هـ بتعيين 5 أعضاء جدد.", [5]),
        ("وصدر قرار اللجنة بتاريخ 27 /10/ 1441ه بتعيين 5 أعضاء جدد.", [5]),
        ("وصدر قرار اللجنة بتاريخ 3/7/1436هـ بتعيين 5 أعضاء جدد.", [5]),
    ],
)
def test_a_hijri_date_with_spaced_slashes_is_no_figure(text: str, values: list[float]) -> None:
    assert values_of(text, "ar") == values


def test_slashed_numbers_without_a_year_stay() -> None:
    assert values_of("وارتفعت النسبة من 11/ 4 إلى 20 في المئة.", "ar") == [11, 4, 20]


# A count split by place with each place before its number (ar_place_first_list): the bare later items count the
# first item's noun, in their own place.
@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("وسجلت تبوك 38 حالة والطائف 12 والخرج 5 خلال الأسبوع.", 12, "الطائف"),
        ("وسجلت تبوك 38 حالة والطائف 12 والخرج 5 خلال الأسبوع.", 5, "الخرج"),
        ("وسجلت منطقة حائل 27 مخالفة، ومنطقة الجوف 14 مخالفة، وجازان 9، والباحة 3.", 9, "جازان"),
        ("وسجلت منطقة حائل 27 مخالفة، ومنطقة الجوف 14 مخالفة، وجازان 9، والباحة 3.", 3, "الباحة"),
    ],
)
def test_bare_items_after_a_place_count_the_first_items_noun(text: str, value: float, place: str) -> None:
    counts = counts_of(text, "ar", value)
    assert counts.split()[0] in ("حالة", "مخالفة")
    assert place in counts


@pytest.mark.parametrize(
    ("text", "value", "not_counts"),
    [
        ("توفي 4 أشخاص وأصيب 11 في حادث على الطريق.", 11, "أشخاص"),  # a verb, no place, before the bare number
        ("تغلب الاتحاد 3 والشباب 1 في المباراة.", 1, "الاتحاد"),  # the first number has no noun of its own
    ],
)
def test_items_without_a_place_or_a_first_noun_are_left(text: str, value: float, not_counts: str) -> None:
    assert not counts_of(text, "ar", value).startswith(not_counts)


# A list of works each priced after it (ar_priced_items): each sum counts the whole item before it, back to the list's
# verb or the sum before; a sum outside such a list keeps its reading.
@pytest.mark.parametrize(
    ("value", "item"),
    [
        (15000000, "رصف الطرق الداخلية"),
        (8000000, "وإنشاء ممشى ومسطحات خضراء"),
        (3000000, "وصيانة مبنى البلدية القديم"),
        (2000000, "وتسوير مقبرة الحي"),
    ],
)
def test_each_sum_of_a_priced_list_counts_its_item(value: float, item: str) -> None:
    text = (
        "وتشمل مشاريع البلدية رصف الطرق الداخلية بمبلغ 15 مليون، وإنشاء ممشى ومسطحات خضراء بـ8 ملايين، "
        "وصيانة مبنى البلدية القديم بتكلفة 3 ملايين، وتسوير مقبرة الحي بمبلغ 2 مليون ريال."
    )
    assert counts_of(text, "ar", value).endswith(item)


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("أبرمت الهيئة عقدا بقيمة 7 ملايين ريال مع مقاول محلي.", 7000000, "عقدا"),  # no list
        ("بلغت المبيعات 60 مليون ريال مقابل 45 مليون ريال قبل عام.", 45000000, "المبيعات"),  # no price word, no comma
        # a noun after the second sum: what it pays, not the clause before it
        ("وغرمته المحكمة 5 آلاف ريال، بينما ألزمته الدائرة المدنية بدفع 12 ألف ريال تعويضا للمتضرر.", 12000, "تعويضا"),
    ],
)
def test_a_sum_outside_a_priced_list_keeps_its_reading(text: str, value: float, counts: str) -> None:
    assert counts in counts_of(text, "ar", value)


# An age in brackets after the one it is of (ar_age_holder.bracket_age_holder), and an age told of a feminine noun
# with its adjective in "ة" (age_holder): the holder is what the age counts; a definite noun before the bracket is none.
@pytest.mark.parametrize(
    ("text", "value", "holder"),
    [
        ("وأوضحت الصحة أن الإصابة الجديدة لمراجع (63 عاما) في محافظة القريات.", 63, "مراجع"),
        ("وتبين أن وافدا (38 عاما) كان يقود الشاحنة.", 38, "وافدا"),
        ("وأسعف الفريق فتاة مقيمة تبلغ من العمر 17 عاما إلى المستشفى.", 17, "فتاة مقيمة"),
    ],
)
def test_an_age_counts_its_holder(text: str, value: float, holder: str) -> None:
    assert holder in counts_of(text, "ar", value)


def test_an_age_in_brackets_after_a_definite_noun_stays_bare() -> None:
    assert counts_of("ونقل المصاب إلى المستشفى العام (41 عاما) بسيارة الإسعاف.", "ar", 41) == "عمر (age)"


# A count of the shape of a year after a verb of performing or receiving (figures_ar.arabic_counted_year), or glued to
# its noun in a list of the same noun: a count, no year; after a verb of recording, or "في", it stays a year.
@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("وشهد مستشفى الولادة خلال العام إجراء 1987 عملية قيصرية.", 1987, "عملية"),
        ("وتم استقبال 2014 حالة في قسم الطوارئ بالمستشفى.", 2014, "حالة"),
        ("وأجريت 2012 عملية قلب، و1978عملية لتصحيح البصر.", 1978, "عملية"),
    ],
)
def test_a_year_shaped_count_after_a_verb_of_doing_is_a_count(text: str, value: float, noun: str) -> None:
    assert noun in counts_of(text, "ar", value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("وسجل 2019 نموا بنسبة 4 في المئة.", [4]),
        ("وأطلقت الهيئة في 2018 برنامجا جديدا للتدريب.", []),
    ],
)
def test_a_year_after_a_verb_of_recording_or_in_stays_a_year(text: str, values: list[float]) -> None:
    assert values_of(text, "ar") == values
