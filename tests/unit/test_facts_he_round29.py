"""Hebrew quotes with their speaker, people, roles, organisations and places, round 29: constructions that recurred
on real Hebrew news pages (Knesset speeches, mayors and regional councils, union leaders, company boards, police
statements), written again with made-up names and sentences, each with near misses that keep their old reading."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(["כותרת", *paragraphs], "he")


def _speakers(paragraphs: list[str], headline: str = "כותרת") -> list[str | None]:
    return [q.speaker for q in quotes_of([headline, *paragraphs], "he")]


# --- a verb after an office is no family name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "verb"),
    [
        # pi'el past after the office, then a noun that a verb of saying spells ("מסר", a message)
        (["ראש הממשלה אבנר דרורי נאם אתמול.", 'ראש הממשלה שיגר מסר לשכנים ואמר: "לא נהסס לפעול".'], "שיגר"),
        # a headline's office, then a participle: the office's verb, its holder named in the body
        (
            [
                'ראש המועצה זועם על ההחלטה: "זו טעות חמורה שתפגע בכל התושבים"',
                "ראש המועצה האזורית גבעות, עמרי פלדמן, הגיב הבוקר.",
            ],
            "זועם",
        ),
    ],
)
def test_a_verb_after_an_office_is_no_person(paragraphs: list[str], verb: str) -> None:
    people = people_roles(paragraphs, "he")
    assert verb not in people, people
    assert verb not in _speakers(paragraphs[1:], paragraphs[0])


def test_the_office_speaks_through_its_holder() -> None:
    headline = 'ראש המועצה זועם על ההחלטה: "זו טעות חמורה שתפגע בכל התושבים"'
    assert _speakers(["ראש המועצה האזורית גבעות, עמרי פלדמן, הגיב הבוקר."], headline) == ["עמרי פלדמן"]
    paragraphs = ["ראש הממשלה אבנר דרורי נאם אתמול.", 'ראש הממשלה שיגר מסר לשכנים ואמר: "לא נהסס לפעול".']
    assert _speakers(paragraphs) == ["אבנר דרורי"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: listed family names of those shapes after an office stay names
        'השר ביטן מסר לכתבים: "נמשיך בעבודה".',
        'ראש העיר גולן אמר: "נמשיך בעבודה".',
    ],
)
def test_listed_names_after_an_office_stay(text: str) -> None:
    assert _speakers([text])[0] in ("ביטן", "גולן")


# --- a verb with "and" shares the subject the sentence opens with --------------------------------------------


def test_joined_verb_after_talking_with_others_is_the_subjects() -> None:
    text = (
        "עמרי פלדמן, ראש המועצה האזורית גבעות, שוחח עם נועם ברקוביץ ודנה שפירא בתוכנית הבוקר והתייחס "
        'לדברי התושבים: "אני מבין אותם".'
    )
    assert _speakers([text]) == ["עמרי פלדמן"]


def test_joined_verb_after_someone_elses_speech_is_the_subjects() -> None:
    paragraphs = [
        "ראש הממשלה אבנר דרורי נאם אתמול בכנסת.",
        'המגיש יואב קרמר, דיבר היום ברדיו על נאום ראש הממשלה דרורי ואמר: "זה הפריע לי".',
    ]
    assert _speakers(paragraphs) == ["יואב קרמר"]


def test_a_relative_clause_of_saying_keeps_its_antecedent() -> None:
    # near miss: "who said" after the one met makes the one met the speaker
    paragraphs = [
        "השר אבנר דרורי ביקר בעיר.",
        'דרורי נפגש עם ראש העיר עמרי פלדמן, שאמר: "אנחנו מוכנים לכל תרחיש שיבוא".',
    ]
    assert _speakers(paragraphs) == ["עמרי פלדמן"]


def test_a_clause_before_a_colon_is_its_opening_subjects() -> None:
    text = 'ראש העיר עמרי פלדמן ימשיך בתפקידו כיו"ר הפורום: "נמשיך לפעול למען היישובים".'
    assert _speakers([text]) == ["עמרי פלדמן"]


# --- a body named as where something was said, and a fronted phrase before the verb -------------------------


def test_the_police_speak_not_their_commissioner() -> None:
    paragraphs = [
        'ההודעות נשלחו בשם מפכ"ל המשטרה רב ניצב אבנר דרורי.',
        'במשטרה מבהירים כי "מדובר בהודעות כזב".',
        '"אנו קוראים לציבור לא להשיב", אמרו במשטרה.',
    ]
    assert "אבנר דרורי" not in _speakers(paragraphs)


def test_an_office_is_still_found_in_another_spelling() -> None:
    # near miss: the office itself (not a body) still finds its holder
    paragraphs = ['מפכ"ל המשטרה, רב ניצב אבנר דרורי, ביקר בתחנה.', '"נפעל בנחישות", אמר המפכ"ל.']
    assert _speakers(paragraphs) == ["אבנר דרורי"]


def test_a_fronted_phrase_before_the_verb_goes_on_with_the_speaker() -> None:
    paragraphs = ['ראש המועצה, עמרי פלדמן, הודה לעובדים ואמר: "אתם הכוח שלנו".', 'ובהקשר הרחב אמר: "לא נחסוך שקל".']
    assert _speakers(paragraphs) == ["עמרי פלדמן", "עמרי פלדמן"]


def test_a_place_with_a_plural_verb_is_no_fronted_phrase() -> None:
    # near miss: "at the police they said" keeps the body, not the last one named
    paragraphs = ["השר אבנר דרורי ביקר אתמול בעיר.", 'ובמשטרה אמרו: "נפעל בכל הכוח".']
    assert _speakers(paragraphs) != ["אבנר דרורי"]


# --- well-known people named by an office and the family name alone ------------------------------------------


def test_an_office_and_a_family_name_before_a_second_office() -> None:
    people = _people(['יו"ר הוועד הגיב לדברי רה"מ זוברמן והשר כץ על זכות השביתה.'])
    assert people.get("זוברמן") == 'רה"מ'
    assert people.get("כץ") == "השר"


def test_an_office_and_a_family_name_written_twice() -> None:
    paragraphs = [
        'הפגישה תואמה מול לשכת ראש הממשלה זוברמן", כך נטען.',
        "בתגובה נמסר שראש הממשלה זוברמן ורעייתו לא היו מעורבים.",
    ]
    assert _people(paragraphs).get("זוברמן") == "ראש הממשלה"


def test_a_glued_preposition_after_an_office_twice_is_no_name() -> None:
    # near miss: where the office holder spoke, written after the office in two sentences
    paragraphs = ["ראש הממשלה במליאה והשר בוועדה דיברו על התקציב.", "ראש הממשלה במליאה אמר כי יתמוך."]
    assert "במליאה" not in _people(paragraphs)


# --- glued words, verbs and companies read as names ---------------------------------------------------------


def test_that_glued_to_a_given_name_is_the_person_named_before() -> None:
    paragraphs = ["ראש המועצה שי חגואל נבחר שוב.", "לאחר ששי חגואל היה מועמד יחיד, ראשי המועצות תמכו בו."]
    people = _people(paragraphs)
    assert "ששי חגואל" not in people, people
    assert "שי חגואל" in people, people


def test_a_passive_verb_after_a_foreign_given_name_is_no_family_name() -> None:
    people = _people(["כהונה שנייה: ג'ורג' נבחר שוב ליו\"ר הפורום.", "הוא נבחר ברוב גדול."])
    assert "ג'ורג' נבחר" not in people, people


def test_a_company_after_its_head_noun_is_no_person() -> None:
    paragraphs = ['חברת האנרגיה המתחדשת ליאור סולאר מתקשה למצוא מנכ"ל.', "חברת ליאור סולאר ידעה טלטלות."]
    people = _people(paragraphs)
    assert not any("סולאר" in name for name in people), people


def test_a_member_of_the_knesset_stays_a_person() -> None:
    # near miss: "a member of" the body, then the person
    people = _people(["חברת הכנסת ליאור כהן אמרה כי תתנגד לחוק."])
    assert "ליאור כהן" in people, people


def test_an_adverb_after_a_country_is_no_family_name() -> None:
    text = '"ישראל מעולם לא הייתה חזקה יותר. מעולם לא היה דבר כזה", אמר השר. הם מעולם לא ויתרו.'
    assert "ישראל מעולם" not in _people([text])


# --- roles: offices and names in turn, a plural office with its adjective --------------------------------------


def test_offices_and_names_in_turn_keep_each_office_with_its_name() -> None:
    text = 'האירוע היה במעמד ראש המועצה, יוסי לוינסון, מנכ"ל המועצה, רון אלמוג, ורב המועצה, הרב משה גבאי.'
    people = _people([text])
    assert people.get("יוסי לוינסון") == "ראש המועצה", people
    assert people.get("רון אלמוג") == 'מנכ"ל המועצה', people


def test_an_apposition_that_is_no_list_keeps_its_role() -> None:
    # near miss: one name and its office in commas, no second name after it
    people = _people(['יוסי לוינסון, מנכ"ל המועצה, אמר כי התקציב אושר.'])
    assert people.get("יוסי לוינסון") == 'מנכ"ל המועצה', people


def test_a_plural_office_and_its_adjective_before_two_names() -> None:
    people = _people(['המנכ"לים המשותפים אבנר דרורי ועמרי פלדמן התפטרו בחודש יוני.'])
    assert people.get("אבנר דרורי") == 'המנכ"לים המשותפים', people
    assert people.get("עמרי פלדמן") == 'המנכ"לים המשותפים', people


# --- councils named by two words, or by one word before their head's name ----------------------------------


def _bodies(paragraphs: list[str]) -> list[str]:
    return [f.text for f in facts_of(["כותרת", *paragraphs], "he") if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("ראש המועצה האזורית גבעות אלונים, עמרי פלדמן, הגיב הבוקר להסלמה.", "המועצה האזורית גבעות אלונים"),
        ('ראש המועצה האזורית אלונים שי פלדמן ימשיך בתפקידו כיו"ר הפורום.', "המועצה האזורית אלונים"),
        ("פלדמן מכהן כראש המועצה האזורית אלונים מאז שנת 2012.", "המועצה האזורית אלונים"),
        # (a name's second word that is also a given name, closed by the comma)
        ("ראש המועצה האזורית גבעות אלון, עמרי פלדמן, הגיב הבוקר להסלמה.", "המועצה האזורית גבעות אלון"),
    ],
)
def test_a_councils_name_of_two_words_or_before_its_heads_name(text: str, body: str) -> None:
    assert body in _bodies([text])


def test_a_council_and_a_clause_after_it_is_no_longer_name() -> None:
    # near miss: a one-word name, then the clause's verb
    bodies = _bodies(["המועצה האזורית אלונים החליטה לסגור את הכביש."])
    assert "המועצה האזורית אלונים החליטה" not in bodies


# --- a verb that spells a given name, and a headline's office with its field and place -------------------------


def test_gave_a_statement_is_no_name() -> None:
    text = 'מנהל המחלקה בבית החולים, פרופסור עמרי פלדמן, נתן הצהרה על מצב הפצועה: "מצבה יציב ולא נשקפת סכנה לחייה".'
    assert _speakers([text]) == ["עמרי פלדמן"]
    assert "נתן הצהרה" not in _people([text])


def test_a_headline_office_with_its_field_and_place_is_its_holders() -> None:
    headline = 'מנהל מיון בהדסים: "מצב הפצועה יציב, לא נשקפת סכנה לחייה"'
    body = ["מנהל המחלקה לרפואה דחופה בבית החולים הדסים, פרופסור עמרי פלדמן, מסר כי הפצועה בהכרה."]
    assert _speakers(body, headline)[:1] == ["עמרי פלדמן"]


def test_a_name_after_an_office_stays_its_holder() -> None:
    # near miss: a given name after the office, then a family name: the person speaks
    assert _speakers(['מנהל המחלקה עמרי בבלי: "המצב יציב ולא נשקפת סכנה"']) == ["עמרי בבלי"]


# --- offices listed with "or" and "and", a participle and an infinitive, a plural in construct ----------------


def test_offices_joined_by_or_and_and_name_no_one() -> None:
    paragraphs = [
        "בית המשפט קבע שהגשת כתב אישום נגד שר או סגן שר עשויה לחייב, בחלק מהמקרים, את פיטוריהם.",
        "סמכותו של ראש הממשלה לפטר שר וסגן שר מחייבת אותו לשקול את המשך כהונת השר או סגן השר.",
        "בית המשפט חייב את ראש הממשלה לפטר את נושאי המשרה, ופסק הדין עסק בשני נושאי משרה.",
    ]
    people = _people(paragraphs)
    for false in ("או סגן", "עשויה לחייב", "וסגן שר", "נושאי"):
        assert false not in people, people


def test_a_minister_named_after_the_office_stays() -> None:
    # near miss: the office, then a given name and a family name
    people = _people(["שר הפנים אבנר דרורי וסגן שר הדתות עמרי פלדמן פוטרו."])
    assert "אבנר דרורי" in people and "עמרי פלדמן" in people, people


# --- "so said X" after the words, across the sentence and the paragraph -----------------------------------------


def test_so_said_after_a_headline_names_its_speaker() -> None:
    headline = '"המצב בגבול קשה, אך ביטחון התושבים חשוב לנו יותר"'
    body = [
        "כך אמר אמש (רביעי) שר הביטחון בעקבות מות שני חיילים בגבול. "
        '"עמדנו בהרבה מבחנים קשים בעבר ונביא פתרון גם לירי הרקטות"',
        '"אנחנו רואים את הסבל של תושבי הדרום ושל החיילים שעומדים על המשמר". כך אמר שר הביטחון אבנר דרורי.',
    ]
    assert _speakers(body, headline) == ["אבנר דרורי", "אבנר דרורי", "אבנר דרורי"]


def test_a_quote_already_attributed_keeps_its_speaker() -> None:
    # near miss: the quote names its own speaker; "כך אמר" after it names another's words
    body = ['"נמשיך לפעול בכל הכוח", אמר עמרי פלדמן.', "כך אמר גם אבנר דרורי בכנס אחר."]
    assert _speakers(body) == ["עמרי פלדמן"]


# --- places: a relative clause after "the area", a country's adjective after "village" -------------------------


def _places(paragraphs: list[str]) -> list[str]:
    return [f.text for f in facts_of(["כותרת", *paragraphs], "he") if f.kind == "place"]


def test_a_relative_clause_and_an_adjective_of_a_country_are_no_places() -> None:
    places = _places(
        [
            "ראש המועצה התייחס לדברי התושבים באזור שאמרו שלא יחזרו לבתיהם.",
            "בית הספר נמצא 500 מטר מיישוב לבנוני.",
        ]
    )
    assert "שאמרו" not in places and "לבנוני" not in places, places


def test_a_town_after_the_area_or_village_word_stays() -> None:
    # near miss: a town the gazetteer knows after the area word, and an unlisted village's name
    places = _places(["הירי נשמע באזור שכם אמש.", "הם גרים ביישוב קצביה שבגליל."])
    assert "שכם" in places and "קצביה" in places, places


def test_to_me_and_a_preposition_phrase_is_no_name() -> None:
    text = 'המגיש יואב קרמר אמר: "הדבר שהכי הפריע לי בדיון, החיוך של השר, החיוך והזלזול".'
    assert "לי בדיון" not in _people([text])


def test_and_is_not_after_an_adjective_is_no_name() -> None:
    text = 'עמרי פלדמן משמש כסמנכ"ל כספים, והוא נחשב מועמד מקצועי ראוי ואינו מזוהה פוליטית.'
    assert "ראוי ואינו" not in _people([text])
