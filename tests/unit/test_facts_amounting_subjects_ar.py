"""Arabic figures after a verb of amounting whose subject is long or set off by commas: what the figure counts is the
subject right after the verb, read past a noun described by the place it comes to (more than eight words), past a
participle of belonging after a comma ("، التابع لبلدية ..."), and after a short adjunct fronted before the verb
("وفي سياق آخر بلغت"). Made-up sentences; shorter subjects and other clauses keep their readings."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import nth_counts


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        # (a subject of thirteen words, its noun described by where it comes to)
        ("وبلغت كميات الحبوب والبقول والزيوت الواردة إلى مستودع التموين المركزي التابع لأمانة مدينة النخيل الكبرى، "
         "الأربعاء 2422.5 طن.", 2422.5, "كميات الحبوب والبقول والزيوت الواردة"),
        # (a participle of belonging after a comma, then a weekday: an aside, not a clause)
        ("بلغت كميات الحبوب الواردة إلى المخزن الرئيسي، التابع لبلدية الوادي، اليوم الاثنين 830 طنا.", 830,
         "كميات الحبوب الواردة"),
        # (an adjunct fronted before the verb, a time in commas before the figure)
        ("وعلى صعيد آخر بلغت أوزان القمح المنقولة إلى المستودع الشرقي، اليوم الأحد، 640 طنا.", 640,
         "أوزان القمح المنقولة"),
        ("وعلى صعيد متصل بلغ عدد الزوار الوافدين إلى المعرض، يوم الجمعة، 4500 زائر.", 4500, "زائر"),
    ],
)
def test_the_subject_of_amounting_is_what_is_counted(text: str, value: float, counts: str) -> None:
    found = nth_counts(text, value, "ar")
    assert found is not None and counts in found


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        # (short subjects: as before)
        ("بلغت كميات الحبوب الواردة إلى المخزن 830 طنا.", 830, "كميات الحبوب الواردة"),
        ("وفي سياق آخر بلغ عدد الزوار 4500 زائر.", 4500, "زائر"),
        # (a noun after the figure still counts it, not the subject of a clause before the comma)
        ("وبلغت أرباح الشركة 5 ملايين دينار، الواقعة في الشمال، ووظفت 120 عاملا.", 120, "عاملا"),
    ],
)
def test_short_subjects_and_own_nouns_keep_their_readings(text: str, value: float, counts: str) -> None:
    found = nth_counts(text, value, "ar")
    assert found is not None and counts in found


def test_a_long_span_with_a_second_verb_is_not_one_subject() -> None:
    # (a verb of its own among the words after "بلغ": a second clause, whose noun the figure does not count as the
    # first clause's subject)
    text = "بلغ الفريق الأول المرحلة النهائية من البطولة الإقليمية بعد أن هزم منافسه في مباراة حضرها 900 متفرج."
    found = nth_counts(text, 900, "ar")
    assert found is not None and "الفريق" not in found
