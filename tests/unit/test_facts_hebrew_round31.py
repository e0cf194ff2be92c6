"""Hebrew people, roles and quote speakers of round 31, read from made-up sentences of news copy: curly marks
that web publishing writes for the gershayim and the geresh ('ח”כ', "X’"), personal pronouns of quoted speech
before a verb, and a quote closed by a verb no speech list holds and the speaker's family name."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "he") if f.kind == "person"}


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [f.speaker for f in facts_of(paragraphs, "he") if f.kind == "quote"]


def test_curly_gershayim_of_an_acronym_title_give_the_role() -> None:
    people = _people(["ח”כ נועם ברקוביץ מהמפלגה תקף אחר הצהריים את הממשלה."])
    assert people == {"נועם ברקוביץ": "ח”כ"}


def test_straight_gershayim_keep_their_reading() -> None:
    people = _people(['ח"כ נועם ברקוביץ מהמפלגה תקף אחר הצהריים את הממשלה.'])
    assert people == {"נועם ברקוביץ": 'ח"כ'}


def test_curly_geresh_closing_a_name_is_one_person_as_written() -> None:
    people = _people(
        [
            "שר האוצר יואב גרוזמוביץ’ הציג את התקציב.",
            '"אני לא רואה משבר", אמר גרוזמוביץ’ בכנס.',
        ]
    )
    assert list(people) == ["יואב גרוזמוביץ’"]
    assert _speakers(["שר האוצר יואב גרוזמוביץ’ הציג את התקציב.", '"אני לא רואה משבר", אמר גרוזמוביץ’.']) == [
        "יואב גרוזמוביץ’"
    ]


def test_a_curly_single_mark_around_a_name_in_marks_stays_a_mark() -> None:
    people = _people(["ח”כ נועם ברקוביץ ממפלגת ‘עתיד חדש’ תקף את הממשלה."])
    assert list(people) == ["נועם ברקוביץ"]


def test_a_pronoun_and_a_verb_in_quoted_speech_is_no_family_name() -> None:
    people = _people(
        [
            "שר האוצר יואב גרוזמן הציג את התקציב.",
            '"יש טלטלה בשוק, ואני נפגש עם כולם. זו שגיאה ואני מקווה שזה ייפסק", אמר גרוזמן.',
        ]
    )
    assert list(people) == ["יואב גרוזמן"]


def test_a_verb_no_list_holds_and_the_family_name_speak_as_the_person() -> None:
    paragraphs = [
        "שר האוצר יואב גרוזמן כינס מסיבת עיתונאים.",
        '"אזרחי ישראל", פתח גרוזמן: "עברנו שנה קשה מאוד, עם אתגר ענק שהוא גם ביטחוני וגם כלכלי".',
    ]
    assert list(_people(paragraphs)) == ["יואב גרוזמן"]
    assert set(_speakers(paragraphs)) == {"יואב גרוזמן"}


def test_a_given_name_then_the_family_name_is_another_person() -> None:
    paragraphs = [
        "שר האוצר יואב גרוזמן כינס מסיבת עיתונאים.",
        '"עברנו שנה קשה מאוד, עם אתגר ענק שהוא גם ביטחוני וגם כלכלי", אמרה מיכל גרוזמן.',
    ]
    assert "מיכל גרוזמן" in _people(paragraphs)
    assert _speakers(paragraphs) == ["מיכל גרוזמן"]


def test_and_glued_to_a_function_word_ends_a_name_after_a_glued_preposition() -> None:
    people = _people(["הוא החליט להעביר את ראשות התנועה לנועה גרינברג ועל כך הודיע אמש."])
    assert list(people) == ["נועה גרינברג"]


def test_an_and_glued_family_name_is_still_read() -> None:
    assert "נועה וייסמן" in _people(["בטקס השתתפו רבים, ביניהם נועה וייסמן."])


def test_an_office_owning_an_act_in_construct_gives_the_name_after_the_comma_its_role() -> None:
    people = _people(["חברת הכנסת הגיבה להודעת ראש הממשלה, נועם ברקוביץ בדבר פרישתו."])
    assert people.get("נועם ברקוביץ") == "ראש הממשלה"



# -- quote speakers -------------------------------------------------------------------------------------------


def test_so_said_after_a_colon_names_the_speaker_before_a_relative_clause() -> None:
    paragraphs = [
        '"לא חשבתי שיקרה לי דבר כזה בחיים שלי": כך אמרה היום מנהלת בית הספר מטמרה נגווה זועבי, שנפצעה בירי.'
    ]
    assert _speakers(paragraphs) == ["נגווה זועבי"]
    assert "שנפצעה" not in " ".join(_people(paragraphs))


def test_so_said_after_a_comma_keeps_its_speaker() -> None:
    paragraphs = ['"לא חשבתי שיקרה לי דבר כזה בחיים שלי", כך אמרה היום מנהלת בית הספר נגווה זועבי.']
    assert _speakers(paragraphs) == ["נגווה זועבי"]


def test_a_second_verb_joined_by_and_after_a_role_is_no_name() -> None:
    paragraphs = [
        "מנהלת בית הספר נגווה זועבי נפצעה אתמול בירי בכניסה לבית הספר.",
        '"זה נס שאני בחיים ואני מודה לכולם", הוסיפה המנהלת והבהירה כי לא תיכנע.',
    ]
    assert list(_people(paragraphs)) == ["נגווה זועבי"]
    assert _speakers(paragraphs) == ["נגווה זועבי"]


def test_a_clause_of_where_in_commas_before_the_verb_names_no_speaker() -> None:
    paragraphs = [
        "מנהלת בית הספר נגווה זועבי נפצעה אתמול בירי בכניסה לבית הספר.",
        'בריאיון מבית החולים בעפולה, לשם פונתה, אמרה כי "המון קווים אדומים נחצו כאן".',
    ]
    assert list(_people(paragraphs)) == ["נגווה זועבי"]
    assert _speakers(paragraphs) == ["נגווה זועבי"]


def test_an_adjunct_in_commas_before_a_colon_leaves_the_subject_speaking() -> None:
    paragraphs = ['יו"ר האיגוד עמרם בן-שושן, בהתייחסות למגעים, כולל בשעות האחרונות: "הפערים לא גדולים בכלל. אפשר לסגור".']
    assert _speakers(paragraphs) == ["עמרם בן-שושן"]


def test_he_says_in_an_interview_goes_on_with_the_one_quoted() -> None:
    paragraphs = [
        "הכתב עוזיאל פרנקנטל מראיין את עמרם בן-שושן, דובר האיגוד, על גל המחאות.",
        '"לא קראנו לצאת למחאה, האיגוד מייצג את כלל העובדים", אומר דובר האיגוד.',
        'בהמשך הוא מפתיע: "אני אדם חילוני אך לא מתבייש לבקר בקברי צדיקים".',
        'לגבי העובדים שמאיימים לעזוב, הוא אומר: "בושה וחרפה, שינהלו את המאבק מבפנים".',
    ]
    assert _speakers(paragraphs)[-2:] == ["עמרם בן-שושן", "עמרם בן-שושן"]


def test_he_says_after_someone_else_is_named_is_not_forced_to_the_one_quoted() -> None:
    paragraphs = [
        "הכתב עוזיאל פרנקנטל מראיין את עמרם בן-שושן, דובר האיגוד, על גל המחאות.",
        '"לא קראנו לצאת למחאה, האיגוד מייצג את כלל העובדים", אומר דובר האיגוד.',
        'לדיון הצטרף גם השר יגאל פרלשטיין. הוא אומר: "אנחנו נפעל נגד השביתה בכל הכלים".',
    ]
    assert _speakers(paragraphs)[-1] == "יגאל פרלשטיין"


# -- organisations ----------------------------------------------------------------------------------------------


def _orgs(paragraphs: list[str]) -> set[str]:
    return {f.text for f in facts_of(paragraphs, "he") if f.kind == "organisation"}


def test_a_kind_in_the_absolute_state_with_an_adjective_is_no_body() -> None:
    orgs = _orgs(["התפקיד יזכה אותו בלשכה גדולה וברכב שרד.", "הוא לומד במכללה אקדמית בצפון.", "זהו מוסד חינוכי ותיק."])
    assert orgs == set()


def test_a_board_by_its_kind_is_no_body() -> None:
    assert "מועצת המנהלים" not in _orgs(["מועצת המנהלים של הבנק החליטה להקים ועדה לאיתור מנהל כללי חדש."])


def test_named_institutions_after_such_kinds_stay_bodies() -> None:
    orgs = _orgs(["הוא למד באוניברסיטת חיפה ועבד בלשכת המסחר.", "המחקר נערך במוסד ביאליק בירושלים."])
    assert "אוניברסיטת חיפה" in orgs
    assert "מוסד ביאליק" in orgs


def test_a_definite_noun_and_a_peoples_adjective_after_a_rank_word_is_no_name() -> None:
    people = _people(['הטנקים נתפסו בעיני התושבים כ"סמל הכיבוש הישראלי" ובפרט טנק המרכבה.'])
    assert people == {}


def test_a_rank_then_a_name_opening_with_he_is_still_a_name() -> None:
    assert "הרצל הלוי" in _people(["רב-אלוף הרצל הלוי ביקר אתמול בבסיס."])


# -- roles after a name, no commas ----------------------------------------------------------------------------


def test_an_office_right_after_a_full_name_is_its_role() -> None:
    people = _people(
        [
            "בשבוע שעבר נפגש עמנואל ברקוביץ ראש העיר כפר סבא עם נציגי התושבים.",
            "עמנואל ברקוביץ ראש העיר הודה לתושבים על הסבלנות.",
        ]
    )
    assert people == {"עמנואל ברקוביץ": "ראש העיר"}


def test_a_town_of_two_words_after_an_office_is_no_family_name() -> None:
    people = _people(["ראש העיר קריית אונו נפגש עם נציגי התושבים.", "בקריית אונו התקבלו פניות רבות."])
    assert people == {}


def test_a_name_then_and_an_office_is_a_list_not_a_role() -> None:
    people = _people(["בטקס נכחו עמנואל ברקוביץ ומנכ\"ל החברה, ונציגי העובדים."])
    assert people.get("עמנואל ברקוביץ") is None


def test_a_rank_with_mishne_is_a_title_not_a_given_name() -> None:
    people = _people(["לדברי ניצב משנה עמירם גולדפרב, דובר המשטרה, החקירה נמשכת."])
    assert list(people) == ["עמירם גולדפרב"]
    assert "ניצב משנה" in (people["עמירם גולדפרב"] or "")


def test_an_apposition_not_closed_by_a_comma_ends_at_the_clause_verb() -> None:
    people = _people(["בדיווח נטען כי ניצב משנה עמירם גולדפרב, דובר המשטרה הורחק בפועל מלשכת המפכ\"ל, ולא משתתף בדיונים."])
    role = people.get("עמירם גולדפרב") or ""
    assert "דובר המשטרה" in role and "הורחק" not in role


def test_an_office_of_a_body_in_marks_before_a_comma_and_the_name_is_its_role() -> None:
    people = _people(['"זה יום חשוב עבורנו" - כך אמרה הבוקר יו"ר "המגדלור", נועה וייסמן, בכנס השנתי.'])
    assert people.get("נועה וייסמן") == 'יו"ר "המגדלור"'


def test_an_office_of_a_brand_in_latin_letters_before_a_comma_and_the_name_is_its_role() -> None:
    people = _people(["מנכ\"ל רשת החנויות ZAP, נועה וייסמן, מרבה לפרסם פוסטים ברשת."])
    assert people.get("נועה וייסמן") == 'מנכ"ל רשת החנויות ZAP'


def test_a_name_in_marks_with_no_office_before_it_gives_no_role() -> None:
    people = _people(['הוא קרא את "הארץ", נועה וייסמן קראה את העיתון השני.'])
    assert people.get("נועה וייסמן") is None


def test_a_construct_plural_after_a_noun_slot_is_no_family_name() -> None:
    people = _people(['"עם תום ימי המעצר שוחרר החשוד בתנאים מגבילים", הוסיפו במשטרה.'])
    assert people == {}


def test_a_body_owned_by_the_person_is_no_role() -> None:
    people = _people(["את הקרקע רכשה חברת גלבוע-רמות שבבעלות עמנואל ברקוביץ."])
    assert people.get("עמנואל ברקוביץ") is None
