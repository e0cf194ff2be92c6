"""Round 55, Hebrew newspaper copy: made-up sentences for the shapes fixed this round, each with near misses
that must not change."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, people_roles


def _kind(paragraphs: list[str], kind: str) -> list[str]:
    return [f.text for f in facts_of(paragraphs, "he") if f.kind == kind]


def test_foreign_office_holder_between_commas_after_nationality() -> None:
    # an office closed by a nationality adjective, then a transliterated name the lists lack, whose first letter
    # reads as a preposition and whose family name spells a town
    text = ["ביקור קצר", "הנשיא נפגש אתמול עם שר האוצר הבריטי, מרטימר אוסטין, ועם עוזריו."]
    assert people_roles(text, "he").get("מרטימר אוסטין") == "שר האוצר הבריטי"
    assert "אוסטין" not in _kind(text, "place")
    # at the sentence's end too
    roles = people_roles(["ביקור קצר", "הנשיא נפגש אתמול עם ראש הממשלה האוסטרלי, לוקלן דנבר."], "he")
    assert roles.get("לוקלן דנבר") == "ראש הממשלה האוסטרלי"


def test_no_office_holder_without_an_office_or_with_a_list() -> None:
    # a list of towns after the comma, joined by "and": no name
    people = _kind(["ביקור קצר", "שר התיירות האיטלקי, מילאנו ורומא, הודיע על התוכנית."], "person")
    assert not any("ורומא" in p for p in people)


def test_two_word_title_glued_to_mem_though_the_word_is_an_adverb() -> None:
    roles = people_roles(["משא ומתן", "ההסתדרות תדרוש מראש הממשלה המיועד עוזי ברקוביץ לפתוח בשיחות."], "he")
    assert roles.get("עוזי ברקוביץ") == "ראש הממשלה המיועד"
    # "מראש" alone is "in advance": no title, no person
    assert not _kind(["משא ומתן", "הם תיאמו מראש את הפגישה עם הנציגים."], "person")


def test_fire_service_rank_between_office_and_name() -> None:
    roles = people_roles(["שריפה", "במקום שוחחו עם מפקד המחוז, טפסר משנה גלעד נחמיאס, ועם הפקחים."], "he")
    assert roles.get("גלעד נחמיאס") == "מפקד המחוז; טפסר משנה"
    roles = people_roles(["שריפה", "את הכוחות הוביל רב טפסר נדב שטרן מתחנת העיר."], "he")
    assert roles.get("נדב שטרן") == "רב טפסר"


def test_nickname_in_brackets_inside_a_name_is_no_party() -> None:
    orgs = _kind(["פגישה", 'מחר ייפגש היו"ר עם שר החקלאות יהושע (שוקי) מנדלבליט.'], "organisation")
    assert "שוקי" not in orgs
    # a party after the whole name stays a party
    orgs = _kind(["פגישה", 'בדיון אמר ח"כ יהושע מנדלבליט (העבודה) כי הוא מתנגד.'], "organisation")
    assert "העבודה" in orgs


def test_number_word_running_into_gershayim_is_no_number() -> None:
    # 'שש"ס': "that" glued to the party's acronym; 'תשע"ז': a year of the Hebrew calendar
    figures = facts_of(["סיעות", 'בכירים בסיעה העריכו כי ייתכן שש"ס תצטרף לקואליציה.'], "he")
    assert not [f for f in figures if f.kind == "figure"]
    figures = facts_of(["חוק", 'החוק התקבל בכנסת בשנת התשע"ז לאחר דיון ארוך.'], "he")
    assert not [f for f in figures if f.kind == "figure" and f.value == 9]
    # a number word before a noun is still a number
    figures = facts_of(["ספירה", "נעצרו שש נשים וחמישה גברים בפשיטה."], "he")
    assert {f.value for f in figures if f.kind == "figure"} >= {6.0, 5.0}


def test_time_between_office_commas_is_no_name() -> None:
    # a time adjunct set off by commas after a foreign office: when, no person (both readers of the shape)
    assert not _kind(["סנקציות", "שר המסחר ההולנדי, בשבוע שעבר, הודיע על צעדים חדשים."], "person")
    assert not _kind(["קיצוץ", "שר החינוך הספרדי, בשנה שעברה, הודיע על הקיצוץ בתקציב."], "person")
    # a name there stays a person
    roles = people_roles(["ביקור", "נשיא פינלנד, ארקי לאהטינן, ביקר אתמול בעיר."], "he")
    assert roles.get("ארקי לאהטינן") == "נשיא פינלנד"
