"""Hebrew figures of market and budget copy (round 52), written with made-up names and numbers, each with a near
miss: the news day's adverb between a verb of change and its step ("ירד אתמול ב-3.2%") is no subject, and a
transitive change whose step comes before its object ("העלה ב-0.5% את הריבית") counts the object "את" marks.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _counts(paragraphs: list[str]) -> list[str | None]:
    return [f.counts for f in facts_of(paragraphs, "he") if f.kind == "figure"]


# "מדד X ירד אתמול ב-3.2%": the subject stands before the verb; the adverb after it is when


def test_yesterday_after_a_verb_of_change_is_no_subject() -> None:
    counts = _counts(["מדד תל-גלים ירד אתמול ב-3.2% ונסגר ב-241.7 נקודות."])
    assert counts[0] is not None and "מדד" in counts[0] and "אתמול" not in counts[0]


def test_today_after_a_verb_of_change_is_no_subject() -> None:
    counts = _counts(["מניית גלבוע תעשיות עלתה היום ב-4%."])
    assert counts[0] is not None and "מניית" in counts[0] and "היום" not in counts[0]


def test_last_night_before_the_step_is_no_part_of_the_subject() -> None:
    counts = _counts(["מדד המניות הכללי עלה אמש ב-1.2%."])
    assert counts[0] is not None and "מדד" in counts[0] and "אמש" not in counts[0]


def test_a_subject_after_verb_and_adverb_is_the_subject() -> None:
    counts = _counts(["ירדה אתמול מניית כרמלית ב-2%."])
    assert counts[0] is not None and "מניית כרמלית" in counts[0] and "אתמול" not in counts[0]


def test_a_verb_first_subject_with_no_adverb_stays() -> None:
    assert _counts(["גדל הפדיון בענפי המסחר והשירותים ב-5.5%."]) == ["הפדיון בענפי המסחר והשירותים"]


# "העלה ב-0.5% את הריבית": the step before the object; the object is what changed


def test_the_object_after_the_step_is_what_changed() -> None:
    assert _counts(["בנק הגליל העלה אתמול ב-0.5% את הריבית."]) == ["הריבית"]


def test_the_object_after_a_step_in_percent_words_is_what_changed() -> None:
    counts = _counts(['צה"ל יצמצם בכ-30 אחוז את מספר חיילי המילואים ברצועה.'])
    assert counts[0] is not None and counts[0].startswith("מספר חיילי המילואים")


def test_the_object_after_a_sum_is_what_changed() -> None:
    assert _counts(["הממשלה תקצץ בכ-2 מיליארד שקל את תקציב הביטחון."]) == ["תקציב הביטחון"]


def test_an_object_with_a_possessive_ending_is_what_changed() -> None:
    assert _counts(["חברת נחלים הגדילה ב-12% את מכירותיה."]) == ["מכירותיה"]


def test_a_noun_of_the_figure_before_the_object_stays() -> None:
    assert _counts(["הכנסת אישרה ב-61 קולות את החוק."]) == ["קולות"]


def test_points_of_a_match_before_the_object_stay() -> None:
    assert _counts(["הוא ניצח ב-3 נקודות את יריבו."]) != ["יריבו"]


def test_the_object_before_the_step_stays_read_as_before() -> None:
    counts = _counts(["בנק הגליל העלה את הריבית ב-0.5%."])
    assert counts[0] is not None and "הריבית" in counts[0]
