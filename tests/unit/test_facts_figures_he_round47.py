"""Hebrew figures in news copy (round 47: budgets, courts, casualty and state-audit reports), each shape written
again with made-up names, places and numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _figures(paragraph: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of([paragraph], "he") if f.kind == "figure"]


def _values(paragraph: str) -> list[float]:
    return [v for v, _ in _figures(paragraph) if v is not None]


# A date in digits that closes the sentence ("ב- 14.2.20."): its full stop is no decimal point, the date no figure


def test_a_date_in_digits_before_the_full_stop_is_no_figure() -> None:
    assert _values("הדוח המלא נמסר לשר הפנים ב- 3.4.19.") == []


def test_a_decimal_before_the_full_stop_stays_a_figure() -> None:
    assert _values("מחיר הלחם בכפר הדקלים עלה ב-2.5.") == [2.5]


def test_a_date_inside_the_sentence_leaves_the_count_after_it() -> None:
    assert _values("הבחירות בכפר הדקלים נערכו ב-4.5.21 וכ-60% מהתושבים הצביעו.") == [60]


# One letter glued to the digits makes a label ("דוח 65ג", "סעיף 27א"), no count; a unit's abbreviation keeps its mark


def test_a_number_with_a_glued_letter_is_a_label() -> None:
    assert _values("דוח הביקורת 65ג פורסם היום וכולל 12 פרקים.") == [12]


def test_a_unit_abbreviation_glued_to_the_digits_keeps_the_figure() -> None:
    assert _values("המרחק בין הבתים בשכונת הזית הוא 50מ' בלבד.") == [50]


def test_kilograms_glued_to_the_digits_keep_the_figure() -> None:
    assert _values('בשוק נמכרו אתמול 3ק"ג תפוחים.') == [3]


# The last year of a span of years ("בשנים 2011 עד 2016") is a date, like the first


def test_the_last_year_of_a_span_of_years_is_no_figure() -> None:
    assert _values("בשנים 2011 עד 2016 ניתנו לעמותה 40 מענקים.") == [40]


def test_a_sum_after_until_with_no_year_word_stays_a_figure() -> None:
    assert 2016 in _values("המחיר למשתכן עלה עד 2016 שקל לחודש.")


# 'הנ"ל' (the aforesaid) is a word of the clause, no name a number after it belongs to


def test_a_count_after_the_aforesaid_is_a_figure() -> None:
    figures = _figures('במועד הנ"ל 17 בקשות נוספות הוגשו לוועדה.')
    assert [v for v, _ in figures] == [17]
    assert "בקשות" in (figures[0][1] or "")


def test_a_number_after_an_index_abbreviation_stays_a_name() -> None:
    assert _values('מדד ת"א 35 עלה אתמול ב-2%.') == [2]


# The shekel written with a curly gershayim ("ש”ח", as web copy types it) is the currency, no counted noun


def test_a_shekel_sum_with_a_curly_gershayim_counts_what_it_pays() -> None:
    figures = _figures("בית המשפט קבע פיצוי בסך 30,000 ש”ח לנפגע.")
    assert [v for v, _ in figures] == [30000]
    assert "פיצוי" in (figures[0][1] or "") and "ש (" not in (figures[0][1] or "")


def test_a_shekel_sum_with_a_straight_gershayim_reads_the_same() -> None:
    figures = _figures('בית המשפט קבע פיצוי בסך 30,000 ש"ח לנפגע.')
    assert [v for v, _ in figures] == [30000]
    assert "פיצוי" in (figures[0][1] or "")


# "One of" a group opening the sentence ("אחד מהלוחמים נפצע") counts one, as it does inside the sentence


def test_one_of_a_group_opening_the_sentence_is_a_figure() -> None:
    figures = _figures("אחד מהפועלים נפצע באורח קל בתאונה במפעל.")
    assert [v for v, _ in figures] == [1]
    assert "פועלים" in (figures[0][1] or "")


def test_one_of_them_opening_the_sentence_points_back() -> None:
    assert _values("אחד מהם נפצע באורח קל בתאונה במפעל.") == []


def test_one_of_the_members_of_a_body_opening_the_sentence_is_a_figure() -> None:
    assert _values("אחת מחברות הוועדה התנגדה להצעה.") == [1]


# The top of a range after "שבין" (the relative glued to "between") is no figure of its own


def test_the_top_of_a_range_after_a_glued_between_is_no_second_figure() -> None:
    assert _values('ניתנו מענקים בסכומים שבין 5 מיליון ל-1.5 מיליארד ש"ח.') == [5_000_000]


def test_two_sums_joined_by_and_stay_two_figures() -> None:
    assert _values('ניתנו מענקים של 5 מיליון ש"ח ו-1.5 מיליארד ש"ח להלוואות.') == [5_000_000, 1_500_000_000]
