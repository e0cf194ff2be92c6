"""Hebrew people and their roles, class by class, on sentences made up for these tests (none from the corpus).

Classes a Hebrew linguist names without seeing an article:
* a profession with the article right before the name ("הארכאולוג X Y", "והכימאית X Y"), a scholar's noun
  in -לוג or -יסט read by its ending, and a name the given-name list lacks closed by a bracket or a comma;
* a role noun in the construct state before the name ("בכיר המוסד X Y");
* a preposition glued to the role ("לדובר העירייה בחיפה, X Y"), and the place of the body after the chain;
* a long apposition after a name: a title's chain ("X Y Z, יושב ראש ועדת X של הכנסת,") or a noun and its
  relative clause ("X Y, סוחר שעבד בנמל בשנות ה-40,");
* a foreign given name spelt with a geresh, a preposition glued to it ("מג'ון X"), then the family name
  alone in a later sentence or a title in commas.
The second list holds sentences whose look-alikes (an adverb, an infinitive, an adjective, a preposition)
must name nobody.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.facts import extract_facts
from briefing_app.core.facts.model import Fact
from briefing_app.core.pipeline import load_document

# (text, paragraphs joined by "\n"; each person expected as (name, a word their role must hold, or None))
Case = tuple[str, list[tuple[str, str | None]]]

PROFESSIONS_BEFORE_A_NAME: list[Case] = [
    ("הארכאולוג דני שגיא חשף אתמול ממצא נדיר ליד הכפר.", [("דני שגיא", "ארכאולוג")]),
    ('בשנה שעברה סקר הגיאולוג פייר-אלן מורו (בכינויו "האב") את האתר.', [("פייר-אלן מורו", "גיאולוג")]),
    ("לאחר מכן ירדו למקום צוות של הצבא והארכאולוגית רותם אלמוג.", [("רותם אלמוג", "ארכאולוגית")]),
    ("הפסיכולוג יואב כהן אמר כי מדובר בתופעה מוכרת.", [("יואב כהן", "פסיכולוג")]),
    ("הכימאית דורית שמעוני זכתה בפרס על מחקרה.", [("דורית שמעוני", "כימאית")]),
    ("ההחלטה התקבלה בראשות השופט אהרן גולד.", [("אהרן גולד", "השופט")]),
    ("הוא התראיין לעיתונאית נועה קליין מהערוץ.", [("נועה קליין", "עיתונאית")]),
]

CONSTRUCT_AND_GLUED_ROLES: list[Case] = [
    ("בכיר המוסד עמוס ירון הגיע לדיון בוועדה.", [("עמוס ירון", "בכיר")]),
    ("הוא מסר את הממצאים לדובר העירייה בחיפה, אלון ברקת.", [("אלון ברקת", "דובר")]),
    ("הבקשה הועברה מהפרקליט המחוזי, שמעון דגן, אל בית המשפט.", [("שמעון דגן", "פרקליט")]),
]

LONG_APPOSITIONS: list[Case] = [
    ("אורי דוד מלמד, יושב ראש ועדת החינוך של הכנסת, דרש תשובות מהשר.", [("אורי דוד מלמד", "יושב ראש")]),
    ("רונן אלקיים, שוטר שהיה במקום באותו לילה, סיפר על האירוע.", [("רונן אלקיים", "שוטר")]),
    (
        "עדות נוספת הגיעה מג'ק דאנלופ, סוחר שהתיישב בעיר בשנות ה-50.\nבשנים מאוחרות יותר תיאר דאנלופ את הבית.",
        [("ג'ק דאנלופ", "סוחר")],
    ),
    ("המכתב נשלח לצ'ארלס הופר, עורך העיתון.\nהופר סירב לפרסם אותו.", [("צ'ארלס הופר", "עורך")]),
]

KIN_FOREIGN_AND_TOWN_OFFICES: list[Case] = [
    # a kinship noun with "and" glued on, the given name alone in commas
    ("אביה, שמואל ברקוביץ, היה נגר ואמה, רבקה, עבדה כתופרת.", [("שמואל ברקוביץ", "אביה"), ("רבקה", "אמה")]),
    # a hyphenated foreign given name after a profession and its nationality
    ("הפרס הוענק לה יחד עם הכימאי הצרפתי ז'אן-פייר דובואה.", [("ז'אן-פייר דובואה", "הכימאי")]),
    # a construct head before a town's name in the role, then a title and the name in commas
    ('אמר אתמול ראש עיריית אשדוד, ד"ר יחיאל לסרי, כי העבודות יושלמו.', [("יחיאל לסרי", "ראש עיריית אשדוד")]),
]

BIOGRAPHY: list[Case] = [
    # a name after a preposition written as a word is a noun phrase, even before the object marker
    ('בשנת 1962 הקים יחד עם אורי זוהר את הלהקה.', [("אורי זוהר", None)]),
    # the agent of a passive, a family name that starts with ה
    ("השיר נכתב על ידי אהוד מנור והולחן על ידי נורית הירש.", [("אהוד מנור", None), ("נורית הירש", None)]),
    # partners after a word of marriage, with ל glued on; not "to live" after the clause
    ("הוא היה נשוי לגילה אלמגור ואחר כך לשרה פריד.", [("גילה אלמגור", None), ("שרה פריד", None)]),
    ("ב-1990 נישאה לדוד שמעוני, והשניים עברו לגור בחיפה.", [("דוד שמעוני", None)]),
    # a couple's child
    ("ב-1948 נולדה בתם הבכורה, מיכל.", [("מיכל", "בתם")]),
    # a name set off by a comma, its family name told of alone later (after a verb of saying, with a topic)
    (
        "את הסדרה ביים ערן ריקליס, וכתבה אותה נועה ירון.\nבראיון סיפר ריקליס על העבודה.",
        [("ערן ריקליס", None), ("נועה ירון", None)],
    ),
]

LIVES: list[Case] = [
    # the opening of an article on a person: a bracket of birth or of a life's years, a copula and the role
    ("נועה ברקוביץ (נולדה ב-12 במרץ 1950) היא כימאית ישראלית, חתנית פרס.", [("נועה ברקוביץ", "כימאית")]),
    ("יוסי בנאי (1932–2006) היה שחקן, זמר ומחזאי ישראלי.", [("יוסי בנאי", "שחקן")]),
    ("דני סנדרסון (נולד ב-1950) הוא מוזיקאי ישראלי.", [("דני סנדרסון", "מוזיקאי")]),
    # two name words, a copula and a profession, whatever the given-name list knows
    ("סשה ארגוב היה מלחין ישראלי.", [("סשה ארגוב", "מלחין")]),
    # not a war, a book, a place, a body or a common noun
    ("מלחמת העצמאות (1948–1949) הייתה מלחמה קשה.", []),
    ("ספר יהושע (1200) הוא ספר.", []),
    ("מרד בר כוכבא (132–136) היה מרד יהודי.", []),
    ("תל אביב (נוסדה ב-1909) היא עיר.", []),
    ("בית הספר הוא מוסד ותיק.", []),
    ("כל אחד היה חבר בתנועה.", []),
    ("אחד מהם היה שוטר.", []),
]

NOBODY: list[str] = [
    "הממשלה פרסמה מראש את רשימת המועמדים.",
    "מדובר בפרויקט של הקבלן הגדול בעיר.",
    "האיש רצה לחבר את הבתים לרשת החשמל.",
    "הכסף יועבר להתיישבות החקלאית ולבניית כבישים.",
    "לראש הממשלה נמסר כי המבצע הסתיים.",
    "המשלחת נפגשה עם הגיאולוגים של המכון.",
    "המלווה הונפק לשם מימון הוצאות הממשלה.",
]


def _facts(tmp_path: Path, text: str) -> list[Fact]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract_facts(load_document(path, language="he"))


def _check(tmp_path: Path, case: Case) -> None:
    text, expected = case
    people = [f for f in _facts(tmp_path, text) if f.kind == "person"]
    found = {f.text: f.role or "" for f in people}
    for name, role in expected:
        assert name in found, found
        if role is not None:
            assert role in found[name], found
    assert len(found) == len(expected), found  # nobody else: precision


@pytest.mark.parametrize("case", PROFESSIONS_BEFORE_A_NAME, ids=lambda c: c[0][:30])
def test_a_profession_with_the_article_before_a_name(tmp_path: Path, case: Case) -> None:
    _check(tmp_path, case)


@pytest.mark.parametrize("case", CONSTRUCT_AND_GLUED_ROLES, ids=lambda c: c[0][:30])
def test_a_construct_role_and_a_preposition_glued_to_the_role(tmp_path: Path, case: Case) -> None:
    _check(tmp_path, case)


@pytest.mark.parametrize("case", LONG_APPOSITIONS, ids=lambda c: c[0][:30])
def test_a_long_apposition_and_a_foreign_name_after_a_preposition(tmp_path: Path, case: Case) -> None:
    _check(tmp_path, case)


@pytest.mark.parametrize("case", KIN_FOREIGN_AND_TOWN_OFFICES, ids=lambda c: c[0][:30])
def test_kin_with_and_a_hyphenated_foreign_name_and_a_town_office(tmp_path: Path, case: Case) -> None:
    _check(tmp_path, case)


@pytest.mark.parametrize("case", BIOGRAPHY, ids=lambda c: c[0][:30])
def test_biography_partners_agents_and_children(tmp_path: Path, case: Case) -> None:
    _check(tmp_path, case)


@pytest.mark.parametrize("case", LIVES, ids=lambda c: c[0][:30])
def test_the_opening_of_a_life_and_a_copula_with_a_profession(tmp_path: Path, case: Case) -> None:
    _check(tmp_path, case)


@pytest.mark.parametrize("text", NOBODY, ids=lambda t: t[:30])
def test_adverbs_infinitives_adjectives_and_prepositions_name_nobody(tmp_path: Path, text: str) -> None:
    assert [f.text for f in _facts(tmp_path, text) if f.kind == "person"] == []


# (text, the quote's fragment, its speaker; people expected as (name, a word their role must hold))
Speech = tuple[str, str, str, list[tuple[str, str | None]]]

SPEAKERS: list[Speech] = [
    # a definite noun after the verb, then the name in commas: the name speaks, the noun is the role
    ('"לא ידענו דבר על התוכנית", סיפרה השכנה, רחל אזולאי.', "לא ידענו", "רחל אזולאי", [("רחל אזולאי", "השכנה")]),
    # a verb-first clause after a fronted adverbial, a second verb joined by ו: the first verb's subject speaks;
    # the possessor of "his statement" in the next sentence names that speaker
    (
        'בתום הדיון, הופיע שר הביטחון ברדיו והצהיר: "נגיב בעוצמה רבה על כל תקיפה". הצהרתו של שגב עוררה סערה.',
        "נגיב בעוצמה",
        "שגב",
        [("שגב", "שר הביטחון")],
    ),
    (
        '"נגיב בעוצמה רבה על כל תקיפה", אמר שר הביטחון.\nדבריו של שגב עוררו סערה בקואליציה.',
        "נגיב בעוצמה",
        "שגב",
        [("שגב", "שר הביטחון")],
    ),
]


@pytest.mark.parametrize("case", SPEAKERS, ids=lambda c: c[0][:30])
def test_a_described_speaker_a_verb_first_clause_and_the_possessor_of_a_statement(
    tmp_path: Path, case: Speech
) -> None:
    text, fragment, speaker, people = case
    facts = _facts(tmp_path, text)
    said = [(f.text, f.speaker or "") for f in facts if f.kind == "quote"]
    assert any(fragment in q and s == speaker for q, s in said), said
    _check(tmp_path, (text, people))


NARRATIVE_QUOTES: list[tuple[str, str, str]] = [
    # a narrative time adverb before the verb, no subject written: the person just named speaks
    ('יוסי בנאי עבר לתל אביב.\nלימים סיפר כי "העיר הזאת שינתה את חיי לגמרי".', "העיר הזאת", "יוסי בנאי"),
    # verbs of memory and testimony after the quote
    ('"זה היה הרגע הגדול של חיי", נזכרה מיכל לוי שנים אחר כך.', "הרגע הגדול", "מיכל לוי"),
    ('"ראיתי אותו יוצא מהבית בלילה", העידה השכנה דנה שלו.', "ראיתי אותו", "דנה שלו"),
    # "as he put it" points back; where the person wrote it, with a possessive, is no part of the name
    ('יוסי בנאי עבר לתל אביב.\nכדבריו, "אין דבר כזה כישלון, יש רק ניסיונות".', "אין דבר", "יוסי בנאי"),
    ('"המוזיקה הייתה כל עולמי מאז שהייתי ילד", כך כתב יוסי בנאי בספרו.', "המוזיקה", "יוסי בנאי"),
    # what the verb is about is no speaker: the subject before the verb speaks
    ('המבקר כתב על ההופעה: "זו הייתה אחת ההופעות המרגשות שראיתי".', "זו הייתה", "המבקר"),
]


@pytest.mark.parametrize("case", NARRATIVE_QUOTES, ids=lambda c: c[0][:30])
def test_a_narrative_adverb_before_the_verb_and_verbs_of_memory(tmp_path: Path, case: tuple[str, str, str]) -> None:
    text, fragment, speaker = case
    said = [(f.text, f.speaker or "") for f in _facts(tmp_path, text) if f.kind == "quote"]
    assert any(fragment in q and s == speaker for q, s in said), said


def test_a_verb_with_an_object_names_no_one_after_it(tmp_path: Path) -> None:
    text = "אורי דנון כתב שירים רבים.\nבשנים מאוחרות יותר כתב דנון את הספר."
    assert "דנון את הספר" not in [f.text for f in _facts(tmp_path, text) if f.kind == "person"]


def test_the_possessor_of_a_statement_by_a_body_is_nobody(tmp_path: Path) -> None:
    text = "הודעתה של המשטרה פורסמה בבוקר. דבריו של השר עוררו סערה."
    assert [f.text for f in _facts(tmp_path, text) if f.kind == "person"] == []
