"""Hebrew people, round 55b (k-heda55b): shapes read wrong on real Hebrew copy (written again with made-up
sentences), each with near misses that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _roles(paragraph: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([paragraph], "he") if f.kind == "person"}


# --- people_he_later: an office and a one-word name that opens with ב or ל and is a given name too --------------


def test_office_then_given_and_family_name_opening_with_bet_is_a_person() -> None:
    assert _roles("השר נועד אמש עם ראש הממשלה בועז; הוא לא צפוי לנאום בכנס.") == {"בועז": "ראש הממשלה"}


def test_office_then_such_a_name_before_a_comma_is_a_person() -> None:
    assert _roles("לדברי שר האוצר לביא, התקציב יאושר בשבוע הבא.") == {"לביא": "שר האוצר"}


def test_office_then_a_glued_noun_stays_no_person() -> None:
    assert _roles("הפרקליטות תעמיד את השר לדין.") == {}
    assert _roles("הוא נפגש עם ראש הממשלה בכנסת; הפגישה נמשכה שעה.") == {}


# --- people_he_news: an office after "ועם" ("and with"), a comma, then a rank of two words and the name -----------


def test_office_after_and_with_then_two_word_rank_is_the_role() -> None:
    paragraph = 'המנכ"ל שוחח עם השר, ועם מפקד המחוז, רב טפסר יגאל רוזנטל.'
    assert _roles(paragraph)["יגאל רוזנטל"] == "מפקד המחוז; רב טפסר"


def test_rank_after_and_with_with_no_office_keeps_the_rank() -> None:
    assert _roles("המנכ\"ל שוחח עם השכנים ועם רב טפסר יגאל רוזנטל.")["יגאל רוזנטל"] == "רב טפסר"
