"""Hebrew figures of market and labour copy (round 53), written with made-up names and numbers, each with near
misses: a share that lost a part "of its value" ("איבדה 8.2% מערכה") counts the share; a verb of losing or adding
ends the subject as other verbs of change do ("המדד הוסיף אתמול 1.2%"); a verb of reaching before its subject and
the level's "ל-" ("הגיע שיעור האבטלה ל-14%") counts the subject, without the verb or the dangling "ל-".
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _counts(text: str) -> list[str | None]:
    return [f.counts for f in facts_of([text], "he") if f.kind == "figure"]


# "איבדה 8.2% מערכה": of its value; what lost it is the subject


def test_a_share_that_lost_part_of_its_value_counts_the_share() -> None:
    assert _counts("מניית תעשיות ארגמן איבדה 8.2% מערכה.") == ["מניית תעשיות ארגמן"]


def test_the_currency_that_lost_part_of_its_value_counts_the_currency() -> None:
    assert _counts("השקל איבד 5% מערכו מול הדולר.") == ["השקל"]


def test_shares_that_lost_part_of_their_worth_count_the_shares() -> None:
    assert _counts("מניות הבנקים איבדו כ-15% משוויין.") == ["מניות הבנקים"]


def test_an_index_that_added_after_the_day_counts_the_index() -> None:
    assert _counts("מדד המניות הכללי הוסיף אתמול 1.2%.") == ["מדד המניות הכללי"]


def test_lost_workers_keep_their_own_noun() -> None:  # near miss: a count with its own noun
    counts = _counts("החברה איבדה 300 עובדים.")
    assert counts[0] is not None and counts[0].startswith("עובדים")


# "הגיע שיעור האבטלה ל-14%": the verb first, the level after "ל-"


def test_a_verb_of_reaching_first_counts_its_subject() -> None:
    assert _counts("בעיירה הגיע שיעור האבטלה ל-14%.") == ["שיעור האבטלה"]


def test_a_verb_of_reaching_opening_the_sentence_is_no_word_of_the_subject() -> None:
    assert _counts("הגיעה האינפלציה ל-12%.") == ["האינפלציה"]


def test_a_rate_first_word_opening_with_shin_is_the_subject() -> None:
    assert _counts("עלה שער הדולר ב-0.3%.") == ["שער הדולר"]


def test_a_subject_before_its_verb_of_reaching_stays() -> None:  # near miss
    assert _counts("האבטלה הגיעה ל-7%.") == ["האבטלה"]


def test_a_count_after_reaching_a_place_keeps_its_noun() -> None:  # near miss
    assert _counts("הוא הגיע לעיר עם 30 חברים.") == ["חברים"]
