"""Hebrew people, roles and quotes in the constructions of real Israeli news pages (banking, health, municipal,
sport), round 22, written again with made-up names and sentences: an office before a title of address ("המפקח
על הבנקים ד"ר X Y"; "החליט נגיד הבנק, ד"ר X Y,"), a role with its owner's suffix before של ("קשרה של הקבוצה,
X Y אמר"), a name no list holds in an office's apposition, a headline's office and its company before a colon
('מנכ"לית X:'), and the words after a speech verb that are no speaker ("כי", "והוסיפו")."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(paragraphs, "he")


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "he")]


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        ('המפקח על הבנקים ד"ר עמית גולדפרב הדגיש הבוקר כי מדובר באירוע נקודתי.', "עמית גולדפרב", "המפקח"),
        ("הממונה על התקציבים עו\"ד דנה שלו אמרה כי אין כסף נוסף.", "דנה שלו", "הממונה"),
        ("בעקבות זאת, החליט נגיד הבנק המרכזי, ד\"ר יואב שטרנפלד, למנות מנהל חדש.", "יואב שטרנפלד", "נגיד"),
        ("אחרי הדיון, החליט נגיד בנק ישראל, ד\"ר רון אלקיים, באישור הממשלה, לפעול.", "רון אלקיים", "נגיד"),
    ],
)
def test_an_office_before_a_title_of_address_is_the_role(text: str, name: str, office: str) -> None:
    people = _people(["כותרת", text])
    assert office in (people[name] or "")


def test_a_title_of_address_read_into_an_office_is_left_out() -> None:
    people = _people(["כותרת", 'מנכ"ל משרד התחבורה פרופ\' רונן אלמוג אמר במהלך תדרוך כי התנועה תוסדר.'])
    assert people["רונן אלמוג"] == 'מנכ"ל משרד התחבורה'


def test_a_title_of_address_alone_takes_no_office_from_another_clause() -> None:
    # near miss: the office belongs to a clause before the comma's object, not to the doctor named after it
    people = _people(["כותרת", 'הוא פגש את נגיד הבנק והזמין את ד"ר יואב שטרנפלד לדיון.'])
    assert "נגיד" not in (people.get("יואב שטרנפלד") or "")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("שוערה של הפועל רמת גן, עידן פלדמן אמר לאחר המשחק כי היה קשה.", "עידן פלדמן", "שוערה"),
        ("קשרה של מכבי עין גדי, דניאל אוחיון אמר לאחר המשחק כי היה קשה.", "דניאל אוחיון", "קשרה"),
        ("מאמנה של הקבוצה, יונתן שגיא, אמר כי הוא מרוצה.", "יונתן שגיא", "מאמנה"),
        ("דוברו של השר, אלון פרידמן, מסר כי השר לא יגיב.", "אלון פרידמן", "דוברו"),
    ],
)
def test_a_role_with_its_owners_suffix_before_shel_heads_an_apposition(text: str, name: str, role: str) -> None:
    people = _people(["כותרת", text])
    assert role in (people[name] or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('קשרה של הקבוצה, האריק טומסוביץ\' אמר לאחר המשחק: "זה היה ערב קשה".', "האריק טומסוביץ'"),
        ('מנהלת המחלקה, זיוונה קרסטיץ, הסבירה כי "החולים יועברו מחר".', "זיוונה קרסטיץ"),
        ('קשרה של הקבוצה, מרקוס דוגאנין אמר לאחר המשחק: "זה היה ערב קשה".', "מרקוס דוגאנין"),
    ],
)
def test_a_name_no_list_holds_after_an_office_and_its_comma(text: str, name: str) -> None:
    assert name in _people(["כותרת", text])


@pytest.mark.parametrize(
    "text",
    [
        "מנהל הסניף, בשבוע שעבר אמר העובד כי הוא עוזב.",  # a time after the comma, then a verb
        "ראש העיר, ביום רביעי הודיע כי הוא מתפטר.",
        "מנכ\"ל החברה, כך נמסר בתגובה, לא ידע על כך.",
    ],
)
def test_words_after_an_office_and_its_comma_that_are_no_name(text: str) -> None:
    people = _people(["כותרת", text])
    assert not any(p.startswith(("בשבוע", "ביום", "כך")) for p in people)


def test_a_place_after_a_role_in_commas_is_no_name() -> None:
    text = 'את הבוקר פתח יואב רוזנטל, מייסד ומנכ"ל קבוצת אופק, בכיכר המדינה בתל אביב.'
    people = _people(["כותרת", text])
    assert "יואב רוזנטל" in people
    assert not any(p.startswith("בכיכר") for p in people)


def test_a_role_that_holds_a_name_gives_no_second_name_after_the_comma() -> None:
    people = _people(["כותרת", "לדברי היועצת המשפטית לממשלה גלית שרון, אין מניעה לקיים את הדיון."])
    assert "גלית שרון" in people
    assert "אין מניעה" not in people


def test_of_after_a_comma_opens_no_name() -> None:
    text = "רואה החשבון המבקר של החברה, הוא גם המבקר של הבנק מחד, ושל אי הקבוצה מאידך, לא הגיב."
    assert not any(p.startswith("ושל") for p in _people(["כותרת", text]))


@pytest.mark.parametrize(
    ("headline", "holder", "office"),
    [
        ('מנכ"לית גלבוקס: "שיקולים מדיניים מונעים את המכירה"', "שירה אלמוג", 'מנכ"לית בנק גלבוקס'),
        ('יו"ר נתיבוקס: "לא נסכים לפגיעה בעובדים"', "רון שגיא", 'יו"ר חברת נתיבוקס'),
    ],
)
def test_a_headlines_office_and_its_company_before_a_colon_name_nobody(headline: str, holder: str, office: str) -> None:
    paragraphs = [headline, f"{office}, {holder}, התייחסה השבוע לראשונה למכירה."]
    people = _people(paragraphs)
    assert holder in people
    assert not any(p in ("גלבוקס", "נתיבוקס", 'מנכ"לית גלבוקס', 'יו"ר נתיבוקס') for p in people)
    assert _speakers(paragraphs)[0] == holder


def test_an_acronym_after_an_office_before_a_colon_is_no_surname() -> None:
    people = _people(['ראש העיר ק"ש: "אין כוונה לפגוע באנדרטה"', "ראש העיר נפגש אתמול עם המשפחות."])
    assert 'ק"ש' not in people


def test_a_title_and_a_surname_before_a_colon_still_name_someone() -> None:
    # near miss: a title of address takes a surname after it
    assert "ברקוביץ" in _people(['השר ברקוביץ: "לא נוותר על התקציב"', "השר דיבר אמש בכנס."])


def test_ki_after_a_role_and_a_speech_verb_is_no_name() -> None:
    paragraphs = [
        "כותרת",
        'מנכ"לית בנק גלבוקס, שירה אלמוג, התייחסה לראשונה למכירה.',
        'במסיבת העיתונאים אמרה המנכ"לית כי "הפעילות שלנו היא רבת שנים".',
    ]
    assert "כי" not in _people(paragraphs)
    assert _speakers(paragraphs) == ["שירה אלמוג"]


def test_a_second_plural_verb_of_saying_is_no_speaker() -> None:
    paragraphs = [
        "כותרת",
        'עובדי המפעל נדהמו הבוקר. "אנו רואים מסע מתוזמן נגדנו" אמרו והוסיפו: "אנו קוראים לכולם להירגע".',
    ]
    assert "והוסיפו" not in _people(paragraphs)
    assert "והוסיפו" not in _speakers(paragraphs)


def test_and_not_is_no_given_name() -> None:
    text = 'השחקן אמר: "הגענו להזדמנויות מול השוער ולא כבשנו", וחזר לחדר ההלבשה.'
    assert not any(p.startswith("ולא") for p in _people(["כותרת", text]))


def _orgs(paragraphs: list[str]) -> set[str]:
    return {f.text for f in facts_of(paragraphs, "he") if f.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("עיריית קריית גלים הודיעה כי הכביש ייסגר מחר.", "עיריית קריית גלים"),
        ("עיריית קרית אלונים הודיעה כי הכביש ייסגר מחר.", "עיריית קרית אלונים"),
        ("מועצת מצפה הדס החליטה לבנות גן ילדים.", "מועצת מצפה הדס"),
    ],
)
def test_a_town_of_two_words_after_a_municipal_head(text: str, body: str) -> None:
    assert body in _orgs(["כותרת", text])


def test_an_adjective_after_a_head_still_names_no_body() -> None:
    # near miss: "מרכז רפואי" (a medical centre) describes, the first word in -י is no town
    assert not any(o.startswith("מרכז רפואי") for o in _orgs(["כותרת", "הוא הובהל למרכז רפואי סמוך לביתו."]))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("העיתון הפעיל את הבלוג בשיתוף עם חברת הדיגיטל Nuvexa.", "Nuvexa"),
        ("חברת ההייטק Trelloid Labs הודיעה על גיוס של 20 מיליון דולר.", "Trelloid Labs"),
        ("מנכ\"ל אפליקציית הניווט רוטו (Roto) הודיע כי יפרוש מהחברה.", "רוטו"),
    ],
)
def test_a_company_named_in_latin_letters_after_its_kind(text: str, body: str) -> None:
    assert body in _orgs(["כותרת", text])


def test_a_person_after_the_paper_of_a_writer_is_no_paper() -> None:
    orgs = _orgs(["כותרת", "כתבת הכלכלה של העיתון מיכל ברגמן עוזבת את המערכת בחודש הבא."])
    assert "מיכל" not in orgs
    assert "מיכל ברגמן" not in orgs


def test_the_end_of_asher_is_no_minister_before_a_bracketed_aside() -> None:
    text = "משקיע, אשר הפסיד בבורסה (בלי לחשב את עמלות הבנק) כסף רב, יוכל לקזז את ההפסד."
    assert not any("עמלות" in o for o in _orgs(["כותרת", text]))


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ('אמר ח"כ דן לוינסון (העבודה) כי יתמוך בהצעה.', "העבודה"),
        ("הוא כתב לשרת החינוך רות כהנוביץ (יש עתיד) מכתב חריף.", "יש עתיד"),
    ],
)
def test_a_members_party_in_brackets_still_read(text: str, party: str) -> None:
    assert party in _orgs(["כותרת", text])


def test_a_phrase_after_an_office_its_article_closed_is_no_name() -> None:
    text = "עוד הסביר ראש העיר לבקשת משפחת גולדין מהן התוכניות לפיתוח האזור."
    assert not any("גולדין" in p or "לבקשת" in (r or "") for p, r in _people(["כותרת", text]).items())


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        ("לדברי היועץ המשפטי לממשלה אבי נחמני, אין מניעה.", "אבי נחמני", "היועץ המשפטי לממשלה"),
        ("חבר הכנסת מהמפלגה הליברלית משה אלקלעי נאם אתמול.", "משה אלקלעי", "חבר הכנסת"),
    ],
)
def test_an_office_with_its_portfolio_or_party_after_the_article_still_heads_the_name(
    text: str, name: str, office: str
) -> None:
    # near miss: "לממשלה", "מהמפלגה" are the office's own, not a phrase after it
    assert office in (_people(["כותרת", text]).get(name) or "")


def test_a_second_verb_and_an_infinitive_before_a_colon_are_no_speaker() -> None:
    paragraphs = [
        "כותרת",
        "שר התחבורה יואב ברזילי הודיע אמש על התוכנית.",
        'ברזילי מוסיף וקורא לאזרחי ישראל לנהוג לפי ההנחיות: "אני קורא לכולם להיזהר בדרכים".',
    ]
    assert _speakers(paragraphs) == ["יואב ברזילי"]
    assert not any("לנהוג" in p for p in _people(paragraphs))


def test_a_verb_before_a_headlines_colon_is_no_speaker() -> None:
    paragraphs = ['שר התחבורה החלים מהניתוח: "תודה לכל מי שדאג לי"', "שר התחבורה יואב ברזילי שוחרר אתמול."]
    assert _speakers(paragraphs)[:1] != ["החלים מהניתוח"]  # (no one credited: no quote at all, round 43)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("בפגישה השתתפו יוסי כהן ומיכי אלפרוביץ.", "מיכי אלפרוביץ"),
        ("פרי סיפר כי ויקטור מזרחי פנה אליו בבקשה.", "ויקטור מזרחי"),
    ],
)
def test_a_given_name_no_list_holds_joined_to_a_person_or_one_of_six_letters_after_and(text: str, second: str) -> None:
    assert second in _people(["כותרת", text])


def test_and_then_a_plural_after_a_person_is_no_second_person() -> None:
    people = _people(["כותרת", "בפגישה השתתפו יוסי כהן וחברים רבים."])
    assert not any(p.startswith(("חברים", "וחברים")) for p in people)


def test_a_short_hifil_past_after_a_head_that_swallowed_its_article_is_no_name() -> None:
    text = 'פורום היזמים בהסתדרות השיק אתמול את "מסלול 20", התוכנית החדשה.'
    orgs = _orgs(["כותרת", text])
    assert "פורום היזמים" in orgs
    assert not any("השיק" in o for o in orgs)
