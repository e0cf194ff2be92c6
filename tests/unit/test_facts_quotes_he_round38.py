"""Hebrew quotes, speakers and people, round 38: shapes that real Israeli news pages showed (a prime minister's
cabinet remarks, a police statement, a blogger's post), written again with made-up names and sentences. Every
class is a construction of the language, not of one page:

* 'X הוסיף ודיבר על ...:', 'בצומת X ונמלט' (added and spoke, and fled): a past verb glued to "and" is a second
  verb of its clause, never the verb's subject after the first verb nor a family name after a given name; a
  listed family name that starts with ו stays one ("ויינר");
* 'כמה שעות אחר כך היא הודתה:' (a few hours later she admitted): a pronoun right before the verb of saying is its
  subject, whatever time words open the clause; without one, how long after ("כמה שעות אחר כך", "יום לאחר
  מכן") is a time adverb like "אחר כך", and the verb's person is the one just named;
* 'אמר בין היתר כי', '", אמר בין השאר X' (among other things): a sentence adverb between the verb and its
  subject or כי, never the speaker.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str], title: str = "כותרת") -> list[Fact]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in [title, *paragraphs]])
    return extract_facts(build_document(article, language="he"))


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in _facts(paragraphs) if f.kind == "quote" and f.sentence > 0]


def _people(paragraphs: list[str]) -> list[str]:
    return [f.text for f in _facts(paragraphs) if f.kind == "person"]


# --- a verb glued to "and" ----------------------------------------------------------------------------------

_MAYOR = "ראש העירייה, משה לוי, הגיע הבוקר לזירת התאונה בשכונה."


def test_a_second_verb_after_the_verb_of_saying_is_no_speaker() -> None:
    paragraphs = [_MAYOR, 'לוי הוסיף ודיבר על התאונה: "אנחנו נמשיך לפעול בכל הכוח כדי למנוע את הבאה".']
    assert _quotes(paragraphs) == [("אנחנו נמשיך לפעול בכל הכוח כדי למנוע את הבאה", "משה לוי")]
    assert "ודיבר" not in _people(paragraphs)


def test_a_hifil_verb_glued_to_and_is_no_speaker() -> None:
    paragraphs = [_MAYOR, 'לוי הוסיף והדגיש בפני התושבים: "אין לנו כוונה לוותר על אף רחוב בעיר".']
    assert _quotes(paragraphs) == [("אין לנו כוונה לוותר על אף רחוב בעיר", "משה לוי")]
    assert "והדגיש" not in " ".join(_people(paragraphs))


def test_a_listed_family_name_with_and_stays_the_speaker() -> None:
    # near miss: "ויינר" opens with ו too, but the family-name list holds it: the one who added
    paragraphs = [_MAYOR, 'אמר ויינר: "אנחנו נבנה כאן גן ציבורי חדש לכל הילדים".']
    assert _quotes(paragraphs)[-1][1] == "ויינר"


def test_a_town_and_a_verb_glued_to_and_are_no_person() -> None:
    paragraphs = ["החשוד ירד מהאוטובוס בצומת חנניה ונמלט רגלית מהמקום לעבר השדות."]
    assert not any("ונמלט" in p for p in _people(paragraphs))


def test_a_given_name_and_a_listed_family_name_with_and_are_a_person() -> None:
    # near miss: the same slot holds a listed family name that opens with ו
    paragraphs = ["בטקס השתתפו רבים, ובהם דוד ויינר, שהגיע מהצפון עם משפחתו."]
    assert "דוד ויינר" in _people(paragraphs)


# --- a pronoun right before the verb ------------------------------------------------------------------------

_BLOGGER = 'הבלוגרית נועה ברק פרסמה פוסט שעורר סערה ברשת: "פרצו לי לחשבון ופרסמו תמונות שלי".'


def test_time_words_then_a_pronoun_the_pronoun_speaks() -> None:
    paragraphs = [_BLOGGER, 'כמה שעות אחר כך היא הודתה: "לא פרצו לי לשום חשבון, זה היה חלק מקמפיין".']
    assert _quotes(paragraphs)[-1] == ("לא פרצו לי לשום חשבון, זה היה חלק מקמפיין", "נועה ברק")


def test_a_day_later_he_added() -> None:
    paragraphs = [
        'שר האוצר יוסי כרמל אמר בכנס: "התקציב יעבור השבוע בלי שום קושי".',
        'יום לאחר מכן הוא הוסיף: "אנחנו נעמוד בכל היעדים שהצבנו לעצמנו השנה".',
    ]
    assert _quotes(paragraphs)[-1] == ("אנחנו נעמוד בכל היעדים שהצבנו לעצמנו השנה", "יוסי כרמל")


def test_how_long_after_then_the_verb_the_person_just_named_speaks() -> None:
    # no pronoun: "a few hours later" is a time adverb of narrative, and the verb's person is the one just named
    paragraphs = [_BLOGGER, 'כמה שעות אחר כך הודתה: "לא פרצו לי לשום חשבון, זה היה חלק מקמפיין".']
    assert _quotes(paragraphs)[-1] == ("לא פרצו לי לשום חשבון, זה היה חלק מקמפיין", "נועה ברק")


def test_time_words_then_a_new_name_that_name_speaks() -> None:
    # near miss: a titled name, not a pronoun, stands between the time words and the verb: it speaks
    paragraphs = [_BLOGGER, 'כמה שעות אחר כך השר יוסי כרמל אמר: "צריך לבדוק את כל הקמפיינים ברשת".']
    assert _quotes(paragraphs)[-1] == ("צריך לבדוק את כל הקמפיינים ברשת", "יוסי כרמל")


# --- "among other things" -----------------------------------------------------------------------------------

_CHIEF = 'מפכ"ל המשטרה רב-ניצב אורי שגיא יצא היום בהצהרה לתקשורת על החקירות.'


def test_among_other_things_after_the_verb_is_no_speaker() -> None:
    paragraphs = [_CHIEF, 'בדבריו אמר בין היתר כי "המשטרה מחויבת לשלטון החוק ותמשיך לחקור בנחישות".']
    assert _quotes(paragraphs)[-1] == ("המשטרה מחויבת לשלטון החוק ותמשיך לחקור בנחישות", "אורי שגיא")


def test_among_other_things_between_the_verb_and_the_name_after_a_quote() -> None:
    paragraphs = [
        "הכנס נפתח הבוקר בירושלים בהשתתפות מאות אנשי עסקים.",
        '"הכלכלה תצמח השנה בקצב מהיר מהצפוי", אמר בין השאר שר האוצר יוסי כרמל.',
    ]
    assert _quotes(paragraphs)[-1] == ("הכלכלה תצמח השנה בקצב מהיר מהצפוי", "יוסי כרמל")


def test_among_the_words_is_no_adverb() -> None:
    # near miss: "בין המילים" (among the words) is a place in the text, not the adverb; nothing is removed and no
    # quote is made of the term in marks inside the clause
    paragraphs = [_CHIEF, 'בין המילים שבחר המפכ"ל הופיעה גם המילה "נחישות" שחזרה כמה פעמים.']
    assert _quotes(paragraphs) == []


# --- "further" and a bare role ------------------------------------------------------------------------------


def test_further_added_the_coach_after_his_quote_goes_on() -> None:
    paragraphs = [
        'דני זכאי התראיין לאחר המשחק: "קבלת ההחלטות שלנו לא הייתה טובה הערב".',
        'עוד הוסיף המאמן: "יש עוד הרבה עבודה לעשות כדי לשפר את המצב".',
    ]
    assert _quotes(paragraphs)[-1] == ("יש עוד הרבה עבודה לעשות כדי לשפר את המצב", "דני זכאי")


def test_further_added_a_role_someone_holds_is_that_person() -> None:
    # near miss: the article names who holds the role, so the role is that person, not the one quoted just before
    paragraphs = [
        "שר הספורט יוסי כרמל הגיע למשחק בירושלים.",
        'האוהד משה לוי אמר: "היה משחק מרגש מאוד הערב".',
        'עוד הוסיף השר: "נשקיע בתשתיות הספורט בכל הארץ".',
    ]
    assert _quotes(paragraphs)[-1] == ("נשקיע בתשתיות הספורט בכל הארץ", "יוסי כרמל")


def test_further_it_was_stated_goes_on_with_the_statement() -> None:
    paragraphs = [
        'משטרת ישראל פרסמה הערב הודעה לציבור. בהודעה נכתב כי "אין כל אירוע חריג באזור הצפון כעת".',
        'עוד נמסר: "החשוד נעצר והועבר לחקירה בתחנת המשטרה בעיר".',
    ]
    assert _quotes(paragraphs)[-1] == ("החשוד נעצר והועבר לחקירה בתחנת המשטרה בעיר", "משטרת ישראל")


def test_further_written_in_a_named_bodys_statement_is_that_body() -> None:
    # near miss: the statement's issuer is named after the passive verb, so it speaks, not the one quoted before
    paragraphs = [
        'משטרת ישראל פרסמה הערב הודעה לציבור. בהודעה נכתב כי "אין כל אירוע חריג באזור הצפון כעת".',
        'עוד נכתב בהודעת העירייה: "הכבישים ייפתחו מחר בבוקר לתנועה".',
    ]
    assert _quotes(paragraphs)[-1] == ("הכבישים ייפתחו מחר בבוקר לתנועה", "העירייה")
