"""Hebrew and Arabic people and organisations in the constructions of real news pages (business copy, rulings,
councils, agency copy), round 25, written again with made-up names and sentences: a person whose given name no
list holds, shown by an apposition headed by a role or by a relative clause of holding an office; a company
the article names alone, shown once by a corporate cue and written alone again."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of, people_roles


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(paragraphs, "he")


def _orgs(paragraphs: list[str], language: str = "he") -> set[str]:
    return {f.text for f in facts_of(paragraphs, language) if f.kind == "organisation"}


# --- a person whose given name no list holds, by what follows the name ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("גוסטב לבלאנק, מדען צרפתי, גילה את השיטה בשנת 1890.", "גוסטב לבלאנק", "מדען"),
        ("הכתב פגש את מרקוס טלמן, עיתונאי אמריקאי, שסיקר את המלחמה.", "מרקוס טלמן", "עיתונאי"),
        ("בכירים שפרשו: ארקדי ולדמן שכיהן כמנכ\"ל הרשת, וסוורין אולפרט ששימש כסמנכ\"ל הכספים.",
         "ארקדי ולדמן", "מנכ\"ל"),
        ("ארקדי ולדמן, שכיהן כשר האוצר, התנגד לתוכנית.", "ארקדי ולדמן", "שר האוצר"),
    ],
)
def test_an_unlisted_name_with_a_role_after_it_is_a_person(text: str, name: str, role: str) -> None:
    people = _people([text, "הדיון יימשך בשבוע הבא."])
    assert name in people
    assert role in (people[name] or "")


def test_both_office_holders_of_a_list_after_a_colon_are_people() -> None:
    people = _people(["בכירים שפרשו: ארקדי ולדמן שכיהן כמנכ\"ל הרשת, וסוורין אולפרט ששימש כסמנכ\"ל הכספים."])
    assert "סוורין אולפרט" in people


@pytest.mark.parametrize(
    "text",
    [
        "מחיר הדירה, מנהל הסניף אמר, עלה בחדות.",  # (no name before the commas: a common noun phrase)
        "רחוב הגפן, מרכז העיר, נסגר לתנועה.",  # (a place and a description)
        "תוכנית החירום שהייתה כמנהג המקום בוטלה.",  # (no name before a relative clause)
    ],
)
def test_common_nouns_before_an_apposition_or_a_relative_clause_are_no_person(text: str) -> None:
    assert _people([text, "הדיון יימשך בשבוע הבא."]) == {}


# --- a Hebrew company named alone: one corporate cue, then the word written alone again ------------------------


@pytest.mark.parametrize(
    ("paragraphs", "company"),
    [
        (["הגופים המוסדיים מחזיקים ב-40% ממניות טלברק.", "טלברק דיווחה אתמול על הפסד רבעוני."], "טלברק"),
        (["מרים לוינגר, נשיאה ומנכ\"לית פלסטרום, פרשה בשבוע שעבר.", "פלסטרום נסחרת בשווי של 2 מיליארד שקל."],
         "פלסטרום"),
        (["רשת האופנה הגדולה בארץ, מודיסה, פתחה סניף בעיר.", "בשנה הבאה תפתח מודיסה עוד שלושה סניפים."], "מודיסה"),
        (["התביעה הוגשה נגד זנפארם בבית המשפט.", "בעלי השליטה בזנפארם סירבו להגיב."], "זנפארם"),
    ],
)
def test_a_company_cued_once_and_written_alone_again_is_a_body(paragraphs: list[str], company: str) -> None:
    assert company in _orgs(paragraphs)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["הגופים המוסדיים מחזיקים ב-40% ממניות טלברק.", "המדד עלה אתמול ב-2%."],  # (cued, never written again)
        ["מנכ\"ל משרד הבריאות הודיע על הקלות.", "משרד הבריאות פרסם הנחיות."],  # (a body's head, no brand)
        ["מנכ\"ל לשעבר של החברה הודה באשמה.", "הוא לשעבר עבד בבנק."],  # (a status word)
    ],
)
def test_no_brand_from_a_cue_alone_a_bodys_head_or_a_status_word(paragraphs: list[str]) -> None:
    assert not {"טלברק", "משרד", "לשעבר"} & _orgs(paragraphs)


# --- Arabic: where a body's name ends ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("وأكد المكتب أن البيان يعبر عن موقف الحركة الرسمي وليس عن أي جهة أخرى.", "الحركة الرسمي"),
        ("وأشارت إلى أن موقف الجبهة الرسمي لم يتغير منذ العام الماضي.", "الجبهة الرسمي"),
        ("وقال إن سليم ناصر، عضو حركة نهضان والشخصية الأقرب من قائدها، قتل في الغارة.", "حركة نهضان والشخصية الأقرب"),
    ],
)
def test_an_arabic_body_ends_before_a_word_that_cannot_belong_to_it(text: str, wrong: str) -> None:
    assert wrong not in _orgs([text], "ar")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وقالت الحركة الإسلامية في بيان إنها سترد.", "الحركة الإسلامية"),  # (a feminine adjective agrees)
        ("وقالت حركة العدل والمساواة في بيان إنها سترد.", "حركة العدل والمساواة"),  # ("and the" in a genitive name)
        ("وذكرت وكالة روسيا اليوم أن الوفد وصل.", "وكالة روسيا اليوم"),  # (an agency "X Today")
    ],
)
def test_an_arabic_body_keeps_what_agrees_with_it(text: str, body: str) -> None:
    assert body in _orgs([text], "ar")


# --- Arabic: a pen name and its gloss before a verb of saying; "بأنه" after one is a clause ---------------------


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (["مدونون من المدينة يكتبون عن الحصار.", "كريمون [المسافر] يقول بأنه ليس خائفا:", "لن أغادر بيتي."], "كريمون"),
        (["مدونات يكتبن عن الغلاء.", "نورسين (الطائر البحري) تكتب في مدونتها:", "الأسعار لا تحتمل."], "نورسين"),
    ],
)
def test_an_arabic_pen_name_and_its_gloss_before_a_verb_of_saying_is_a_person(paragraphs: list[str], name: str) -> None:
    people = people_roles(paragraphs, "ar")
    assert name in people
    assert not any(p.startswith("بأن") for p in people)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["المدونة (صوت الحي) تقول إن الوضع صعب."],  # (the kind, definite, then the name in brackets)
        ["دمشق (العاصمة) تقول كلمتها اليوم."],  # (a place and its gloss)
        ["وقال سامر بأنه متعب جدا من السفر."],  # (بأنه after the name: a clause, no second person)
    ],
)
def test_no_arabic_pen_name_from_a_kind_a_place_or_a_clause(paragraphs: list[str]) -> None:
    people = people_roles(paragraphs, "ar")
    assert not {"المدونة", "دمشق", "بأنه متعب", "بأنه متعب جدا"} & set(people)


# --- Hebrew: a cast list, and the members of a list of names one of which is a person ---------------------------


def test_a_hebrew_cast_list_names_each_actor() -> None:
    people = _people(
        ["בסדרה משתתפים מרקוס דלאני (בתפקיד תומאס רייקר), אליזבת ורנון (בתפקיד הבלשית) וג'רמי פולסון (בתפקיד הרופא)."]
    )
    assert {"מרקוס דלאני", "אליזבת ורנון", "ג'רמי פולסון"} <= set(people)
    assert "וג'רמי פולסון" not in people


def test_the_unlisted_members_of_a_list_with_a_known_person_are_people() -> None:
    people = _people(["לטקס הגיעו יוסי כהן, ברנרד קלוזו וויליאם פרקר.", "הטקס נמשך שעתיים."])
    assert {"ברנרד קלוזו", "ויליאם פרקר"} <= set(people) or {"ברנרד קלוזו", "וויליאם פרקר"} <= set(people)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("מנכ\"ל החברה, יוסי כהן, שצפוי להיכנס לתפקידו בחודש הבא, הודיע על תוכנית.", "שצפוי להיכנס"),
        ("בוועדה ישבו הפרופסורים יוסי כהן - ניהול בינלאומי, ודנה לוי - משפטים.", "ניהול בינלאומי"),
    ],
)
def test_a_clause_or_a_field_after_a_named_person_is_no_member_of_a_list(text: str, wrong: str) -> None:
    assert wrong not in _people([text, "הדיון יימשך בשבוע הבא."])


def test_clauses_in_commas_after_a_named_person_are_no_list() -> None:
    people = _people(["בית המשפט, בהובלת השופט יוסי כהן, נטל לעצמו, באופן חד-צדדי, סמכות כזו.", "הדיון נמשך."])
    assert not {"נטל לעצמו", "באופן חד-צדדי"} & set(people)


@pytest.mark.parametrize(
    "text",
    [
        "חבר הכנסת דרש שהמשרד להגנת הסביבה יחקור את הטענות.",
        "התושבים ביקשו שהמשרד להגנת הסביבה יבדוק את המפעל.",
    ],
)
def test_a_hebrew_purpose_ending_in_a_noun_shaped_as_a_hifil_keeps_it_before_a_future_verb(text: str) -> None:
    assert "המשרד להגנת הסביבה" in _orgs([text, "הדיון יימשך בשבוע הבא."])
