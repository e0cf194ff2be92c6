"""Hebrew figures in news copy (round 43: more labour, health and world desk reports), each shape written again with
made-up names, places and numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of
from tests.unit.facts_helpers import nth_counts as _counts


def _figures(paragraphs: list[str]) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of(paragraphs, "he") if f.kind == "figure"]


def _values(paragraphs: list[str]) -> list[float]:
    return [v for v, _ in _figures(paragraphs) if v is not None]


# "One" after a noun phrase counts the phrase's head too: a noun and its complement ("מכונת קפה"), a noun, its
# complement and an adjective, a noun and an adjective with no adjective's ending ("תרגיל ארוך")


def test_one_after_a_noun_and_its_complement_keeps_the_noun() -> None:
    paragraph = "הספרייה בכפר הדקלים רכשה השנה מכונת קפה אחת בלבד."
    assert "מכונת" in (_counts(paragraph, 1, "he") or "")


def test_one_after_a_noun_complement_and_adjective_keeps_the_noun() -> None:
    paragraph = "המכללה בעמק הארזים פתחה השנה מסלול לימודים ערבי אחד."
    assert "מסלול" in (_counts(paragraph, 1, "he") or "")


def test_one_after_a_noun_and_a_bare_adjective_keeps_the_noun() -> None:
    paragraph = "המאמנת רוני גלבוע דילגה על תרגיל ארוך אחד באימון."
    assert "תרגיל" in (_counts(paragraph, 1, "he") or "")


def test_one_after_a_plural_verb_is_not_part_of_what_it_counts() -> None:
    assert _counts("השכנים ברחוב הצבעוני שתלו עץ אחד בחצר.", 1, "he") == "עץ"


def test_one_after_a_nifal_verb_is_not_part_of_what_it_counts() -> None:
    assert _counts("בסערה בכפר הדקלים נעקר עץ אחד.", 1, "he") == "עץ"


# "One" in an idiom is no figure: "מצד אחד" (on the one hand), "כל אחד מ-" (each of), "בבת אחת" (at once), and
# "one another" ("אחד לשני.", "אחת בשנייה", "אחד על השני"), the "two" of it with it


def test_on_the_one_hand_is_no_figure() -> None:
    paragraph = "מצד אחד המועצה מבטיחה גנים חדשים, ומצד שני היא סוגרת כיתות."
    assert 1 not in _values([paragraph])


def test_one_side_of_a_place_is_still_a_figure() -> None:
    assert 1 in _values(["הגדר החדשה נבנתה רק בצד אחד של המגרש."])


def test_each_of_is_no_figure() -> None:
    assert 1 not in _values(["בשכונת הברושים שלושה גנים, והמפקחת ביקרה בכל אחד מהם."])


def test_one_volunteer_alone_is_still_a_figure() -> None:
    assert 1 in _values(["רק מתנדב אחד בעמותת הגשר קיבל חולצה."])


def test_at_once_is_no_figure() -> None:
    assert 1 not in _values(["כל הדיירים בשכונת הברושים יצאו בבת אחת מהבניין."])


def test_one_daughter_is_still_a_figure() -> None:
    assert 1 in _values(["רק בת אחת של המשפחה נשארה בכפר הדקלים."])


def test_one_another_is_no_figure() -> None:
    values = _values(["השכנים בשכונת הברושים עזרו אחד לשני."])
    assert 1 not in values and 2 not in values


def test_one_another_with_a_preposition_and_the_article_is_no_figure() -> None:
    values = _values(["שתי המקהלות בעמק הארזים התחרו אחת בשנייה כל הערב."])
    assert 1 not in values and 2 not in values


def test_one_letter_to_two_suppliers_is_two_figures() -> None:
    values = _values(["העירייה בכפר הדקלים שלחה מכתב אחד לשני ספקים."])
    assert 1 in values and 2 in values


# A sum's rate after it ("לחודש", "לשעה", "לעובד") says nothing of what the sum counts; what it goes to may follow


def test_a_monthly_rate_is_not_what_a_sum_counts() -> None:
    paragraph = "הגמלאים בקיבוץ האלון מקבלים 740 שקלים לחודש."
    counts = _counts(paragraph, 740, "he") or ""
    assert "לחודש" not in counts and "מקבלים" in counts


def test_a_rate_then_what_the_sum_goes_to() -> None:
    paragraph = "הקרן הודיעה על השקעה של 12 מיליון שקלים לשנה בחממות במושב הגפן."
    counts = _counts(paragraph, 12e6, "he") or ""
    assert "חממות" in counts and "לשנה" not in counts


def test_a_sum_for_a_named_month_is_no_rate() -> None:
    paragraph = "הוועד דרש 900 שקלים לחודשי הקיץ בעבור כל מדריך."
    assert _counts(paragraph, 900, "he") is not None


# A verb of standing alone after a comma, with the time it holds from ("X, העומד כיום על", "X, יעמוד מיום ראשון
# על"): the noun phrase before the comma stands at the figure (the relative participle's noun right before it, the
# future's subject opening the piece), past an aside of whose word it is


def test_a_relative_participle_of_standing_after_a_comma_counts_the_noun_before() -> None:
    paragraph = "מחיר הכרטיס לתערוכת הצילום, העומד כיום על 40 שקלים, לא ישתנה."
    assert "מחיר" in (_counts(paragraph, 40, "he") or "")


def test_a_future_of_standing_after_a_comma_counts_the_subject_opening_the_piece() -> None:
    paragraph = "דמי המנוי לבריכה בקיבוץ האלון, יעמדו מיום ראשון על 90 שקלים."
    assert (_counts(paragraph, 90, "he") or "").startswith("דמי המנוי")


def test_an_aside_of_whose_word_it_is_stands_between() -> None:
    paragraph = "מחיר הכרטיס לתערוכת הצילום, כך הודיעה המועצה, יעמוד על 40 שקלים."
    counts = _counts(paragraph, 40, "he") or ""
    assert "מחיר" in counts and "הודיעה" not in counts


def test_a_figure_in_the_piece_before_the_comma_keeps_its_own_reading() -> None:
    paragraph = "בתערוכה ביקרו 300 איש, והמחיר יעמוד על 40 שקלים."
    assert _counts(paragraph, 300, "he") == "איש"


def test_a_future_of_staying_after_a_comma_counts_the_subject() -> None:
    paragraph = "תקופת ההסגר לחוזרים מהמשלחת, תישאר 10 ימים מיום הנחיתה."
    assert "תקופת" in (_counts(paragraph, 10, "he") or "")


def test_staying_with_its_own_subject_after_and_keeps_it() -> None:
    paragraph = "המדריכים קיבלו חופשה, ונשארו 3 ימים בבית."
    assert "קיבלו" not in (_counts(paragraph, 3, "he") or "")


# Digits that read as a year ("2000") with a Hebrew currency word right after them are a sum, not a date


def test_year_shaped_digits_before_a_currency_are_a_sum() -> None:
    facts = facts_of(["הגננת בקיבוץ האלון משלמת 1990 שקל על כל חוג."], "he")
    assert any(f.kind == "figure" and f.value == 1990 and f.unit == "ILS" for f in facts)
    assert not any(f.kind == "date" for f in facts)


def test_year_shaped_digits_before_a_noun_stay_a_year() -> None:
    facts = facts_of(["הגננת בקיבוץ האלון פתחה את החוג בשנת 1990 עם שלושה ילדים."], "he")
    assert not any(f.kind == "figure" and f.value == 1990 for f in facts)


# A dual of time with the article is a span bounded by "last" or "next" ("בחודשיים האחרונים") or an age after "son
# of" ("בת השנתיים"), not "the two" named before


def test_a_definite_dual_bounded_by_last_is_a_span() -> None:
    assert 2 in _values(["בחודשיים האחרונים נסגרו בעמק הארזים ארבע מאפיות."])


def test_a_definite_dual_after_son_of_is_an_age() -> None:
    figures = _figures(["הילדה בת השנתיים ממושב הגפן נפצעה קל."])
    assert any(v == 2 and "(age)" in (c or "") for v, c in figures)


def test_a_definite_dual_pointing_back_stays_out() -> None:
    assert 2 not in _values(["הוא סיפר לכתב על השנתיים ההן בעמק הארזים."])
