"""Arabic figures and quotes on Gulf, Egyptian, Jordanian and Levantine news (round 37, second pass: seizure
round-ups, daily case counts, officials' statements), each class written again with made-up goods, places and
numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import nth_counts as _counts

# A weight in the construct weighs the noun right after it ("3 طن حشيش"), as "3 أطنان من الحشيش" does


def test_ar_tons_in_construct_count_the_noun_after() -> None:
    paragraph = "وضبطت دوريات الجمارك 6 طن قنب في مرفأ الجنوب."
    assert "قنب" in (_counts(paragraph, 6, "ar") or "")


def test_ar_kilos_and_grams_in_construct_count_their_own_nouns() -> None:
    paragraph = "وعثر المحققون على 9 كيلو أفيون و300 غرام كوكايين داخل مستودع."
    assert "أفيون" in (_counts(paragraph, 9, "ar") or "")
    assert "كوكايين" in (_counts(paragraph, 300, "ar") or "")


def test_ar_weight_then_an_adverb_is_no_noun_it_weighs() -> None:
    paragraph = "وينتج المصنع الجديد 40 طن يوميا من الأعلاف."
    assert "يوميا" not in (_counts(paragraph, 40, "ar") or "")


def test_ar_weight_then_a_glued_value_is_no_noun_it_weighs() -> None:
    paragraph = "وصادرت الشرطة 8 طن بقيمة مليوني دينار."
    assert "بقيمة" not in (_counts(paragraph, 8, "ar") or "")


def test_ar_metric_ton_is_the_unit_not_the_noun() -> None:
    paragraph = "وصدرت البلاد 2 مليون طن متري من الشعير."
    assert "متري" not in (_counts(paragraph, 2e6, "ar") or "")


# A part after "منها" or "من بينهم" with no noun of its own counts the whole's noun farther back in the sentence


def test_ar_part_after_of_which_past_other_words_counts_the_whole() -> None:
    paragraph = "وسجلت الوزارة 27 إصابة جديدة بالحصبة في الشمال منها ثلاث محلية."
    assert "إصابة" in (_counts(paragraph, 3, "ar") or "")


def test_ar_part_among_them_past_a_span_counts_the_whole_with_its_place() -> None:
    paragraph = "وغادر 84 مريضا خلال الـ48 ساعة الماضية، من بينهم 9 في قسم الحروق."
    counts = _counts(paragraph, 9, "ar") or ""
    assert "مريضا" in counts and "الحروق" in counts


def test_ar_part_of_them_glued_to_and_counts_the_whole() -> None:
    paragraph = "ونقل 84 مريضا إلى مستشفيات الجنوب، ومنهم 9 في حالة حرجة."
    assert "مريضا" in (_counts(paragraph, 9, "ar") or "")


def test_ar_part_with_a_noun_of_its_own_keeps_it() -> None:
    paragraph = "وسجلت الوزارة 27 إصابة جديدة بالحصبة في الشمال منها 5 وفيات."
    assert "وفيات" in (_counts(paragraph, 5, "ar") or "")
    assert "إصابة" not in (_counts(paragraph, 5, "ar") or "")
