"""Hebrew bodies and roles in news copy (round 48), written again with made-up names: a body's construct head is
never followed by "and" and a noun of the clause ("פקידים ברשות ואנשי ציבור"), a committee's second field is no
hitpa'el verb of a root in י ("בוועדת X והתייחס"), and a feminine plural role in the construct state
("עורכות הדין X ו-Y") gives its role to the names after it. Each with a near miss that must not change."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, names_by_kind


def _orgs(sentence: str) -> set[str]:
    return names_by_kind([sentence], "he")["organisation"]


def _roles(sentence: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([sentence], "he") if f.kind == "person"}


def test_and_after_a_bare_construct_head_is_no_name() -> None:
    assert _orgs("בחקירה נשאלו פקידים ברשות ואנשי ציבור מהעיר.") == set()


def test_and_also_after_a_bare_construct_head_is_no_name() -> None:
    assert _orgs("המכרז נבדק בידי פקידים ברשות וכן יועצים חיצוניים.") == set()


def test_a_foreign_name_in_w_after_a_head_stays() -> None:
    assert "מכון וינגייט" in _orgs("הספורטאים התאמנו השבוע במכון וינגייט.")


def test_a_yod_hitpael_verb_is_no_second_field() -> None:
    assert "ועדת הכלכלה" in _orgs("היועצת הציגה את הדוח בוועדת הכלכלה והתייחסה לממצאים.")


def test_a_second_field_stays_with_its_body() -> None:
    assert "משרד העבודה והרווחה" in _orgs("משרד העבודה והרווחה פרסם היום נתונים.")


def test_a_feminine_construct_plural_role_goes_to_the_names() -> None:
    roles = _roles("בדיון הופיעו עורכות הדין מיכל ירדני ושירה טלמור מטעם העירייה.")
    assert roles.get("מיכל ירדני") == "עורכות הדין"
    assert roles.get("שירה טלמור") == "עורכות הדין"


def test_a_feminine_construct_plural_of_a_court_goes_to_the_names() -> None:
    roles = _roles("בדיון השתתפו שופטות בית המשפט המחוזי רות ירדני ודנה טלמור.")
    assert roles.get("רות ירדני") == "שופטות בית המשפט המחוזי"


def test_a_feminine_plural_that_is_no_role_gives_none() -> None:
    roles = _roles("עובדות המפעל מיכל ירדני ושירה טלמור שבתו אתמול.")
    assert roles.get("מיכל ירדני") is None


# 'המנכ"ל X': the head's acronym with the article before a family name alone, as "השר X"


def test_the_chief_executive_acronym_before_a_family_name_gives_a_person() -> None:
    assert _roles('המנכ"ל ירדני הודיע על פרישה מהחברה.') == {"ירדני": 'המנכ"ל'}


def test_the_chief_executive_acronym_before_a_verb_gives_nobody() -> None:
    assert _roles('המנכ"ל מסר כי החברה תגייס הון.') == {}


def test_the_chief_executive_acronym_before_an_adjective_gives_nobody() -> None:
    assert _roles('המנכ"ל החדש של החברה נכנס לתפקידו.') == {}


# "ניצולת השואה X": the feminine construct of "survivor" before a name is her role


def test_a_woman_survivor_in_the_construct_state_is_a_role() -> None:
    assert _roles("ניצולת השואה רבקה ירדני נפטרה אתמול בכפר הדקלים.") == {"רבקה ירדני": "ניצולת השואה"}


def test_a_man_survivor_keeps_his_role() -> None:
    assert _roles("ניצול השואה דן ירדני נפטר אתמול בכפר הדקלים.") == {"דן ירדני": "ניצול השואה"}
