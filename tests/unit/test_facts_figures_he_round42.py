"""Hebrew figures in news copy (round 42: agency and labour-desk reports), each shape written again with made-up
names, places and numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of
from tests.unit.facts_helpers import nth_counts as _counts


def _figures(paragraphs: list[str]) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of(paragraphs, "he") if f.kind == "figure"]


def _values(paragraphs: list[str]) -> list[float]:
    return [v for v, _ in _figures(paragraphs) if v is not None]


def _ranges(paragraph: str) -> list[tuple[float | None, float | None]]:
    return [(f.value, f.value_max) for f in facts_of([paragraph], "he") if f.kind == "figure"]


# "לשים" (to put) is a verb with ל, never "sixty"; "ששים", sixty written short, still is


def test_to_put_is_no_sixty() -> None:
    assert 60 not in _values(["ראש המועצה קרא לשים קץ לעיכובים בבניית הגשר."])


def test_sixty_written_short_is_still_sixty() -> None:
    assert 60 in _values(["בטקס השתתפו ששים מתנדבים מהקיבוץ."])


# "לפני" with a span is "ago", a time rather than how much: with the singular a count past ten takes, with a
# qualifier, and with a dual that holds its unit


def test_ago_with_the_singular_after_a_count_past_ten_is_no_figure() -> None:
    assert 25 not in _values(["המפעל נסגר לפני 25 שנה בעקבות משבר חריף."])


def test_ago_with_more_than_is_no_figure() -> None:
    assert 30 not in _values(["הספרייה נפתחה לפני יותר מ-30 שנה בשכונה."])


def test_ago_as_a_dual_is_no_figure() -> None:
    paragraphs = ["המכרז פורסם לפני כחודשיים באתר העירייה.", "התוכנית אושרה לפני שבועיים בוועדה."]
    assert 2 not in _values(paragraphs)


def test_a_dual_that_is_how_long_stays_a_figure() -> None:
    assert 2 in _values(["השביתה בנמל נמשכה חודשיים ופגעה ביצואנים."])


def test_a_span_before_an_event_stays_a_figure() -> None:
    assert 25 in _values(["העובדים נדרשו להגיש את הטפסים 25 יום לפני תחילת העבודה."])


# A word of amount before a sum ("בגובה", "בסך", "לסכום של", "על סך", "בהיקף כולל של") is no noun the sum counts:
# the noun phrase before it is, or the subject of a verb of standing between


def test_a_sum_after_in_the_height_of_counts_the_grant_before_it() -> None:
    counts = _counts("המתנדבים יקבלו מלגה חד פעמית בגובה 3,400 שקלים בסוף הקורס.", 3400, "he") or ""
    assert "מלגה" in counts and "בגובה" not in counts


def test_an_apposed_sum_in_the_amount_of_counts_the_noun_before_the_comma() -> None:
    counts = _counts("הוועדה אישרה את הפעימה הרביעית של הפיצוי לחקלאים , בסך 615 שקלים.", 615, "he") or ""
    assert "פיצוי" in counts or "הפעימה" in counts


def test_a_sum_after_to_the_amount_of_counts_what_grows() -> None:
    counts = _counts("הוחלט על הגדלת הקצבה לסטודנטים לסכום של 7,250 שקל.", 7250, "he") or ""
    assert "קצבה" in counts and "לסכום" not in counts


def test_a_sum_after_standing_at_an_amount_counts_the_subject() -> None:
    counts = _counts("מענק ההתמדה עומד כיום על סכום של 2,180 שקלים.", 2180, "he") or ""
    assert "מענק" in counts


def test_a_sum_with_a_noun_of_its_own_keeps_it() -> None:
    counts = _counts("העירייה הקצתה 30 מיליון שקלים לשיפוץ בתי הספר.", 30e6, "he") or ""
    assert "שיפוץ" in counts or "הקצתה" in counts


def test_a_height_in_metres_is_no_sum() -> None:
    counts = _counts("הפועל נפל מפיגום בגובה 12 מטרים באתר.", 12, "he") or ""
    assert "מפיגום" in counts and "הפועל" not in counts


# The subject of a level told with an adverb of now between verb and figure ("יעמוד מעתה על", "עומד כיום על",
# "עמד באותה השנה על"), with the future of growing or starting from ("יגדל מ-", "יחל מ-") and with a predicate
# adjective of comparison ("נמוך ב-7%"); a wage's possessive keeps its own ש ("שכרם")


def test_the_subject_of_a_level_with_an_adverb_of_now_between() -> None:
    counts = _counts("התעריף החדש של חניוני העירייה יעמוד מעתה על 14 שקל לשעה.", 14, "he") or ""
    assert "התעריף" in counts and "לשעה" not in counts


def test_the_subject_of_a_level_in_the_same_year() -> None:
    counts = _counts("יבוא הפלדה של המדינה עמד באותה השנה על 6.5 מיליון דולר בלבד.", 6.5e6, "he") or ""
    assert "יבוא" in counts


def test_the_subject_of_a_wage_starting_from_keeps_its_own_shin() -> None:
    counts = _counts("שכרם של המדריכים החדשים יחל מ-41 שקל לשעה.", 41, "he") or ""
    assert counts.startswith("שכרם")


def test_the_subject_of_a_predicate_adjective_of_comparison() -> None:
    counts = _counts("מלאי הדירות החדשות נמוך ב-9% מזה שנרשם בקיץ.", 9, "he") or ""
    assert "מלאי" in counts and "מזה" not in counts


def test_a_noun_of_its_own_after_the_figure_is_kept() -> None:
    counts = _counts("בעירייה הודיעו כי יגייסו עדיין 40 פקחים נוספים.", 40, "he") or ""
    assert "פקחים" in counts


# Hebrew writes a range's low end first in reading order, so the logical text has the high end first: "42-35
# שקלים", "בני 44-30" is one range (with a unit after it or the ages' noun before it)


def test_a_range_written_high_end_first_with_a_currency_is_one_range() -> None:
    assert _ranges("לחנות דרושים קופאים בשכר של 47-39 שקלים לשעה.") == [(39, 47)]


def test_ages_written_high_end_first_are_one_range() -> None:
    assert (40, 59) in _ranges("בקרב בני 59-40 נרשמה ירידה בתמיכה.")


def test_a_match_score_is_no_range() -> None:
    assert (1, 3) not in _ranges("הקבוצה מחיפה ניצחה 3-1 במשחק החוץ.")


# A weekday by its letter in brackets ("אתמול (ג')") is no clause's edge between a subject and its level, and
# "מתוך" after a figure is the whole it is out of, no noun it counts


def test_a_weekday_letter_in_brackets_keeps_the_subject() -> None:
    counts = _counts("מספר הפונים למוקד עמד אתמול (ד') על 515 בשעות הערב.", 515, "he") or ""
    assert "הפונים" in counts


def test_out_of_a_whole_is_not_what_a_share_counts() -> None:
    counts = _counts("שיעור הטפסים הפסולים עמד על 3.6% מתוך 22 אלף טפסים.", 3.6, "he") or ""
    assert "הפסולים" in counts and "מתוך" not in counts


def test_a_bracket_with_a_word_of_its_own_stays_an_edge() -> None:
    counts = _counts("בעיר הוקמו מרכזים חדשים (בעיקר בדרום) שבהם 36 מיטות.", 36, "he") or ""
    assert "מיטות" in counts


# Tokenised copy sets a prefix's hyphen apart ("יעלה מ- 900 שקלים ל- 1,200", "בכ -4.5%"): the prefix still leads
# its number (no minus, no "ל- 1,200" read as a noun); a minus after a word stays one


def test_a_spaced_prefix_hyphen_still_leads_its_number() -> None:
    paragraph = "דמי המנוי השנתי יעלו מ- 900 שקלים ל- 1,200 שקלים."
    for value in (900, 1200):
        counts = _counts(paragraph, value, "he") or ""
        assert "המנוי" in counts


def test_a_prefix_with_its_hyphen_spaced_off_the_other_way_is_no_minus() -> None:
    assert 4.5 in _values(["היצוא לאירופה ירד בכ -4.5% ברבעון האחרון."])


def test_a_minus_after_a_word_stays_a_minus() -> None:
    assert -6 in _values(["הטמפרטורה בפסגה ירדה הלילה עד -6 מעלות."])


def test_ages_with_the_article_before_a_range_are_ages() -> None:
    assert "age" in (_counts("הסקר מצא שינוי בקרב בני ה-58-41 בלבד.", 41, "he") or "")


def test_a_noun_after_the_article_and_a_number_is_no_age() -> None:
    assert "age" not in (_counts("בני הזוג קנו 14 כיסאות לחצר.", 14, "he") or "")


# A construct number before a definite noun bounded by "first", "last" or, for a span, by a clause counts anew
# ("בשלושת החודשים האחרונים", "שתי הפגישות הראשונות", "בשבעת הימים שלפני הטיסה"); without that bound it points back
# ("שלושת החשודים"), and months of a named year are a date


def test_a_construct_span_bounded_by_last_is_a_figure() -> None:
    assert 3 in _values(["בשלושת החודשים האחרונים נפתחו בעיר שני סניפים."])


def test_a_construct_count_bounded_by_first_is_a_figure() -> None:
    assert "פגישות" in (_counts("שתי הפגישות הראשונות של הצוות נערכו בזום.", 2, "he") or "")


def test_a_construct_span_bounded_by_a_clause_is_a_figure() -> None:
    assert 7 in _values(["כל הנוסעים בשבעת הימים שלפני הטיסה יתבקשו למלא טופס."])


def test_a_construct_number_pointing_back_is_no_figure() -> None:
    assert 3 not in _values(["שלושת העצורים הובאו הבוקר לבית המשפט."])


def test_the_first_months_of_a_named_year_are_a_date() -> None:
    assert 9 not in _values(["בתשעת החודשים הראשונים של 2018 נמכרו פחות רכבים."])
