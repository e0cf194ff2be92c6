"""Hebrew quotes and their speakers, round 43: shapes of unseen Israeli news (the IAHLT coreference texts, read
locally with hand-made gold) written again with made-up sentences, each with a near miss:

* two people joined by "and" whose plural verb of saying follows a comma ('X Y ו-Z W, סיפרו:', or with a
  description of the two between commas) speak as the first of them, not as the last person named; the two as the
  object of a relative clause ('שפגשו את X ו-Z, סיפרו:') are not the speakers;
* a plural verb of saying with no subject ('בעצומה כתבו כי "..."') is many people's, never the one person named
  last; a singular verb there is still that person's;
* words in marks that no reader credits to anyone are no quote;
* a role and then a verb of news before a colon ('ראש המועצה תקף:') is the role speaking, not the verb read as a
  name; after a name ('ראש המועצה X Y תקף:') the name speaks without the verb;
* a subtitle listing the story's points with bullets ('... • X הזהיר: "..."') passes its last speaker on to no
  paragraph of the body;
* a name read up to the first half of a family name the article writes hyphenated elsewhere ("X גורן" of "X גורן
  זהבי", "X גורן-זהבי" in another sentence) speaks as the whole name;
* a headline quote credited to an office or a description and no name ("כלכלנית בכירה מ...:") is the one person
  the body gives that office;
* a clause with its own verb and object before a comma and the quote ('ח"כ X Y תקפה את Z ..., "..."'), as before a
  colon, is its subject's ("גם", also, before the subject no word of it), not the object named last.
"""

from __future__ import annotations

from briefing_app.core.facts.quote_speakers_rtl import he_speaker_before
from briefing_app.core.facts.quotes_he import he_joined_before_comma, he_plural_said
from briefing_app.core.facts.quotes_he_colon import role_before_verb
from tests.unit.facts_helpers import hebrew_people, hebrew_speakers


def test_two_joined_before_a_comma_and_a_plural_verb_the_first_speaks() -> None:
    text = 'הפקחים ברשות הטבע דורון ממן ואליהו שגב, סיפרו: "מצאנו את הצבי פצוע ליד הגדר".'
    assert hebrew_speakers([text]) == ["דורון ממן"]
    assert he_joined_before_comma("דורון ממן ואליהו שגב, סיפרו:") == ["דורון", "ממן"]


def test_two_joined_then_their_description_in_commas_the_first_speaks() -> None:
    text = 'רונית אלמוג ומשה בן חיים, נציגי ועד ההורים, אמרו: "לא נשלח את הילדים לבית הספר עד שהמזגן יתוקן".'
    assert hebrew_speakers([text]) == ["רונית אלמוג"]


def test_near_miss_the_two_joined_are_an_object_not_the_speakers() -> None:
    text = 'התושבים, שפגשו את דורון ממן ואליהו שגב, סיפרו: "הם הבטיחו לנו שהכביש ייפתח בקרוב".'
    assert "דורון ממן" not in hebrew_speakers([text])
    assert he_joined_before_comma("התושבים, שפגשו את דורון ממן ואליהו שגב, סיפרו:") is None


def test_near_miss_a_singular_verb_after_a_comma_reads_no_pair() -> None:
    assert he_joined_before_comma("דורון ממן ואליהו שגב, סיפר:") is None


def test_a_plural_verb_with_no_subject_is_not_the_person_named_last() -> None:
    named = "היועץ המשפטי של המועצה, דני כרמלי, נפגש אתמול עם ראשי האגף."
    letter = 'עובדי אגף התכנון שלחו לו עצומה. בעצומה כתבו כי "אין לנו אמון בהנהלה שלנו בשנה האחרונה".'
    assert "דני כרמלי" not in hebrew_speakers([named, letter])
    assert he_plural_said("בעצומה כתבו כי ")


def test_near_miss_a_singular_verb_with_no_subject_is_the_person_named_last() -> None:
    named = "היועץ המשפטי של המועצה, דני כרמלי, נפגש אתמול עם ראשי האגף."
    reply = 'בתגובה למכתב כתב כי "אין לי ספק שנמצא פתרון לכל הבעיות".'
    assert hebrew_speakers([named, reply]) == ["דני כרמלי"]
    assert not he_plural_said("בתגובה למכתב כתב כי ")


def test_a_quote_no_one_is_credited_with_is_no_quote() -> None:
    weather = 'הרוחות לא נחלשו כל הבוקר. "אנחנו נשארים בבית עד שהסערה תעבור", אמרו.'
    assert hebrew_speakers([weather]) == []


def test_a_role_then_a_verb_of_news_before_a_colon_is_the_role() -> None:
    assert hebrew_speakers(['ראש העירייה תקף: "התקציב הזה הוא בדיחה עצובה לתושבים".']) == ["ראש העירייה"]
    assert role_before_verb(["דובר", "המשטרה", "חזר"]) == "דובר המשטרה"
    assert he_speaker_before("סגנית מנהל המחוז חשפה: ") == "סגנית מנהל המחוז"
    assert "תקף" not in hebrew_people(['ראש העירייה תקף: "התקציב הזה הוא בדיחה עצובה לתושבים".'])


def test_near_miss_a_name_after_the_role_speaks_without_the_verb() -> None:
    text = 'ראש העירייה דני לוי תקף: "התקציב הזה הוא בדיחה עצובה לתושבים".'
    assert hebrew_speakers([text]) == ["דני לוי"]
    assert role_before_verb(["ראש", "העירייה", "דני", "לוי", "תקף"]) is None


def test_near_miss_a_role_and_a_word_that_is_no_verb_stays() -> None:
    assert role_before_verb(["דובר", "המשטרה", "הצפונית"]) is None


_SUBTITLE = 'יו"ר הוועד דני לוי הודיע: "נשבות מחר בבוקר בכל המפעלים"{} מנהלת המפעל הזהירה: "ניאלץ לפטר עובדים רבים"'
_BODY = 'ההנהלה לא הציעה לנו דבר בשלושת החודשים האחרונים, ולכן לא נותרה לנו ברירה אחרת".'


def test_a_bulleted_subtitle_passes_no_speaker_to_the_body() -> None:
    speakers = hebrew_speakers([_SUBTITLE.format(" •"), _BODY, "מחר בבוקר תתקיים הפגנה מול שערי המפעל."])
    assert speakers[:2] == ["דני לוי", "מנהלת המפעל"]
    assert speakers[2:] != ["מנהלת המפעל"]


def test_near_miss_a_subtitle_with_no_bullets_passes_its_last_speaker_on() -> None:
    speakers = hebrew_speakers([_SUBTITLE.format(" ,"), _BODY, "מחר בבוקר תתקיים הפגנה מול שערי המפעל."])
    assert speakers[2:] == ["מנהלת המפעל"]


def test_a_name_cut_before_the_second_half_of_a_family_name_the_article_hyphenates() -> None:
    visit = "שרת התרבות מיכל גורן-זהבי ביקרה אתמול בתיאטרון העירוני."
    said = 'שרת התרבות מיכל גורן זהבי אמרה אמש ש"לא יהיו קיצוצים בתקציב התיאטראות" בשנה הקרובה.'
    assert hebrew_speakers([visit, said]) == ["מיכל גורן-זהבי"]


def test_near_miss_a_family_name_never_hyphenated_stays_as_read() -> None:
    visit = "שרת התרבות מיכל גורן ביקרה אתמול בתיאטרון העירוני."
    said = 'שרת התרבות מיכל גורן זהבי אמרה אמש ש"לא יהיו קיצוצים בתקציב התיאטראות" בשנה הקרובה.'
    assert hebrew_speakers([visit, said]) == ["מיכל גורן"]


_OFFICE_HEADLINE = 'כלכלנית בכירה מהמכון הלאומי מזהירה את הממשלה: "המשק כולו עלול להיכנס למיתון. אין לחכות לשנה הבאה"'


def _headed(body: str) -> list[str | None]:
    return hebrew_speakers([body], title=_OFFICE_HEADLINE)


def test_a_headline_office_with_no_name_is_the_one_the_body_gives_that_office() -> None:
    body = 'ד"ר טליה ברקוביץ, כלכלנית במכון הלאומי, אמרה אתמול כי "אנחנו רואים סימנים מדאיגים בכל חודש".'
    assert _headed(body)[:1] == ["טליה ברקוביץ"]


def test_near_miss_a_body_person_of_another_office_does_not_take_the_headline() -> None:
    body = 'ד"ר טליה ברקוביץ, מנהלת המחקר במכון הלאומי, אמרה אתמול כי "אנחנו רואים סימנים מדאיגים בכל חודש".'
    assert _headed(body)[:1] != ["טליה ברקוביץ"]


_CLOSED = "שר התיירות יוסי כהן הודיע אתמול על סגירת שלושה אתרים ביום שישי."


def test_a_clause_with_its_own_object_then_a_comma_its_subject_speaks() -> None:
    attack = 'גם ח"כ דנה לוין (הירוקים) תקפה את כהן בחריפות על ההחלטה, "אין שום הצדקה לסגור את האתרים בסוף השבוע".'
    assert hebrew_speakers([_CLOSED, attack]) == ["דנה לוין"]
    assert he_speaker_before('גם ח"כ דנה לוין תקפה את כהן בחריפות על ההחלטה: ') == "דנה לוין"


def test_near_miss_a_clause_whose_subject_is_no_named_person_gives_no_subject() -> None:
    # (a body or a family name alone opens the clause: the comma rule names no one, the reader goes on as before)
    assert he_speaker_before('הוועדה תקפה את ח"כ דנה לוין בחריפות, ') is None
    assert he_speaker_before("דנה לוין ישבה אתמול בוועדה, ") is None
