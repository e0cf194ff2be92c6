"""Hebrew speakers, people and roles in the constructions of real Israeli news pages (mayors, unions, health
briefings, sport, police), round 24, written again with made-up names and sentences: a role and a town or team
of two words before a verb, a preposition after a town's given-name word, an office then a rank and its name
in commas, a title of address written out in full, a headline's clause before a colon, an acronym or an
abbreviated town before one, "but" opening a clause, a body's acronym before "נמסר", an office and a phrase
before a colon, the subject in the commas of a clause whose last words precede the colon, a role and its verb,
a definite topic before a colon, a Slavic family name closed by ץ' after a given name the lists lack, and an
office read without its head."""

from __future__ import annotations

import re

import pytest

from briefing_app.core.facts.quotes_he_colon import definite_topic, headline_clause
from tests.unit.facts_helpers import people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(paragraphs, "he")


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "he")]


# --- a town or team of two words after a role ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ראש עיריית באר שבע פנה לשר האוצר בבקשה לסיוע.",
        "ראש עיריית גבעת שמואל פנה לראש הממשלה בבקשה לתקציב.",
    ],
)
def test_a_towns_given_name_word_then_a_verb_and_a_role_after_le_is_no_appointment(text: str) -> None:
    assert _people([text, "הפגישה תתקיים בשבוע הבא."]) == {}


def test_an_appointment_after_a_name_is_still_read() -> None:
    # near miss: a given name and a family name, then ל and an office (the appointment of X Y as minister)
    people = _people(["כותרת", "הממשלה אישרה את מינויו של משה כהן לשר האוצר."])
    assert people.get("משה כהן") == "שר האוצר"


def test_a_team_whose_town_has_two_words_is_no_name_before_a_colon() -> None:
    paragraphs = ["כותרת", 'מאמן הפועל תל אביב הוסיף: "היינו רכים מדי בהגנה".']
    assert "תל אביב" not in _people(paragraphs)
    assert _speakers(paragraphs) != ["תל אביב"]


@pytest.mark.parametrize("prep", ["נגד", "כלפי", "לגבי"])
def test_a_preposition_after_a_towns_given_name_word_is_no_family_name(prep: str) -> None:
    paragraphs = [f'ראש העיר כפר יונתן {prep} הקיצוץ: "לא נוותר על התושבים"', "הדיון יימשך מחר."]
    assert not any(name.endswith(prep) for name in _people(paragraphs))


def test_the_office_read_without_its_head_finds_its_holder() -> None:
    paragraphs = [
        'ראש העיר כפר יונתן נגד הקיצוץ: "לא נוותר על התושבים"',
        "ראש העיר כפר יונתן, אליהו גבאי, החליט שלא להצטרף לשביתה.",
    ]
    assert _speakers(paragraphs) == ["אליהו גבאי"]


# --- an office, a rank and the name in commas; a title written out --------------------------------------------


def test_an_office_before_a_rank_in_commas_is_the_role_and_its_holder_speaks() -> None:
    paragraphs = ["כותרת", 'מפקד מרחב יהודה, נצ"מ עידו פרחי, שיבח את השוטרים ואמר: "נמשיך לפעול בנחישות".']
    people = _people(paragraphs)
    assert "מפקד מרחב יהודה" in (people.get("עידו פרחי") or "")
    assert _speakers(paragraphs) == ["עידו פרחי"]


def test_an_office_after_under_the_command_of_is_the_role() -> None:
    people = _people(["כותרת", "המצוד התנהל בפיקוד מפקד מחוז הדרום, ניצב גלעד מורן, בהשתתפות מתנדבים."])
    assert "מפקד מחוז הדרום" in (people.get("גלעד מורן") or "")


def test_a_later_holder_of_the_same_office_does_not_take_an_earlier_quote() -> None:
    paragraphs = [
        "כותרת",
        'מפקד מרחב יהודה, נצ"מ עידו פרחי, שיבח את השוטרים ואמר: "נמשיך לפעול בנחישות".',
        "המצוד התנהל בפיקוד מפקד מחוז הדרום, ניצב גלעד מורן, בהשתתפות מתנדבים.",
    ]
    assert _speakers(paragraphs) == ["עידו פרחי"]


@pytest.mark.parametrize("title", ["פרופסור", "הפרופסור", "דוקטור"])
def test_a_title_of_address_written_out_is_no_part_of_the_office_nor_a_given_name(title: str) -> None:
    people = _people(["כותרת", f'מנכ"ל משרד התחבורה {title} נעמה גלר, כינסה הערב מסיבת עיתונאים.'])
    assert (people.get("נעמה גלר") or "").startswith('מנכ"ל משרד התחבורה')
    assert f"התחבורה {title}" not in (people.get("נעמה גלר") or "")
    assert not any(name.startswith(title) for name in people)


# --- what stands before a colon -------------------------------------------------------------------------------


def test_a_headline_clause_whose_first_word_is_a_given_name_names_nobody() -> None:
    paragraphs = ['אושר תקציב העירייה בדרום: "לא רק מאבק של העובדים"', "הישיבה נמשכה שעות."]
    assert _speakers(paragraphs) == []  # (no one credited: no quote at all, round 43)
    assert not any(name.startswith("אושר") for name in _people(paragraphs))


def test_a_name_then_where_it_was_said_still_speaks() -> None:
    # near miss: a given name and a family name, then an adjunct ("in an interview to ...")
    paragraphs = ['אושר לוי בראיון לרדיו: "נמשיך במאבק עד שנקבל את מה שהובטח לנו"', "הישיבה נמשכה שעות."]
    assert _speakers(paragraphs) == ["אושר לוי"]


@pytest.mark.parametrize(
    ("words", "clause"),
    [
        ("אושר תקציב העירייה בדרום", True),
        ("נפתח מרכז הספורט החדש", True),
        ("אושר לוי בראיון לרדיו", False),
        ("שר האוצר במכתב לחברי הממשלה", False),
        ("דנה כהן", False),
    ],
)
def test_headline_clause(words: str, clause: bool) -> None:
    assert headline_clause(words.split()) is clause


@pytest.mark.parametrize("opening", ['פ"ת יוצאת למאבק', "י-ם נערכת לשביתה"])
def test_an_acronym_or_an_abbreviated_town_before_a_colon_is_no_person(opening: str) -> None:
    paragraphs = [f'{opening}: "נבקש אישור לנתק קשר עם המשרד"', "הדיון יימשך מחר."]
    assert _people(paragraphs) == {}


def test_but_opening_the_clause_leaves_the_speaker_named_before() -> None:
    paragraphs = [
        "כותרת",
        'אבנר שגיא, מנכ"ל משרד החקלאות, אמר כי "המחירים יירדו בקרוב", אך הוסיף כי "השינוי ייקח זמן".',
    ]
    assert _speakers(paragraphs) == ["אבנר שגיא", "אבנר שגיא"]
    assert "אך" not in _people(paragraphs)


def test_a_bodys_acronym_before_the_passive_speaks() -> None:
    paragraphs = ["כותרת", 'הכוחות סרקו את האזור. מצה"ל נמסר: "נמשיך לפעול לשמירה על הביטחון".']
    speakers = _speakers(paragraphs)
    assert len(speakers) == 1 and speakers[0] is not None and "צה" in speakers[0]
    assert not any("נמסר" in name for name in _people(paragraphs))


def test_an_office_then_a_phrase_before_a_colon_speaks_by_the_office() -> None:
    paragraphs = ["כותרת", 'שר החינוך במכתב למנהלי בתי הספר לקראת פתיחת השנה: "אנחנו ערוכים לכל תרחיש".']
    assert _speakers(paragraphs) == ["שר החינוך"]


def test_an_office_then_a_family_name_before_a_colon_is_still_the_name() -> None:
    # near miss: the word after the office is the holder's family name, not a phrase
    paragraphs = ['שר החינוך ליבוביץ על הרפורמה: "אנחנו ערוכים לכל תרחיש"', "הרפורמה תיכנס לתוקף בספטמבר."]
    speakers = _speakers(paragraphs)
    assert len(speakers) == 1 and "ליבוביץ" in (speakers[0] or "")


def test_the_subject_in_the_commas_speaks_when_a_verb_phrase_precedes_the_colon() -> None:
    paragraphs = [
        "כותרת",
        'יו"ר הסיעה, אורי ברזלי, המכהן כיו"ר הוועדה, הדליק משואה בטקס בהר הזיתים: "ביחד נמשיך לבנות את הבית הזה לכולנו".',
    ]
    assert _speakers(paragraphs) == ["אורי ברזלי"]


def test_a_role_and_its_verb_before_a_colon_is_the_role_whose_holder_speaks() -> None:
    paragraphs = [
        "כותרת",
        '"עשינו משחק טוב", אמר המאמן ערן טל.',
        'המאמן המשיך: "לא נכנסנו לפאניקה ושיחקנו עד הסוף".',
    ]
    assert _speakers(paragraphs) == ["ערן טל", "ערן טל"]


def test_a_definite_topic_before_a_colon_goes_on_with_the_speaker_before() -> None:
    paragraphs = [
        "כותרת",
        'המאמן שחר פז אמר: "שיחקנו טוב מאוד לאורך כל המשחק".',
        'המצב הכספי של הקבוצה: "יש לנו תקציב מצומצם אבל נסתדר".',
    ]
    assert _speakers(paragraphs) == ["שחר פז", "שחר פז"]


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("המצב הכספי של הקבוצה", True),
        ("המנוחה הצפויה בימים הקרובים", True),
        ("התקציב החדש", True),
        ("האם השכולה", False),  # kin: a person, unnamed
        ("המאמן המפסיד", False),  # a role
        ("הסגנון", False),  # one word: left to the role readers
        ("העד המרכזי", False),  # people no role list holds: a witness, children
        ("הילדים הקטנים", False),
    ],
)
def test_definite_topic(words: str, topic: bool) -> None:
    assert definite_topic(words.split()) is topic


def test_a_slavic_family_name_after_an_unlisted_given_name_follows_the_office() -> None:
    paragraphs = ["כותרת", "ראש עיריית אשקלון זיוי קרסנוביץ' פנה היום לשר האוצר בבקשה לסיוע."]
    people = _people(paragraphs)
    assert people.get("זיוי קרסנוביץ'") == "ראש עיריית אשקלון"
    assert not any(name.endswith("פנה") for name in people)


# --- names inside clauses: pronouns, nouns behind a preposition, relative clauses, nicknames, "himself" --------


@pytest.mark.parametrize(
    "text",
    [
        'השר כתב במכתב פתוח: "אין לי ממה להתחרט ואני עומד מאחורי כל מילה".',
        'המאמן אמר: "היה לנו משחק טוב, ידענו שהיריבה קבוצה טובה".',
    ],
)
def test_a_pronoun_or_a_noun_behind_a_preposition_inside_a_clause_is_no_name(text: str) -> None:
    people = _people(["כותרת", text])
    assert not any(name.startswith(("לי ", "שחק ")) for name in people)


def test_a_given_name_that_opens_the_clause_is_still_read_before_a_family_name() -> None:
    # near miss: "לי" at the start of a clause, before a listed family name, is the given name Lee
    people = _people(["כותרת", "לי כהן, מנהלת המחלקה, הודיעה על פרישתה."])
    assert "לי כהן" in people


def test_a_relative_clause_after_an_office_holds_no_name() -> None:
    text = 'ראש העיר אמרה: "שוחחתי עם ממלא מקום מפקד תחנת המשטרה שהבטיח לי שהמשטרה תעשה הכל".'
    assert not any("שהמשטרה" in name for name in _people(["כותרת", text]))


@pytest.mark.parametrize(("nickname", "given"), [("(יואל)", "יולי"), ("(בוג'י)", "יצחק")])
def test_a_nickname_in_brackets_inside_a_name_is_left_out(nickname: str, given: str) -> None:
    paragraphs = ["כותרת", f'יו"ר הוועדה, {given} {nickname} ורדימון, אמר כי הוא "מביע שאט נפש מהכיתוב שרוסס".']
    people = _people(paragraphs)
    assert people.get(f"{given} ורדימון") == 'יו"ר הוועדה'
    assert _speakers(paragraphs) == [f"{given} ורדימון"]


def test_himself_after_a_given_name_is_no_family_name_and_the_one_named_speaks() -> None:
    paragraphs = [
        "כותרת",
        "לאחר שבנו של השר, עידן גרינברג, פנה לעורכים, הוחלט למחוק את הערך. אחיו נדב שתק.",
        'עידן עצמו הצטרף לשיחה וכתב: "אני לא רואה חשיבות לציבור בקיום ערך זה".',
    ]
    assert _speakers(paragraphs) == ["עידן גרינברג"]
    assert "עידן עצמו" not in _people(paragraphs)


def test_an_office_and_himself_after_the_first_verb_is_the_offices_holder() -> None:
    paragraphs = [
        "כותרת",
        'הנשיא אורן ליבנה גינה את הכיתוב. יו"ר האופוזיציה, דורית שמש, הגיבה בחריפות.',
        'מאוחר יותר דיבר הנשיא עצמו בפני ראשי רשויות והתייחס לאירוע: "אני שמח לפתוח את הבוקר הזה במפגש".',
    ]
    assert _speakers(paragraphs)[-1] == "אורן ליבנה"


def test_the_second_half_of_a_split_quote_is_the_named_speakers_not_the_first_halfs() -> None:
    paragraphs = [
        "כותרת",
        '"רק לקראת הצהריים", סיפר חיים גלבוע, "לאחר שביקשת שאתן לך שהות של שעות אחדות והודעת לי שלא צלח בידך".',
    ]
    speakers = _speakers(paragraphs)
    assert speakers and all(s == "חיים גלבוע" for s in speakers)


def test_as_is_remembered_opens_no_name() -> None:
    people = _people(["כותרת", "כזכור אלדד ברק דרש להקים ועדת חקירה ממלכתית, ורמי זיו מינה ועדת שרים."])
    assert not any(name.startswith("כזכור") for name in people)


def test_a_year_after_a_verb_of_publishing_is_no_family_name() -> None:
    people = _people(["כותרת", '"זו הייתה טעות קשה שעלתה למדינה מיליונים", כתב עוזי גלר בספרו שיצא לאור ב-2001.'])
    assert not any(re.search(r"\d", name) for name in people)
    assert _speakers(["כותרת", '"זו הייתה טעות קשה שעלתה למדינה מיליונים", כתב עוזי גלר בספרו שיצא לאור ב-2001.']) == [
        "עוזי גלר"
    ]


def test_the_colon_before_a_gershayim_quote_mark_is_no_part_of_the_name() -> None:
    people = _people(["כותרת", "בפסק הדין כתבה השופטת רינה בן-עמי: ״הנאשמים פעלו מתוך בצע כסף ובניגוד לחובתם״."])
    assert set(people) == {"רינה בן-עמי"}


def test_in_his_words_before_a_colon_is_no_person() -> None:
    paragraphs = ["כותרת", 'המבקר פרסם דוח חריף. בלשונו: "מדובר בכשל מערכתי חמור שאין לו אח ורע בתולדות המשרד".']
    assert "בלשונו" not in _people(paragraphs)
    assert "בלשונו" not in _speakers(paragraphs)


# --- names Hebrew Wikipedia writes: Slavic and Germanic family names, initials, "ו-" before a name -------------


@pytest.mark.parametrize("family", ["קורנבלוסקי", "פרידוביץ", "גרינשטיין", "אלטנברג"])
def test_a_family_name_shaped_as_slavic_or_germanic_after_a_given_name(family: str) -> None:
    people = _people(["כותרת", f"בהמשך עבד לצד אברהם {family} בעריכת כתב העת."])
    assert f"אברהם {family}" in people


def test_a_plain_word_after_a_given_name_is_still_no_name() -> None:
    # near miss: "שירה עברית" (Hebrew poetry): the given name שירה and an adjective, no family-name shape
    assert _people(["כותרת", "הוא כתב שירה עברית במשך שנים רבות."]) == {}


@pytest.mark.parametrize("initials", ['י"ל', 'א"ד'])
def test_initials_and_a_listed_or_shaped_family_name(initials: str) -> None:
    people = _people(["כותרת", f"שיריו הראשונים פורסמו בעידודו של {initials} רוזנברג, עורך כתב העת."])
    assert any(name.startswith(initials) for name in people)


@pytest.mark.parametrize(
    "text",
    ['הטקס נערך בט"ו בשבט במרכז העיר.', 'הפרס הוענק ע"י גולדברג ביום שני.', 'המשחק בין מכבי ת"א לבין הפועל נדחה.'],
)
def test_a_date_by_or_a_town_in_two_letters_are_no_initials(text: str) -> None:
    assert not any('"' in name for name in _people(["כותרת", text]))


def test_and_written_with_a_hyphen_before_a_given_name() -> None:
    people = _people(["כותרת", "בין תלמידיו נמנו יואב אלמוג, דנה רביבו ו-נתן שחורי."])
    assert "נתן שחורי" in people


def test_a_foreign_family_name_whose_h_is_written_with_he_after_a_nationality() -> None:
    people = _people(["כותרת", "הגשר נבנה בידי המהנדס הבריטי ג'ורג' הולינגסוורת, ביוזמת הנציב."])
    assert people.get("ג'ורג' הולינגסוורת") == "המהנדס הבריטי"


def test_an_adjective_after_a_foreign_given_name_is_no_family_name() -> None:
    # near miss: a definite adjective (-י) after the given name
    people = _people(["כותרת", "הגשר נבנה בידי המהנדס הבריטי ג'ורג' הבריטי, ביוזמת הנציב."])
    assert "ג'ורג' הבריטי" not in people


def test_a_definite_role_noun_is_not_the_last_named_person_of_the_other_sex() -> None:
    paragraphs = [
        "כותרת",
        "במחקר שפרסמה ההיסטוריונית פרופ' רחל גרוס נבחנה הפעולה.",
        'השר אמר שהתוכנית "טובה מאוד ותיושם עוד השנה".',
    ]
    assert _speakers(paragraphs) != ["רחל גרוס"]


def test_a_definite_role_noun_is_still_the_person_just_named_of_its_sex() -> None:
    # near miss: the footballer named just before, "the player" of the same sex
    paragraphs = [
        "כותרת",
        "הכדורגלן עומר ליבנה חתם אתמול על חוזה חדש.",
        'השחקן סיפר: "אני שמח להישאר בקבוצה עוד שלוש שנים".',
    ]
    assert _speakers(paragraphs) == ["עומר ליבנה"]


# --- a document's passive statement ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('בדוח הוועדה נכתב: "המשרד לא פעל כנדרש ויש להפיק לקחים מיד".', "הוועדה"),
        ('בנימוקי הוועדה נכתב: "הזוכה העשיר את הזמר העברי בשירים רבים".', "הוועדה"),
        ('בפסק הדין נקבע כי "הנאשם פעל בזדון ובניגוד לחובתו כלפי הציבור".', "בית המשפט"),
        ('במחקר שפרסמה ב-2005 ההיסטוריונית שושנה גלר נקבע כי הפעולה "שינתה את פני המלחמה בצפון".', "שושנה גלר"),
    ],
)
def test_a_documents_passive_statement_is_its_owners(text: str, speaker: str) -> None:
    assert _speakers(["כותרת", text]) == [speaker]


def test_a_document_named_in_quote_marks_is_no_statement() -> None:
    # near miss: a report's title in marks, no passive verb of saying before it
    assert _speakers(["כותרת", 'הוועדה פרסמה את הדוח "לקחי המלחמה בצפון" בשנת 2005.']) == []


def test_a_paper_named_in_marks_before_the_passive_speaks() -> None:
    paragraphs = [
        "כותרת",
        'את השיר כתב עבורה המשורר אבנר כרמי. בעיתון "הבוקר החדש" נכתב על הופעתה: "קול צלול שלא נשמע כמותו".',
    ]
    assert _speakers(paragraphs) == ["הבוקר החדש"]


def test_a_passive_verb_of_saying_is_no_word_of_a_name() -> None:
    paragraphs = ["כותרת", 'הזמרת הקליטה שיר ערש. בשיר נאמר: "נומי נומי ילדה, אבא הלך לשדה".']
    assert "בשיר נאמר" not in _people(paragraphs)
    assert "בשיר נאמר" not in _speakers(paragraphs)


def test_a_title_written_out_after_an_office_is_no_given_name_of_a_second_person() -> None:
    paragraphs = [
        "כותרת",
        'מנכ"ל משרד התחבורה, הפרופ\' אורי ברנע, התייחס הערב למצב.',
        'הזינוק בתאונות: מנכ"ל משרד התחבורה פרופסור אורי ברנע, כינס הערב מסיבת עיתונאים.',
        'הוא פתח ואמר: "אני מודאג מאוד מהעלייה במספר התאונות ואני מדבר אליכם כאב".',
    ]
    people = _people(paragraphs)
    assert not any(name.startswith("פרופסור") for name in people)
    assert _speakers(paragraphs) == ["אורי ברנע"]


def test_a_town_of_two_words_whose_first_is_a_given_name_is_no_person_named_again() -> None:
    paragraphs = [
        "כותרת",
        "במהלך פעילות בעיר אור עקיבא , זיהו השוטרים חשוד.",
        "החשוד נעצר בתחנת עקיבא הסמוכה. תושבי עקיבא הודו לשוטרים.",
    ]
    assert "אור עקיבא" not in _people(paragraphs)


def test_a_towns_acronym_after_the_city_is_no_initials() -> None:
    people = _people(["כותרת", 'ראש העיר ב"ב רוזנברג נפגע וטרק את הטלפון באמצע השיחה.'])
    assert not any(name.startswith('ב"ב') for name in people)


def test_a_pronoun_and_a_verb_before_a_colon_are_no_topic() -> None:
    # near miss for the definite topic: "היא" opens a clause whose subject she is
    assert not definite_topic("היא נהגה לספר לנכדיה".split())
