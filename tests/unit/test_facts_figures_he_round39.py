"""What Hebrew figures count (round 39: crash reports, polls, price-index notes, interest-rate and sport copy), each
shape written again with made-up names, parties and numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of
from tests.unit.facts_helpers import nth_counts as _counts


def _figures(paragraphs: list[str]) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of(paragraphs, "he") if f.kind == "figure"]


def _values(paragraphs: list[str]) -> list[float]:
    return [v for v, _ in _figures(paragraphs) if v is not None]


# An age told twice ("גבר כבן 50" in the lede and in the medic's words) is no name's number


def test_age_told_in_two_sentences_stays_a_figure_in_both() -> None:
    paragraphs = ["גבר כבן 47 נפצע קשה בתאונה בכביש הגישה לכפר.", 'החובש סיפר: "ראינו גבר כבן 47 מחוסר הכרה".']
    ages = [(v, c) for v, c in _figures(paragraphs) if v == 47]
    assert len(ages) == 2 and all("age" in (c or "") for _, c in ages)


def test_name_with_a_number_told_twice_is_still_no_figure() -> None:
    paragraphs = ["Zentrix 7 ships with a new screen.", "Zentrix 7 was delayed by a month."]
    assert 7 not in [f.value for f in facts_of(paragraphs, "en") if f.kind == "figure"]


# "בלבד" (only) after a figure is an adverb, never what it counts


def test_only_after_a_figure_is_not_what_it_counts() -> None:
    counts = _counts("בשאלת ההתאמה לתפקיד מוביל היושב ראש עם 31% בלבד.", 31, "he") or ""
    assert "בלבד" not in counts


def test_noun_before_only_is_kept_without_it() -> None:
    assert _counts("מפלגת הפרחים מקבלת 6 מושבים בלבד.", 6, "he") == "מושבים"


# "and" glued to the next holder after a bare count opens the next item, not the count's noun


def test_and_the_next_party_is_not_what_a_bare_count_counts() -> None:
    counts = _counts("העבודה המחוזקת תקבל 23 ו'יש תקווה' מתחזקת לשמונה מנדטים.", 23, "he") or ""
    assert "תקווה" not in counts


def test_noun_starting_with_vav_is_still_counted() -> None:
    assert "ועדות" in (_counts("העירייה הקימה 5 ועדות חדשות.", 5, "he") or "")


# A poll or table names its counted noun once: the bare counts of the list share it


def test_bare_poll_items_share_the_seats_another_item_names() -> None:
    paragraph = 'לפי הסקר, מפלגת הגפן מקבלת 24 מנדטים, מפלגת הזית ב-13, התנועה הירוקה 9 וחד"ש 5 כל אחת.'
    for value in (13, 9, 5):
        assert "מנדטים" in (_counts(paragraph, value, "he") or ""), value


def test_earlier_poll_counts_in_brackets_share_the_seats() -> None:
    paragraph = "הגפן מקבלת 26 מנדטים (27), הזית יורדת ל-19 (21) והתמר מתחזקת ומקבלת 12 (10) מנדטים."
    for value in (21, 12, 10):
        assert "מנדטים" in (_counts(paragraph, value, "he") or ""), value


def test_counts_with_their_own_verb_are_no_poll_items() -> None:
    paragraph = "שמונה בני אדם נהרגו, שלושה אחרים נפצעו קשה, 17 נפצעו בינוני ב-22 תאונות דרכים."
    assert "תאונות" not in (_counts(paragraph, 17, "he") or "")


def test_ages_in_a_list_of_the_injured_are_no_poll_items() -> None:
    paragraph = "בתאונה נפצעו שלושה פצועים: גבר כבן 45, אישה כבת 38 ונער כבן 16."
    for value in (45, 38, 16):
        counts = _counts(paragraph, value, "he") or ""
        assert "age" in counts and "פצועים" not in counts, value


# A party's acronym then its count in poll copy is a count, not a name's number


def test_party_acronym_and_its_seats_is_a_figure() -> None:
    assert 10 in _values(['הגפן מקבלת 28 מנדטים וש"ס 10 (11) מנדטים.'])
    assert 4 in _values(['רע"מ ובל"ד 4 כל אחת.'])


def test_index_named_by_an_acronym_and_a_number_is_still_no_figure() -> None:
    assert 35 not in _values(['מדד ת"א 35 עלה היום ב-1.2%.'])


# Price-index items with their change in brackets after "by": "הסיגריות (ב-14.2%)"


def test_bracketed_change_after_by_counts_the_item_before_it() -> None:
    paragraph = "עליות נרשמו במיוחד בסעיפים הבאים: הקפה (ב-8.1%), הלחם והמאפים (ב-3.4%) והדלק (ב-1.2%)."
    assert "הקפה" in (_counts(paragraph, 8.1, "he") or "")
    assert "הלחם" in (_counts(paragraph, 3.4, "he") or "")
    assert "הדלק" in (_counts(paragraph, 1.2, "he") or "")


def test_change_by_a_bracketed_figure_after_a_verb_is_left_to_the_clause() -> None:
    assert "בחודש" not in (_counts("המדד עלה ב-(4%) בחודש.", 4, "he") or "")


# A quarter of a game ("ברבע השני", "רבע שלישי") is no fraction; a quarter of the voters is


def test_quarter_of_a_game_is_no_fraction() -> None:
    assert 0.25 not in _values(["ברבע השני פתחה האורחת פער של שבע נקודות.", "רבע שלישי חלש הכריע את המשחק."])


def test_quarter_of_a_group_is_still_a_fraction() -> None:
    assert 0.25 in _values(["רבע מהנשאלים תמכו בהצעה."])


# "מתחילת השנה" after a figure says since when, never what it counts


def test_since_the_start_of_the_year_is_no_count() -> None:
    counts = _counts("התשואה של הקרן הגיעה ל-6% מתחילת השנה.", 6, "he") or ""
    assert "מתחילת" not in counts and "התשואה" in counts


def test_noun_after_a_figure_before_such_a_time_is_kept() -> None:
    assert "בני אדם" in (_counts("נהרגו 71 בני אדם מתחילת השנה.", 71, "he") or "")


# A forecast's modal and infinitive ("צפויות לצמוח", "עלול לעלות") is the clause's verb: its subject is counted


def test_subject_before_an_expected_change_is_counted() -> None:
    paragraph = "הכנסות המפעל בחצי השנה צפויות לצמוח בכ-25% לכ-3.1 מיליון דולר."
    assert "הכנסות" in (_counts(paragraph, 25, "he") or "")
    assert "הכנסות" in (_counts(paragraph, 3.1e6, "he") or "")


def test_subject_before_a_possible_rise_is_counted() -> None:
    assert "מחירי הדירות" in (_counts("מחירי הדירות בעיר עשויים לעלות ב-7% השנה.", 7, "he") or "")


def test_expected_to_raise_a_sum_keeps_its_own_reading() -> None:
    assert "הכנסות" not in (_counts("הכנסות החברה גדלו, והיא צפויה לגייס 30 מיליון דולר.", 30e6, "he") or "")


# A rate a transitive verb or a noun of change moves ("להפחית את הריבית ב-0.25% לרמה של 4%"): the step and the level
# are the rate's


def test_step_and_level_of_a_rate_cut_count_the_rate() -> None:
    paragraph = "הוועדה החליטה להפחית את הריבית ב-0.5% לרמה של 3.75%."
    assert "הריבית" in (_counts(paragraph, 0.5, "he") or "")
    assert "הריבית" in (_counts(paragraph, 3.75, "he") or "")


def test_level_after_a_noun_of_change_counts_its_complement() -> None:
    paragraph = "הבנק הודיע על העלאת הריבית במשק ב-0.25%, לרמה של 1.75%."
    assert "הריבית" in (_counts(paragraph, 1.75, "he") or "")


def test_level_after_an_intransitive_change_keeps_its_subject() -> None:
    paragraph = "מחיר הדירה הממוצע זינק בשיעור של 40%, מרמה של 900 אלף שקל לרמה של 1.26 מיליון שקל."
    assert "מחיר הדירה" in (_counts(paragraph, 1.26e6, "he") or "")


# "N דונם של X": the unit, "of", then what it measures


def test_dunams_of_forest_count_the_forest() -> None:
    assert "חורש" in (_counts("בשריפה עלו באש 1,800 דונם של חורש טבעי ושטחי בור.", 1800, "he") or "")


def test_dunams_alone_keep_the_clause() -> None:
    assert "של" not in (_counts("האש כילתה 300 דונם.", 300, "he") or "")


# 'ע"י' (by) and 'סה"כ' (in all) before a count are words of the clause, not a name with its number


def test_count_after_abbreviated_by_or_in_all_is_a_figure() -> None:
    assert "רקטות" in (_counts('השקט הופר ע"י 12 רקטות ששוגרו מהרצועה.', 12, "he") or "")
    assert "כבאים" in (_counts('במאבק באש השתתפו סה"כ 140 כבאים.', 140, "he") or "")


def test_number_after_an_abbreviated_index_name_is_still_no_figure() -> None:
    assert 125 not in _values(['מדד ת"א 125 ירד היום.'])


# The verb first, its subject, then "at a rate of": "צמח היצוא בשיעור שנתי ממוצע של 3.9%"


def test_verb_first_rate_counts_the_subject_after_the_verb() -> None:
    counts = _counts("בחישוב רב שנתי, צמח היבוא בשיעור שנתי ממוצע של כ-2.7%.", 2.7, "he") or ""
    assert "היבוא" in counts and "בשיעור" not in counts


def test_verb_first_step_with_its_own_noun_is_kept() -> None:
    assert "הפדיון" in (_counts("גדל הפדיון בענפי המסחר ב-4.4%.", 4.4, "he") or "")


# "מ-N בשנת X ל-M ב-Y": the two ends of a change, each set in its year


def test_change_ends_each_in_its_year_share_what_they_count() -> None:
    paragraph = "ענף התרופות הגדיל את חלקו בייצוא מ-11.4% בשנת 2009 ל-13.9% ב-2010."
    assert "חלקו" in (_counts(paragraph, 13.9, "he") or "")


def test_a_count_in_another_year_is_no_end_of_a_change() -> None:
    paragraph = "בשנת 2019 נרשמו 12 מקרים וב-2020 ל-15 מקרים נוספים."
    assert "נוספים" in (_counts(paragraph, 15, "he") or "")


# A relative clause of shrinking after its noun, and "which are" restating the figure before


def test_relative_clause_of_shrinking_counts_its_noun() -> None:
    paragraph = "הירידה נבעה בעיקר מיצוא שירותי הובלה, שהצטמצמו בכ-41% שהם כ-3 מיליארד דולר."
    assert "שירותי הובלה" in (_counts(paragraph, 41, "he") or "")
    assert "שהם" not in (_counts(paragraph, 3e9, "he") or "")


def test_which_are_a_share_of_a_whole_keeps_the_whole() -> None:
    assert "מהדירות" in (_counts("נמכרו 500 דירות, שהן 20% מהדירות בפרויקט.", 20, "he") or "")


# The present tense of market copy is a verb of change too ("האירו מתחזק ב-", "צונחות ב-"), and "ואלו" (and those)
# opens the next item


def test_present_tense_change_and_its_level_count_the_subject() -> None:
    paragraph = "הליש״ט מתחזקת ב-0.85% לרמה של 5.412 שקל."
    assert "הליש״ט" in (_counts(paragraph, 0.85, "he") or "")
    assert "הליש״ט" in (_counts(paragraph, 5.412, "he") or "")


def test_and_those_after_a_figure_is_not_what_it_counts() -> None:
    paragraph = "מניות חברת הספנות צונחות ב-2.4% ואלו של חברת התעופה מאבדות 1.1%."
    assert "מניות חברת הספנות" in (_counts(paragraph, 2.4, "he") or "")


def test_rate_named_after_the_figure_is_still_read() -> None:
    assert "מנדטים" in (_counts("המפלגה מקבלת 14 מנדטים ואלו ילכו לשותפתה.", 14, "he") or "")


def test_second_holder_after_a_counted_one_shares_its_seats() -> None:
    paragraph = "הזית נחלשת ל-21 מנדטים והגפן מתחזקת ל-16."
    counts = _counts(paragraph, 16, "he") or ""
    assert "מנדטים" in counts and "21" not in counts


def test_new_subject_after_the_figure_before_is_cut_from_it() -> None:
    counts = _counts("השקל נחלש ב-2% והדולר התחזק ל-3.8 שקלים.", 3.8, "he") or ""
    assert "הדולר" in counts and "השקל" not in counts


# "יורו" is the euro as "אירו" is; "נטו" (net) after a sum and "על פי" (according to) before a number are no counts


def test_euro_spelled_yuro_is_the_currency_not_the_count() -> None:
    counts = _counts("סעיף השחרור של השוער נקבע על 3 מיליון יורו.", 3e6, "he") or ""
    assert "סעיף" in counts and "יורו" not in counts


def test_net_after_a_sum_is_not_what_it_counts() -> None:
    assert "נטו" not in (_counts("החלוץ ירוויח 300 אלף דולר נטו לעונה.", 300e3, "he") or "")


def test_according_to_is_no_multiple() -> None:
    units = [f.unit for f in facts_of(["השחקן יקבל מענק על פי 45 נקודות."], "he") if f.value == 45]
    assert units == [None]


def test_times_after_a_verb_is_still_a_multiple() -> None:
    units = [f.unit for f in facts_of(["מחיר הדירה גדל פי 3 בעשור."], "he") if f.value == 3]
    assert units == ["times"]
