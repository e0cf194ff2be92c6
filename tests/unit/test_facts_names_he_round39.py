"""Hebrew people, places and organisations, round 39: shapes that recurred on real Hebrew news pages (foreign
office holders in commas after their office, a given name that is also a town's after an office, villages of
Israel by their names of two words, weekly cabinet meetings and "between the coalition and the opposition"),
written again with made-up names and sentences, each with a near miss that keeps its old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, people_roles


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(["כותרת", *paragraphs], "he")


def _texts(paragraphs: list[str], kind: str) -> set[str]:
    return {f.text for f in facts_of(["כותרת", *paragraphs], "he") if f.kind == kind}


# --- an office and what it is of, then a name in commas that no list holds ------------------------------------------


def test_a_foreign_office_holder_in_commas_after_the_office() -> None:
    people = _people(["שר החוץ של בלגיה, ז'ורן-פייט ואנדרמוט, ביקר את ההצעה החדשה."])
    assert people == {"ז'ורן-פייט ואנדרמוט": "שר החוץ של בלגיה"}


def test_three_words_in_commas_after_the_office() -> None:
    people = _people(["בביקור בעיר הבירה אמר ראש ממשלת פורטוגל, ז'ואאו פדרו קוסטלדו, כי ההסכם ייחתם."])
    assert people.get("ז'ואאו פדרו קוסטלדו") == "ראש ממשלת פורטוגל"


def test_a_clause_in_commas_after_the_office_is_no_name() -> None:
    # near miss: "as was said" and "in his words" in commas after the office: no person
    assert _people(["שר החוץ של בלגיה, כך נמסר, ביקר את ההצעה החדשה."]) == {}
    assert _people(["דובר המשטרה, לדבריו, לא ידע על כך דבר."]) == {}


def test_a_list_of_offices_is_no_name() -> None:
    # near miss: the commas join offices, no name between them
    assert _people(["שר החוץ של בלגיה, שר האוצר של הולנד והשגרירים נפגשו אתמול."]) == {}


# --- a given name that is also a town's, where only a name stands ------------------------------------------------------


def test_a_town_named_given_name_after_a_country_complement() -> None:
    people = _people(["נשיא רוסיה ולדימיר פטרושקוב הוזמן להשתתף בוועידה."])
    assert people == {"ולדימיר פטרושקוב": "נשיא רוסיה"}


def test_a_town_named_given_name_after_a_title_without_complement() -> None:
    assert _people(["הנשיא ולדימיר פטרושקוב אמר כי יגיע לוועידה."]) == {"ולדימיר פטרושקוב": "הנשיא"}


def test_a_town_after_a_construct_noun_stays_the_complement() -> None:
    # near miss: the town completes "the municipality of", no given name
    assert _people(["ראש עיריית אילת פנה אתמול לשר האוצר בבקשה דחופה."]) == {}


# --- villages of Israel by their names of two words --------------------------------------------------------------


def test_a_village_of_two_words_is_a_place() -> None:
    assert "מצפה רמון" in _texts(["המפעל החדש ייפתח בשנה הבאה במצפה רמון."], "place")


def test_a_town_whose_key_a_foreign_city_shares_is_a_place() -> None:
    assert "ערד" in _texts(["השרה סיירה היום באזור הסמוך לערד."], "place")


def test_a_village_name_shaped_as_a_person_is_no_place() -> None:
    # near miss: GeoNames' "טל שחר" is a given and a family name first
    assert "טל שחר" not in _texts(["טל שחר אמרה כי תגיע לדיון מחר."], "place")


def test_a_one_word_village_that_is_a_word_is_no_place() -> None:
    # near miss: one-word villages are left out ("שורש", the root of the matter)
    assert _texts(["הוא הגיע לשורש הבעיה אחרי חודשים של עבודה."], "place") == set()


# --- a government or coalition takes no purpose after ל, nor a meeting's frequency -------------------------------


def test_the_weekly_cabinet_meeting_is_no_body() -> None:
    orgs = _texts(["במהלך ישיבת הממשלה השבועית תקף השר את עמיתו בחריפות."], "organisation")
    assert "הממשלה השבועית" not in orgs


def test_a_topic_after_the_cabinet_meeting_is_no_purpose() -> None:
    orgs = _texts(["השר התייחס בפתח ישיבת הממשלה לתוצאות הבחירות באיטליה."], "organisation")
    assert not any(o.startswith("הממשלה ל") for o in orgs)


def test_between_the_coalition_and_the_opposition() -> None:
    orgs = _texts(["במליאה החלו בלילה צעקות בין חברי הקואליציה לאופוזיציה."], "organisation")
    assert "הקואליציה לאופוזיציה" not in orgs


def test_a_committee_keeps_its_purpose() -> None:
    # near miss: a committee is named by its purpose after ל
    orgs = _texts(["הוועדה לאנרגיה אטומית פרסמה אתמול דוח חדש."], "organisation")
    assert "הוועדה לאנרגיה אטומית" in orgs


# --- an office and a family name no list holds, then a verb in the present and what it takes ---------------------


def test_a_family_name_before_a_present_verb_and_its_infinitive() -> None:
    people = _people(["ראש הממשלה טרנוביאק מנסה לכנס את השרים הערב."])
    assert people == {"טרנוביאק": "ראש הממשלה"}


def test_a_family_name_before_a_present_verb_and_a_clause() -> None:
    assert _people(["הנשיא זלקוביאן טוען כי הבחירות זויפו."]) == {"זלקוביאן": "הנשיא"}


def test_a_present_verb_right_after_the_office_is_no_name() -> None:
    # near miss: the verb follows the office itself, no family name between
    assert _people(["ראש העיר מנסה לשכנע את התושבים לחזור הביתה."]) == {}


# --- a party or company named bare after the office that leads it, before its leader's name ----------------------


def test_a_party_named_bare_after_its_chair() -> None:
    orgs = _texts(['יו"ר ירוק עולה רונית שפרינצק אמרה אמש כי המפלגה תתמודד לבדה.'], "organisation")
    assert "ירוק עולה" in orgs


def test_a_committee_or_a_status_after_the_chair_is_no_new_body() -> None:
    # near miss: a definite complement is the body the story named, a status word is the office's
    orgs = _texts(['יו"ר הוועדה דנה שפרינצק אמרה אמש כי הדיון יימשך.'], "organisation")
    assert not any(o.startswith("הוועדה ") for o in orgs) and "דנה שפרינצק" not in orgs
    assert _texts(['יו"ר משותף דנה שפרינצק אמרה אמש כי הדיון יימשך.'], "organisation") == set()


# --- "מגרש" (a sports ground) is no "from Jarash" ------------------------------------------------------------------


def test_a_sports_ground_is_no_place() -> None:
    assert _texts(["בקצה השכונה נבנה מגרש כדורגל חדש לילדים."], "place") == set()


def test_in_jarash_is_a_place() -> None:
    # near miss: "in" glued to the town's name
    assert "גרש" in _texts(["השר ביקר אתמול בגרש שבירדן."], "place")
