"""Hebrew figures told verb first (round 53), written with made-up names and numbers: a share that lost part "of
its value" with the verb before its subject ("איבדו המניות כ-11% מערכן") counts the shares, not "מערכן"; a sum
reached with the verb first ("הגיע שכר המינימום ל-2,100 שקל") counts the subject without the verb, and a price's
step keeps no dangling "ב-"; a level left unchanged ("הריבית תישאר ללא שינוי, 14.5%") counts
what stayed. Near misses: the subject first, a count with its own noun, a sum with no verb of change.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _counts(text: str) -> list[str | None]:
    return [f.counts for f in facts_of([text], "he") if f.kind == "figure"]


def test_shares_that_lost_value_verb_first_count_the_shares() -> None:
    assert _counts("בבורסה בתל אביב איבדו המניות כ-11% מערכן מתחילת החודש.") == ["המניות"]


def test_a_currency_that_lost_value_verb_first_counts_the_currency() -> None:
    assert _counts("איבד השקל 5% מערכו מול הדולר.") == ["השקל"]


def test_a_named_share_after_an_adjunct_verb_first() -> None:
    assert _counts("מאז פרסום הדוח איבדה מניית תעשיות ארגמן 8.2% מערכה.") == ["מניית תעשיות ארגמן"]


def test_the_subject_first_stays() -> None:  # near miss
    assert _counts("המניות איבדו כ-11% מערכן.") == ["המניות"]


def test_lost_workers_keep_their_noun() -> None:  # near miss
    counts = _counts("החברה איבדה 300 עובדים.")
    assert counts[0] is not None and counts[0].startswith("עובדים")


def test_a_wage_reached_verb_first_counts_the_wage() -> None:
    assert _counts("הגיע שכר המינימום ל-2,100 שקל בחודש.") == ["שכר המינימום"]


def test_a_price_reached_verb_first_counts_the_price() -> None:
    assert _counts("הגיע מחיר הדירה הממוצעת ל-450 אלף שקל.") == ["מחיר הדירה הממוצעת"]


def test_a_price_that_rose_verb_first_keeps_no_dangling_step() -> None:
    assert _counts("עלה מחיר הלחם ב-50 אגורות.") == ["מחיר הלחם"]


def test_a_wage_subject_first_stays() -> None:  # near miss
    assert _counts("שכר המינימום הגיע ל-2,100 שקל בחודש.") == ["שכר המינימום"]


def test_a_sum_without_a_verb_of_change_stays() -> None:  # near miss
    counts = _counts("החברה הרוויחה 20 מיליון שקל.")
    assert counts[0] is not None and counts[0].startswith("החברה")


# "הריבית ... תישאר ללא שינוי, 14.5%": a level left unchanged, then the figure


def test_a_rate_left_unchanged_then_its_level_counts_the_rate() -> None:
    assert _counts("בנק ישראל הודיע אתמול כי הריבית לחודש הבא תישאר ללא שינוי, 14.5%.") == ["הריבית"]


def test_a_rate_left_unchanged_at_a_level_counts_the_rate() -> None:
    assert _counts("הריבית נותרה ללא שינוי ברמה של 14.5%.") == ["הריבית"]


def test_an_index_left_unchanged_verb_first_counts_the_index() -> None:
    assert _counts("נותר המדד ללא שינוי ברמה של 3.1%.") == ["המדד"]


def test_a_rate_that_fell_stays() -> None:  # near miss
    assert _counts("הריבית ירדה ל-13.5%.") == ["הריבית"]
