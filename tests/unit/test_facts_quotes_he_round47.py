"""Hebrew speakers in news copy (round 47), each shape written again with made-up names, with a near miss the rule
must not take: a role, then the name with its title in commas ('אמר מגיש ההצעה, ח"כ X Y, כי'), and a speech headline
addressed to someone ("X לשר Y: ...").
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in facts_of(paragraphs, "he") if f.kind == "quote"]


def test_a_titled_name_in_commas_after_a_role_speaks() -> None:
    paragraph = 'במהלך הדיון אמר מגיש ההצעה, ח"כ משה לביא, כי "האופוזיציה מגישה הצעות סרק".'
    assert _quotes([paragraph]) == [("האופוזיציה מגישה הצעות סרק", "משה לביא")]


def test_a_bare_name_in_commas_after_a_role_still_speaks() -> None:
    paragraph = 'אמר מנהל המפעל, יוסי ברקן, כי "לא נסגור את המפעל".'
    assert _quotes([paragraph]) == [("לא נסגור את המפעל", "יוסי ברקן")]


def test_a_titled_name_after_a_known_office_still_speaks() -> None:
    paragraph = 'בישיבה אמר יו"ר הסיעה, ח"כ משה לביא, כי "האופוזיציה מגישה הצעות סרק".'
    assert _quotes([paragraph]) == [("האופוזיציה מגישה הצעות סרק", "משה לביא")]


def test_a_speech_headline_addressed_to_someone_is_the_speakers() -> None:
    headline = "גולן לשרה לוי: מברך על ההחלטה להעלות את השכר"
    body = 'יו"ר הוועד אבי גולן בירך היום את השרה דנה לוי. גולן אמר כי "ההחלטה חשובה לעובדים".'
    quotes = _quotes([headline, body])
    assert ("מברך על ההחלטה להעלות את השכר", "אבי גולן") in quotes


def test_a_report_title_addressed_to_someone_is_no_quote() -> None:
    headline = "ועדת הכספים לשר: נאשר את התקציב מחר"
    body = 'יו"ר הוועד אבי גולן אמר כי "ההחלטה חשובה לעובדים".'
    assert _quotes([headline, body]) == [("ההחלטה חשובה לעובדים", "אבי גולן")]
