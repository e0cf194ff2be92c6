"""Hebrew quotes with their speaker, people and roles, round 33: constructions that recurred on real Hebrew news
pages (police and ministry statements, party responses, protest leaders, committee chairs), written again with
made-up names and sentences, each with near misses that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(["כותרת", *paragraphs], "he")


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(["כותרת", *paragraphs], "he")]


_OPENING = 'ראש העיר משה לוינשטיין אמר: "אנחנו נבנה את הגשר עד הקיץ".'


# --- a group in the construct state before a plural verb speaks, not the person just named -----------------------


def test_a_group_before_a_plural_verb_speaks() -> None:
    paragraphs = [_OPENING, 'מארגני ההפגנה מסרו בתגובה כי "זה שקר גמור מתחילתו ועד סופו".']
    assert _speakers(paragraphs) == ["משה לוינשטיין", "מארגני ההפגנה"]


def test_residents_of_a_town_speak() -> None:
    paragraphs = [_OPENING, 'תושבי קריית שמונה אמרו: "אף אחד לא שאל אותנו דבר".']
    assert _speakers(paragraphs)[-1] == "תושבי קריית שמונה"


def test_a_given_name_before_a_plural_verb_is_no_group() -> None:
    # near miss: "בני" and a family name is a person and his partner, not "the sons of"
    paragraphs = [_OPENING, 'בני ברגמן ואשתו אמרו: "אף אחד לא שאל אותנו דבר".']
    assert _speakers(paragraphs)[-1] == "בני ברגמן"


# --- a body after ב or מ, its people act, then say it with "and" ---------------------------------------------------


def test_a_body_that_acts_and_says_speaks() -> None:
    paragraphs = [_OPENING, 'מלשכת השר פרסמו הבהרה לדברים ומסרו בתגובה כי "הדברים הוצאו מהקשרם".']
    assert _speakers(paragraphs)[-1] == "לשכת השר"


def test_a_time_that_opens_the_clause_is_no_body() -> None:
    # near miss: "in the week" before the plural verb is a time, no body: the reading stays the old one
    paragraphs = [_OPENING, 'בשבוע שעבר פרסמו הבהרה ומסרו כי "הדברים הוצאו מהקשרם".']
    assert _speakers(paragraphs)[-1] == "משה לוינשטיין"


# --- a body said one quote and goes on in the same sentence with "and" --------------------------------------------


def test_a_body_goes_on_after_and() -> None:
    paragraphs = [
        "יואב שמיר, בעל החברה, סירב להגיב.",
        '"החשוד שוחרר בתנאים מגבילים", הוסיפו במשטרה, והדגישו כי "החקירה נמשכת במלוא המרץ".',
    ]
    assert _speakers(paragraphs) == ["המשטרה", "המשטרה"]


# --- a plural present verb after a body in ב is the body's people, not "her" --------------------------------------


def test_a_body_in_bet_with_a_present_plural_speaks() -> None:
    paragraphs = [_OPENING, 'בעירייה אומרים: "הכל יתוקן בקרוב מאוד".']
    assert _speakers(paragraphs)[-1] == "העירייה"


def test_her_speech_with_a_singular_verb_stays_hers() -> None:
    # near miss: "in her speech she said": the woman just named speaks
    paragraphs = ["השרה רונית גלעדי הגיעה לכנס.", 'בנאומה אמרה: "הכל יתוקן בקרוב מאוד".']
    assert _speakers(paragraphs) == ["רונית גלעדי"]


def test_a_body_in_bet_then_whom_it_was_told() -> None:
    paragraphs = [_OPENING, 'במשרד הבריאות אומרים לכתבנו: "אין סיבה לדאגה בשלב זה".']
    assert _speakers(paragraphs)[-1] == "משרד הבריאות"


# --- "אשר" after a title and a given name is the family name -----------------------------------------------------


def test_asher_after_a_title_and_a_given_name_is_a_family_name() -> None:
    paragraphs = ['יו"ר הוועדה ח"כ יעקב אשר נעל את הישיבה ואמר: "הוואקום שנוצר מסוכן מאוד".']
    assert "יעקב אשר" in _people(paragraphs)
    assert _speakers(paragraphs) == ["יעקב אשר"]


def test_asher_after_a_role_noun_opens_a_relative_clause() -> None:
    # near miss: after a role noun, not a title proper, "אשר" is "who"
    paragraphs = ["הנער יוסי אשר נפצע בתאונה הועבר לבית החולים."]
    assert "יוסי אשר" not in _people(paragraphs)


# --- a headline "X הגיב ל-Y:": the one before the verb speaks, the one after ל is answered ---------------------------


def test_a_family_name_before_a_verb_and_its_addressee() -> None:
    paragraphs = [
        "ראש הממשלה אבנר גלבוע הגיב הערב לדברי יריבו, שר האוצר לשעבר רונן שטרן, בכנס.",
        'גלבוע אמר כי "יש לנו תקציב מוכן וצריך לאשר אותו עכשיו".',
    ]
    speakers = [q.speaker for q in quotes_of(['גלבוע הגיב לשטרן: "יש לנו תקציב מוכן ומאושר"', *paragraphs], "he")]
    assert speakers[0] == "אבנר גלבוע"


def test_a_time_before_the_verb_is_no_subject() -> None:
    # near miss: "yesterday" opens the clause, no family name: the old reading stays
    from briefing_app.core.facts.quote_speakers_rtl import he_speaker_before

    assert he_speaker_before("אתמול הגיב לשטרן: ") != "אתמול"


# --- "בהם אמר כי": in which he said, a relative; no person "בהם" -------------------------------------------------


def test_in_which_he_said_is_no_name() -> None:
    paragraphs = [
        'ראש הממשלה אבנר גלבוע הגיב הערב לדבריו של שר האוצר לשעבר רונן שטרן בכנס, בהם אמר כי "לא אתן לזה לקרות".'
    ]
    assert _speakers(paragraphs) == ["רונן שטרן"]
    assert "בהם" not in _people(paragraphs)


# --- a definite role noun and its adjective stand for the one just named ----------------------------------------


def test_the_coach_with_an_adjective_is_the_one_just_named() -> None:
    paragraphs = ['כך סיכם אלון דהן מאמן הפועל גבעת ברנר את המשחק. עוד הוסיף המאמן הוותיק: "הגענו למספיק מצבים לנצח".']
    assert _speakers(paragraphs) == ["אלון דהן"]


def test_an_office_with_its_body_is_no_adjective() -> None:
    # near miss: "ראש הממשלה" is a construct head and its body, no adjective; the office's holder speaks
    paragraphs = ["ראש הממשלה אבנר גלבוע נחת בבוקר.", 'עוד הוסיף ראש הממשלה: "הגענו למספיק הישגים"']
    assert _speakers(paragraphs) == ["אבנר גלבוע"]


# --- an office right after a name the shape readers found, with no commas ----------------------------------------


def test_an_office_after_a_name_with_no_commas() -> None:
    assert _people(["כך אמר יוסי כהן ראש עיריית חולון בכנס."]) == {"יוסי כהן": "ראש עיריית חולון"}


def test_a_verb_after_a_name_is_no_office() -> None:
    # near miss: the verb after the name opens the predicate, no office
    assert _people(["כך אמר יוסי כהן בכנס הבוקר."]) == {"יוסי כהן": None}


# --- a named subject before the verb, then an adjunct naming someone else in commas -----------------------------


def test_the_subject_before_the_verb_speaks_past_a_long_adjunct() -> None:
    paragraphs = [
        "יושב ראש הוועדה, אלון ברגמן, אמר היום בכנס המיוחד לציון עשר שנים למותו של ראש העיר, משה לוינשטיין, "
        'כי "הרבה השתנה מאז בעיר שלנו".'
    ]
    assert _speakers(paragraphs) == ["אלון ברגמן"]


def test_a_verb_first_clause_keeps_the_name_in_commas() -> None:
    # near miss: nothing before the verb; the role and the name after it are its subject
    paragraphs = ['אמר אתמול בכנסת שר החוץ, אלון ברגמן, כי "הרבה השתנה מאז בעיר שלנו".']
    assert _speakers(paragraphs) == ["אלון ברגמן"]


# --- where and when before a colon name no speaker ---------------------------------------------------------------


def test_a_place_before_the_colon_is_no_speaker() -> None:
    paragraphs = ['ראש העיר אלון ברגמן, בטקס הממלכתי לזכר הנופלים, בהר הרצל: "אנחנו זוכרים את כולם".']
    assert _speakers(paragraphs) == ["אלון ברגמן"]
    assert "בהר הרצל" not in _people(paragraphs)


def test_a_family_name_and_where_in_a_headline() -> None:
    speakers = [
        q.speaker
        for q in quotes_of(
            ['ברגמן באזכרה ללוינשטיין: "אנחנו זוכרים את כולם"', 'ראש העיר אלון ברגמן נאם: "אנחנו זוכרים הכל".'],
            "he",
        )
    ]
    assert speakers[0] == "אלון ברגמן"


# --- false people: a verb and a family name, a family name in gershayim, a rank that is a verb --------------------


def test_said_and_a_family_name_twice_is_no_person() -> None:
    paragraphs = [
        "ראש העיר אלון ברגמן נאם בכנס.",
        '"אנחנו נמשיך לבנות" אמר ברגמן.',
        'בסיום דבריו אמר ברגמן: "תודה לכולם".',
    ]
    assert "אמר ברגמן" not in _people(paragraphs)


def test_katz_in_gershayim_is_no_initials() -> None:
    paragraphs = ['שר הביטחון ישראל כ"ץ אישר את התוכנית.', "שר הביטחון אישר היום גם את התקציב."]
    assert set(_people(paragraphs)) == {'ישראל כ"ץ'}


def test_initials_before_a_family_name_stay_a_person() -> None:
    # near miss: two letters of given names before a listed family name
    assert 'ש"י כהן' in _people(['הסופר ש"י כהן כתב את הספר.'])


def test_a_rank_that_is_a_verb_inside_a_quote() -> None:
    paragraphs = ['ראש העיר אלון ברגמן אמר: "הרצח עצמו ניצב כמובן בזכרוננו, כל אחד זוכר".']
    assert set(_people(paragraphs)) == {"אלון ברגמן"}


# --- a group's speakers in the construct state: his lawyers speak, not he ----------------------------------------


def test_his_lawyers_speak_not_he() -> None:
    paragraphs = [
        "העיתונאי רונן שטרן תובע את העיתון.",
        'עורכי הדין של שטרן טוענים כי "במהלך השימוע ניכר היה הזלזול בתובע".',
    ]
    assert _speakers(paragraphs) == ["עורכי הדין של שטרן"]


def test_a_given_name_in_construct_shape_is_still_a_person() -> None:
    # near miss: "דני" ends in י but is a given name before a family name; he speaks
    paragraphs = ['דני שטרן טוען כי "במהלך השימוע ניכר היה הזלזול בתובע".']
    assert _speakers(paragraphs) == ["דני שטרן"]


# --- an anonymous source opens the clause before a bare verb -----------------------------------------------------


def test_an_anonymous_source_speaks_after_a_bare_verb() -> None:
    paragraphs = [
        "גורם ביטחוני בכיר קורא לאלוף אלון ברגמן להילחם על תפקידו.",
        'הגורם הביטחוני טוען כי לברגמן נעשה עוול. "הייתי יוצא למאבק בלי לחשוב פעמיים", אמר.',
    ]
    assert _speakers(paragraphs) == ["הגורם הביטחוני"]


def test_a_named_subject_before_a_bare_verb_stays() -> None:
    # near miss: the sentence before opens with a named person, who speaks
    paragraphs = [
        "האלוף אלון ברגמן טוען כי נעשה לו עוול.",
        '"הייתי יוצא למאבק בלי לחשוב פעמיים", אמר.',
    ]
    assert _speakers(paragraphs) == ["אלון ברגמן"]


# --- a list's next item after "and" takes no role from the item before -------------------------------------------


def test_and_opens_the_next_item_of_a_list() -> None:
    people = _people(['מוזכרים שמות וביניהם נורית דאבוש, לשעבר יו"ר מועצת הרשות, ויונה ברגמן, שכבר התנסה בתפקיד.'])
    assert people.get("יונה ברגמן") is None
    assert "ויונה ברגמן" not in people


def test_a_modal_and_an_infinitive_are_no_name() -> None:
    assert "אמור להיות" not in _people(["המפקד הזמני שייבחר אמור להיות סוג של פרויקטור."])


def test_a_latin_name_in_a_role_is_one_word() -> None:
    assert _people(['להיות בעלים של החברה הופך את צביקה נווה, מנכ"ל CGI, לאדם מבוקש.']) == {"צביקה נווה": 'מנכ"ל CGI'}


# --- kin in commas after a name is the role; a preposition's noun after a foreign name is no family name ---------


def test_kin_in_commas_after_a_name_is_the_role() -> None:
    people = _people(['"אני חוששת שזו תהיה חוויה קשה", אומרת מיכל ברגמן, אמו של איתי, שפתחה במאבק.'])
    assert people == {"מיכל ברגמן": "אמו של איתי"}


def test_an_office_in_commas_is_still_read() -> None:
    # near miss: an office, not kin, after the comma
    people = _people(['"אני חוששת שזו תהיה חוויה קשה", אומרת מיכל ברגמן, מנהלת בית הספר, שפתחה במאבק.'])
    assert people == {"מיכל ברגמן": "מנהלת בית הספר"}


def test_a_foreign_club_before_a_league_is_no_person() -> None:
    paragraphs = [
        "המאמן אלון ברגמן דיבר על ההפסד בליגת האלופות.",
        '"אחרי המשחק מול פאריס סן ז\'רמן בליגת האלופות יצאנו לשם והפסדנו", אמר ברגמן.',
    ]
    assert "ז'רמן בליגת" not in _people(paragraphs)


# --- a body named in marks in apposition after its kind or its owner's description ------------------------------


def _orgs(paragraphs: list[str]) -> list[str]:
    from tests.unit.facts_helpers import facts_of

    return [f.text for f in facts_of(["כותרת", *paragraphs], "he") if f.kind == "organisation"]


def test_a_quoted_name_after_a_kind_and_a_comma() -> None:
    orgs = _orgs(['המשאבים של חברת התעופה הממשלתית, "ארקיע", אפשרו לטוס מהר.'])
    assert "ארקיע" in orgs
    assert "חברת התעופה הממשלתית" not in orgs


def test_a_quoted_headed_name_after_a_description() -> None:
    orgs = _orgs(['הממשלה לקחה את הניהול מידי בעלת המכרה הפרטית, "חברת הכרייה הצפונית של עין גדי".'])
    assert "חברת הכרייה הצפונית של עין גדי" in orgs


def test_a_speech_quote_after_a_company_is_no_name() -> None:
    # near miss: a whole clause in marks after the company and a comma is what it said, no name
    orgs = _orgs(['חברת החשמל הודיעה אתמול, "התקלה תתוקן עד מחר בבוקר בכל רחבי הארץ".'])
    assert all("התקלה" not in o for o in orgs)


# --- batch 5: a body's people go on, a channel's letter, an open apposition, a family speaks ----------------------


def test_a_ministry_in_bet_adds() -> None:
    paragraphs = [_OPENING, 'במשרד מוסיפים כי "למרות הירידה בתחלואה, המשרד ממשיך לפעול לחסן".']
    assert _speakers(paragraphs)[-1] == "המשרד"


def test_a_channel_letter_after_the_verb_is_no_speaker() -> None:
    paragraphs = ['ד"ר רונית גלעדי, מרכזת הצוות לטיפול במגפות במשרד, אמרה היום ברשת ב\': "תהיה עלייה בתחלואה".']
    assert _speakers(paragraphs) == ["רונית גלעדי"]


def test_a_titled_name_before_an_open_apposition_speaks() -> None:
    paragraphs = ['ד"ר רונית גלעדי, מרכזת הצוות לטיפול במגפות במשרד אמרה היום: "תהיה עלייה בתחלואה".']
    assert _speakers(paragraphs) == ["רונית גלעדי"]


def test_a_body_opening_the_part_after_the_comma_keeps_its_reading() -> None:
    # near miss: a definite body after the comma is a subject of its own, no description of the name before it
    from briefing_app.core.facts.he_subject_then_adjunct import named_before_open_apposition

    assert not named_before_open_apposition(['ד"ר רונית גלעדי', " המשטרה מסרה"])


def test_the_family_of_someone_speaks() -> None:
    paragraphs = [
        "בבית החולים נפטרה ניצולת השואה מרים ברגמן בת 98.",
        'משפחתה של מרים ביקשה למסור: "אמנו וסבתנו היקרה שרדה את השואה ובנתה בית לתפארת".',
    ]
    assert _speakers(paragraphs) == ["משפחתה של מרים"]


def test_former_is_no_purpose_of_the_government() -> None:
    assert _orgs(["ראש הממשלה לשעבר אלון ברגמן נאם בכנס."]) == []


def test_a_family_name_shaped_as_an_infinitive_after_a_title() -> None:
    # near miss of "אמור להיות": a listed family name in ל after a minister's given name stays a name
    assert "דנה לוינר" in _people(["שרת הבריאות דנה לוינר ביקרה בבית החולים."])


def test_a_body_labelling_a_headline_is_not_its_directors() -> None:
    paragraphs = ['מנכ"ל משרד הבריאות אלון ברגמן אמר: "אנחנו לא יכולים לומר שהסיכון מאחורינו".']
    speakers = [q.speaker for q in quotes_of(["משרד הבריאות: עלייה במספר החולים הקשים", *paragraphs], "he")]
    assert "אלון ברגמן" not in speakers[:-1]


def test_an_office_labelling_a_headline_is_its_holder() -> None:
    # near miss: an office, no body, before the headline's colon
    paragraphs = ['שר האוצר אלון ברגמן אמר: "אנחנו נביא את התקציב לממשלה בשבוע הבא".']
    speakers = [q.speaker for q in quotes_of(["שר האוצר: נביא את התקציב לממשלה", *paragraphs], "he")]
    assert speakers == ["אלון ברגמן", "אלון ברגמן"]


def test_one_of_a_group_before_a_relative_clause_speaks() -> None:
    paragraphs = [_OPENING, 'אחד מחברי המועצה שהיה נוכח ושמע את הדברים אמר "לא ברור מה הייתה כוונתו של החבר".']
    assert _speakers(paragraphs)[-1] == "אחד מחברי המועצה"
    assert set(_people(paragraphs)) == {"משה לוינשטיין"}


def test_one_of_a_group_with_no_clause_stays() -> None:
    # near miss: no relative clause, the old reading
    paragraphs = [_OPENING, 'אחד התושבים סיפר: "לא ישנו כל הלילה בגלל הרעש".']
    assert _speakers(paragraphs)[-1] == "אחד התושבים"


def test_a_family_name_in_yod_and_its_verb_is_no_group() -> None:
    # near miss of "מובילי המאבק": a family name ending in י before a hif'il verb is the person
    paragraphs = ['ח"כ אלון טיבי ניהל את הדיון.', 'טיבי המשיך: "הפירוש של המילה הזו הוא אחר לגמרי".']
    assert _speakers(paragraphs) == ["אלון טיבי"]


# --- batch 6: a titled name before "על" in a headline; a new subject joined by "and" after an earlier quote -------


def test_a_titled_name_about_someone_in_a_headline() -> None:
    paragraphs = ['ח"כ רונן גלבוע הגיב לביקורת של אלון ברגמן: "הימצאותו בכנסת מסכנת את כבודה".']
    speakers = [q.speaker for q in quotes_of(['ח"כ גלבוע על אלון ברגמן: "הערת שוליים אנקדוטלית"', *paragraphs], "he")]
    assert speakers[0] == "רונן גלבוע"


def test_an_office_about_its_field_stays() -> None:
    # near miss: "הממונה על השכר X Y:" is an office and its field, then its holder
    from briefing_app.core.facts.quote_speakers_rtl import he_speaker_before

    assert he_speaker_before("הממונה על השכר אלון ברגמן: ") == "אלון ברגמן"


def test_a_new_subject_joined_by_and_answers() -> None:
    paragraphs = [
        'בוועדה ישבו ח"כ נועה גלבוע וח"כ רונן ברגמן.',
        'ברגמן אמר בדיון: "אנחנו נמצאים בימים קשים", וגלבוע התפרצה לדבריו והשיבה: "אתה לא תדבר כך".',
    ]
    assert _speakers(paragraphs) == ["רונן ברגמן", "נועה גלבוע"]


def test_a_headline_said_to_someone() -> None:
    paragraphs = ['ח"כ אלון טיבי ביקש מחבר הכנסת רונן ברגמן לומר את המילה.', '"תגיד את זה בערבית", אמר טיבי לברגמן.']
    speakers = [q.speaker for q in quotes_of(['טיבי לברגמן: "תגיד את זה בערבית"', *paragraphs], "he")]
    assert speakers[0] == "אלון טיבי"
