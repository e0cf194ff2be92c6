"""Hebrew people, roles, speakers and organisations in the constructions of real Israeli news pages (health,
budget, unions, municipal, police, business), round 23, written again with made-up names and sentences: a
family name the list keeps hyphenated written with a space ("X בר סימן טוב"), a long office before a name, a
name that is a preposition's object inside a role, a relative clause or a time phrase where a name was read,
a headline's topic before a colon, and bodies: a city council, a regional council by its side of the map, a
committee of two fields or of a list after a comma, a bank before a plural or a definite noun, "לרשות" of
disposal, a body's people who say ('ברשות מתארים "..."')."""

from __future__ import annotations

import pytest

from briefing_app.core.facts.people_he_bounds import governed_role
from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(paragraphs, "he")


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "he")]


def _bodies(text: str) -> list[str]:
    return [f.text for f in facts_of(["כותרת", text], "he") if f.kind == "organisation"]


# --- people and speakers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('מנכ"ל משרד התיירות, עוזי בר סימן טוב: "נחזק את הצפון ונחזיר את התיירים".', "עוזי בר סימן טוב"),
        ('יו"ר האיגוד, דפנה שם טוב: "לא נוותר על אף עובד".', "דפנה שם טוב"),
        ('מנהל בית החולים, גדי לב ארי: "הצוותים עובדים סביב השעון".', "גדי לב ארי"),
    ],
)
def test_a_family_name_kept_hyphenated_in_the_list_is_read_whole_when_spaced(text: str, name: str) -> None:
    assert _speakers(["כותרת", text]) == [name]
    assert name in _people(["כותרת", text])


def test_the_spaced_family_name_alone_is_the_same_person() -> None:
    paragraphs = [
        "כותרת",
        'מנכ"ל משרד התיירות עוזי בר סימן טוב הגיע לביקור במלון.',
        'עוזי בר סימן טוב מנכ"ל משרד התיירות: "בתקופה האחרונה נערכנו לתת מענה לכל האורחים. נמשיך לחזק את הצפון."',
    ]
    people = _people(paragraphs)
    assert "סימן טוב" not in people
    assert _speakers(paragraphs) == ["עוזי בר סימן טוב"]


def test_a_word_after_the_name_whose_hyphenated_pair_the_list_lacks_is_no_second_half() -> None:
    # near miss: "סימן-הגיע" is no family name, so the name stays as read and takes no verb
    people = _people(["כותרת", 'מנכ"ל המשרד עוזי בר סימן הגיע לביקור במלון.'])
    assert not any(name.endswith("הגיע") for name in people)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            'אתמול אישר יו"ר ועד עובדי רשות שדות התעופה יואב גולן כי השביתה תואמה.',
            "יואב גולן",
            'יו"ר ועד עובדי רשות שדות התעופה',
        ),
        ('הודיע יו"ר ועד עובדי חברת הנמלים הצפונית ליאור דהן כי יושבתו הנמלים.', "ליאור דהן", 'יו"ר ועד עובדי'),
    ],
)
def test_a_long_office_before_the_name_is_read(text: str, name: str, role: str) -> None:
    assert role in (_people(["כותרת", text]).get(name) or "")


def test_a_copula_ends_the_subject_before_a_place_name() -> None:
    # near miss: "המחבל היה מאושפז בבית החולים" is a clause; the town's second word and "בעפולה" name nobody
    people = _people(["כותרת", "בחודשים שלפני כן החשוד היה מאושפז בבית החולים כפר אליעזר בעפולה."])
    assert not any("בעפולה" in name for name in people)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('נעצר חשוד בתקיפת ח"כ אורי פלדמן', "אורי פלדמן", 'ח"כ'),
        ("הוגש כתב אישום נגד חשודה בהכאת השר נועם גבאי", "נועם גבאי", "השר"),
    ],
)
def test_a_name_under_a_construct_noun_of_an_act_keeps_only_its_title(text: str, name: str, role: str) -> None:
    assert _people([text, "גוף הכתבה."]).get(name) == role


def test_a_title_of_address_under_an_act_leaves_the_suspect_out() -> None:
    assert "חשוד" not in (_people(['נעצר חשוד ברציחת ד"ר רונן אלמוג', "גוף הכתבה."]).get("רונן אלמוג") or "")


def test_the_one_replaced_after_bmakom_holds_no_new_office() -> None:
    people = _people(["כותרת", 'בשנה הבאה ייבחר יו"ר חדש לבנק הצפון במקום עמוס רייכמן, שיסיים את כהונתו.'])
    assert "במקום" not in (people.get("עמוס רייכמן") or "")


@pytest.mark.parametrize(
    ("role", "kept"),
    [
        ("מנהל המחלקה לרפואת ילדים", "מנהל המחלקה לרפואת ילדים"),  # near miss: the adjunct is the field
        ("ראש הצוות לבדיקת התקלה", "ראש הצוות לבדיקת התקלה"),
        ('חשוד בתקיפת ח"כ', 'ח"כ'),
        ('יו"ר חדש לבנק הצפון במקום', ""),
    ],
)
def test_only_a_title_after_an_act_of_is_the_role_of_its_object(role: str, kept: str) -> None:
    assert governed_role(role) == kept


def test_a_family_name_with_ben_named_alone_in_a_headline_is_the_same_person() -> None:
    paragraphs = ['נעצר חשוד בתקיפת ח"כ בן חיים', "חבר הכנסת אלעד בן חיים (הליכוד) הותקף לפני שבוע."]
    people = _people(paragraphs)
    assert "בן חיים" not in people
    assert "אלעד בן חיים" in people


@pytest.mark.parametrize(
    "text",
    [
        "עליו חתמה חברת הנמלים הישראלית מול חברה זרה במסגרת ההסכם.",
        "הוא הגיע לצד שגרירה חדשה בתחילת השבוע.",
    ],
)
def test_a_preposition_written_as_a_word_starts_no_name(text: str) -> None:
    people = _people(["כותרת", text])
    assert not any(name.split()[0] in ("מול", "לצד") for name in people)


def test_a_relative_clause_in_an_offices_commas_is_no_name() -> None:
    text = "המנהלת הבכירה לשעבר בקופה, שהחלה כמזכירה, בטוחה ביכולותיה."
    assert not any(name.startswith("שהחלה") for name in _people(["כותרת", text]))


def test_a_name_no_list_holds_after_an_office_still_counts() -> None:
    # near miss of the relative clause: a name in the commas, closed by a verb of saying, is still the holder
    people = _people(["כותרת", "מנהלת המחלקה, זוהרה קלמנוביץ, הסבירה כי המצב קשה."])
    assert "זוהרה קלמנוביץ" in people


@pytest.mark.parametrize(
    "text",
    [
        'מנגד, יו"ר האיגוד יואב גולן התייחס לפני זמן קצר ל"פרסומים השקריים" כדבריו.',
        'יו"ר האיגוד יואב גולן התייחס בתום הדיון ל"מהלך פסול" כדבריו.',
    ],
)
def test_a_time_phrase_after_the_verb_is_no_speaker(text: str) -> None:
    people = _people(["כותרת", text])
    assert set(people) == {"יואב גולן"}
    assert all(s in (None, "יואב גולן") for s in _speakers(["כותרת", text]))


def test_a_headline_topic_before_a_colon_names_no_speaker() -> None:
    paragraphs = ['דיון סוער בוועדה על הסכם הנמלים: "חברה שמתחמקת מכל פיקוח"', "גוף הכתבה."]
    assert _speakers(paragraphs) == []  # (no one credited: no quote at all, round 43)
    assert not _people(paragraphs)


def test_an_office_with_al_before_a_colon_still_speaks() -> None:
    # near miss: "הממונה על השכר" is an office with its field after על, so the name after it speaks
    paragraphs = ["כותרת", 'הממונה על השכר אבנר שגיא: "לא יהיו תוספות השנה".']
    assert _speakers(paragraphs) == ["אבנר שגיא"]


# --- organisations ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("מועצת העיר נתניה לא תצא השנה לפגרה.", "מועצת העיר נתניה"),
        ("ההצעה עלתה במועצת העיר רמת גן בשבוע שעבר.", "מועצת העיר רמת גן"),
        ("באירוע במועצה האזורית דרום הכרמל אמרה השרה כי הוועדה תוקם.", "המועצה האזורית דרום הכרמל"),
        ("ראש המועצה האזורית חבל הבשור, דני לוי, אמר כי ייפתחו הכבישים.", "המועצה האזורית חבל הבשור"),
    ],
)
def test_a_council_of_a_city_or_a_region_is_a_body(text: str, body: str) -> None:
    assert body in _bodies(text)


def test_a_plural_after_a_city_council_is_its_members_not_its_name() -> None:
    bodies = _bodies("רוב חברי מועצת העיר החתומים על המכתב דורשים שינוי.")
    assert "מועצת העיר החתומים" not in bodies


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("הדיון התקיים בוועדת הפנים והסביבה של הכנסת ביום שני.", "ועדת הפנים והסביבה של הכנסת"),
        ("הצעת החוק אושרה בוועדת החוקה, חוק ומשפט של הכנסת.", "ועדת החוקה, חוק ומשפט של הכנסת"),
        ('יו"ר ועדת החינוך, התרבות והספורט אמר כי הדיון יימשך.', "ועדת החינוך, התרבות והספורט"),
    ],
)
def test_a_committee_of_two_fields_or_a_list_of_fields_is_read_whole(text: str, body: str) -> None:
    assert body in _bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "חברי ועדת הכספים, משה גפני ויוסי כהן, הצביעו נגד.",
        "נציגי ועדת הכספים, הכנסת והממשלה הגיעו לדיון.",
    ],
)
def test_names_or_bodies_after_a_committees_comma_are_no_fields(text: str) -> None:
    assert "ועדת הכספים" in _bodies(text)
    assert not any(b.startswith("ועדת הכספים,") for b in _bodies(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ('שתי משרות של יו"ר בנק צפויות להתפנות בשנה הבאה.', "בנק צפויות"),
        ("דובר בנק הצפון אמר כי הבנק החלטה כזו לא קיבל.", "הבנק החלטה"),
    ],
)
def test_a_bank_before_a_plural_or_a_definite_noun_is_no_name(text: str, wrong: str) -> None:
    assert not any(b.startswith(wrong) for b in _bodies(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("הבנק המרכזי הודיע על העלאת הריבית.", "הבנק המרכזי"),
        ("בנק הצפון ובנק הדרום הודיעו על מיזוג.", "בנק הצפון"),
    ],
)
def test_a_banks_own_name_is_still_read(text: str, body: str) -> None:
    assert body in _bodies(text)


def test_at_the_disposal_of_a_body_is_no_authority() -> None:
    bodies = _bodies("ייעשה שימוש בכל האמצעים העומדים לרשות המשטרה כדי למצות את הדין.")
    assert "רשות המשטרה" not in bodies


def test_an_authority_after_le_without_the_idiom_is_still_a_body() -> None:
    assert "רשות המסים" in _bodies("התיק הועבר לרשות המסים אתמול.")


def test_a_bodys_people_saying_before_a_quote_are_no_name() -> None:
    bodies = _bodies('ברשות מתארים "תחלופה ניכרת בהנהלה".')
    assert not any(b.startswith("רשות מתארים") for b in bodies)


def test_a_title_after_kesh_is_no_body() -> None:
    assert not any('ד"ר' in b for b in _bodies('כשד"ר נועה לוי מונתה לתפקיד, היו מי שלא שמחו.'))


# --- second batch: courts, appointments, company statements ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("פרקליט המדינה לשעבר רונן שגב התייחס אתמול לדברים.", "רונן שגב", "פרקליט המדינה לשעבר"),
        ("השופטת בדימוס דפנה אלמוג התראיינה הבוקר ברדיו.", "דפנה אלמוג", "השופטת בדימוס"),
    ],
)
def test_a_status_after_a_title_stays_in_the_role(text: str, name: str, role: str) -> None:
    assert _people(["כותרת", text]).get(name) == role


def test_a_status_after_a_title_is_no_given_name() -> None:
    paragraphs = ['השופטת בדימוס אלמוג: "ההתבטאות חריפה מאוד"', "השופטת בדימוס דפנה אלמוג התראיינה הבוקר ברדיו."]
    assert not any(name.startswith(("בדימוס", "לשעבר")) for name in _people(paragraphs))


def test_where_in_her_words_after_a_family_name_is_no_name() -> None:
    paragraphs = [
        "כותרת",
        "השופטת בדימוס דפנה אלמוג התראיינה הבוקר ברדיו.",
        '"ההתבטאות מאוד חריפה ולא ראויה לאיש ציבור", אמרה אלמוג בפתח דבריה.',
    ]
    assert set(_people(paragraphs)) == {"דפנה אלמוג"}
    assert _speakers(paragraphs) == ["דפנה אלמוג"]


def test_a_towns_second_word_is_no_given_name_after_a_speech_verb() -> None:
    text = "משה לדור התייחס אתמול במהלך אירוע בבאר שבע לטענת השופטים בתיק."
    assert not any("לטענת" in name for name in _people(["כותרת", text]))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('נועם רביד התפטר מתפקידו כמנכ"ל גלבוע אחזקות לאחר כהונה קצרה.', "נועם רביד", 'מנכ"ל גלבוע אחזקות'),
        ('נועם רביד ימשיך לכהן כיו"ר חברת הביטוח.', "נועם רביד", 'יו"ר חברת הביטוח'),
        ("דפנה אלמוג כיהנה כשרת החינוך בשנים האחרונות.", "דפנה אלמוג", "שרת החינוך"),
    ],
)
def test_an_office_held_as_after_a_verb_of_serving_is_the_role(text: str, name: str, role: str) -> None:
    paragraphs = ["כותרת", f"{name} הגיע לדיון.", text]
    assert role in (_people(paragraphs).get(name) or "")


def test_an_appointment_after_commas_and_a_time_is_the_role() -> None:
    text = 'כשד"ר דפנה אלמוג, אחות בהכשרתה, מונתה בשבוע שעבר למנכ"לית בית החולים הצפוני, היו מי שלא שמחו.'
    assert 'מנכ"לית בית החולים הצפוני' in (_people(["כותרת", text]).get("דפנה אלמוג") or "")


def test_an_office_as_after_a_verb_with_nobody_named_gives_no_role() -> None:
    # near miss: nobody the article names stands before the verb, so no one takes the office
    people = _people(["כותרת", 'המנהל הקודם התפטר מתפקידו כמנכ"ל החברה בשבוע שעבר.'])
    assert not any('מנכ"ל החברה' in (role or "") for role in people.values())


def test_an_office_after_a_verbs_preposition_is_the_appositions() -> None:
    text = "דירקטוריון חברת הנמלים דורש משר האוצר, אהרון גלבוע, לאשר את המינוי."
    assert _people(["כותרת", text]).get("אהרון גלבוע") == "שר האוצר"


def test_an_office_that_governs_the_preposition_stays_whole() -> None:
    # near miss: an adviser to the minister holds "יועץ לשר", not the minister's office
    text = "לדברי יועץ לשר האוצר, אהרון גלבוע, המהלך יושלם."
    assert "שר האוצר" != _people(["כותרת", text]).get("אהרון גלבוע")


def test_a_companys_statement_to_the_exchange_is_the_companys() -> None:
    paragraphs = [
        "כותרת",
        'מנכ"ל גלבוע אחזקות נועם רביד הודיע על פרישתו.',
        'בהודעת גלבוע אחזקות לבורסה נמסר כי "המנכ"ל הודיע לחברה על כוונתו לסיים את תפקידו בסוף השנה".',
    ]
    assert "גלבוע אחזקות לבורסה" not in _people(paragraphs)
    assert _speakers(paragraphs) == ["גלבוע אחזקות"]


@pytest.mark.parametrize(
    "text",
    [
        "העימות נמשך בין הפרקליטות לבין ראש ההרכב, השופט אשר גולדברג.",
        "הדיון נדחה לבקשת השופט אשר גולדברג, כך נמסר.",
    ],
)
def test_asher_after_a_title_before_a_family_name_is_a_given_name(text: str) -> None:
    assert "אשר גולדברג" in _people(["כותרת", text])


def test_asher_after_a_title_before_a_verb_is_a_relative_clause() -> None:
    # near miss: "the judge who heard the case"
    people = _people(["כותרת", "השופט אשר דן בתיק קבע כי הנאשם ישוחרר."])
    assert not any(name.startswith("אשר") for name in people)


def test_a_short_quote_after_a_verb_of_saying_and_a_colon_is_speech() -> None:
    paragraphs = [
        "כותרת",
        'ד"ר דפנה אלמוג מונתה השבוע לתפקיד. היא בטוחה בכישוריה ואומרת: "ניהול זה ניהול" ועם תקציב גדול תכפיל את המחלקה.',
    ]
    quotes = quotes_of(paragraphs, "he")
    assert [q.text for q in quotes] == ["ניהול זה ניהול"]


def test_a_short_term_in_marks_without_a_verb_of_saying_is_no_speech() -> None:
    # near miss: a label in marks after a colon that no verb of saying opens
    quotes = quotes_of(["כותרת", 'על הפרק עמד נושא אחד: "ניהול זה ניהול" ועוד כמה סוגיות.'], "he")
    assert not quotes


# --- round-21 dev constructions ----------------------------------------------------------------------------------


def test_a_paragraph_with_its_own_attributed_quote_is_no_block_after_a_colon() -> None:
    paragraphs = [
        "כותרת",
        "עמוס רייכמן, נגיד הבנק המרכזי באותה תקופה, טען כי המצב קשה. בין היתר התבטא הנגיד:",
        'המשרד לא היה מוכן לכך. מנכ"ל המשרד גלבוע טען כי יש בעיה: "הבנקים הם מקור ההלוואות של המדינה. הם לווים בחו"ל".',
    ]
    quotes = quotes_of(paragraphs, "he")
    assert len(quotes) == 1
    assert quotes[0].text.startswith("הבנקים הם מקור")
    assert quotes[0].speaker == "גלבוע"


def test_a_paragraph_of_words_after_a_colon_is_still_a_block() -> None:
    # near miss: the paragraph after the colon holds no verb of saying of its own, so it is the governor's words
    paragraphs = [
        "כותרת",
        "עמוס רייכמן, נגיד הבנק המרכזי באותה תקופה, טען כי המצב קשה. בין היתר אמר הנגיד:",
        "הבנקים לא יכלו לשמור על ההון שלהם בתנאי האינפלציה, והמדינה ידעה זאת היטב.",
    ]
    assert _speakers(paragraphs) == ["עמוס רייכמן"]


def test_a_verb_of_saying_after_one_family_name_is_no_second_name() -> None:
    paragraphs = ["כותרת", 'מנכ"ל המשרד גלבוע טען כי יש בעיה בתקציב. גלבוע טען גם כי אין כסף.']
    people = _people(paragraphs)
    assert not any(name.endswith("טען") for name in people)


def test_a_second_name_before_a_subtitles_bar_closes_the_pair() -> None:
    text = "ולשלול את שכרם של נועם רביד ומיכי גלבוע | הצעה לסדר תעלה לדיון במועצה"
    assert "מיכי גלבוע" in _people(["כותרת", text])


def test_a_single_headline_office_before_a_colon_speaks_by_its_family_name() -> None:
    paragraphs = ["כותרת", 'מנכ"ל המשרד גלבוע: "הבנקים הם מקור ההלוואות של המדינה ואין לנו ברירה אחרת".']
    assert _speakers(paragraphs) == ["גלבוע"]
