"""Hebrew figures followed by where they were (round 52, second pass), written with made-up names and numbers:
a place with a glued preposition right after a figure ("40 מיליון דולר בניו יורק", "3,000 איש בחיפה") says
where, not what the figure counts; a noun with a glued preposition is still read as before."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _counts(paragraphs: list[str]) -> list[str | None]:
    return [f.counts for f in facts_of(paragraphs, "he") if f.kind == "figure"]


def test_a_sum_then_a_two_word_city_counts_no_city() -> None:
    counts = _counts(["חברת גלבוע-שקד גייסה 40 מיליון דולר בניו יורק."])
    assert counts[0] is None or "יורק" not in counts[0]


def test_a_sum_then_a_country_counts_no_country() -> None:
    counts = _counts(["החברה השקיעה 12 מיליון שקל בברזיל."])
    assert counts[0] is None or "ברזיל" not in counts[0]


def test_a_crowd_then_a_town_counts_the_crowd_alone() -> None:
    counts = _counts(["בהפגנה השתתפו 3,000 איש בחיפה."])
    assert counts == ["איש"]


def test_near_miss_a_crowd_then_a_noun_with_a_preposition_is_unchanged() -> None:
    counts = _counts(["בהפגנה השתתפו 3,000 איש בכיכר."])
    assert counts[0] is not None and "איש" in counts[0]


def test_near_miss_a_sum_then_its_noun() -> None:
    counts = _counts(["הממשלה תעביר 5 מיליון שקל למענקים לעולים."])
    assert counts[0] is not None and "מענקים" in counts[0]


def test_a_second_item_after_a_sum_counts_its_own_noun() -> None:
    counts = _counts(["המחזור הסתכם ב-62 מיליון דולר והרווח הנקי ב-5.4 מיליון."])
    assert counts[1] == "הרווח הנקי"


def test_near_miss_a_subject_of_two_keeps_both() -> None:
    counts = _counts(["מניות החברה והבנקים עלו אתמול ב-3%."])
    assert counts[0] is not None and "החברה" in counts[0]
