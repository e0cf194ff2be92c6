"""Hebrew quotes with their speaker, people, roles, organisations and places, round 29: constructions that recurred
on real Hebrew news pages (Knesset speeches, mayors and regional councils, union leaders, company boards, police
statements), written again with made-up names and sentences, each with near misses that keep their old reading."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import people_roles, quotes_of


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
        (['ראש המועצה זועם על ההחלטה: "זו טעות חמורה שתפגע בכל התושבים"', 'ראש המועצה האזורית גבעות, עמרי פלדמן, הגיב הבוקר.'],
         "זועם"),
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
    text = ('עמרי פלדמן, ראש המועצה האזורית גבעות, שוחח עם נועם ברקוביץ ודנה שפירא בתוכנית הבוקר והתייחס '
            'לדברי התושבים: "אני מבין אותם".')
    assert _speakers([text]) == ["עמרי פלדמן"]


def test_joined_verb_after_someone_elses_speech_is_the_subjects() -> None:
    paragraphs = [
        "ראש הממשלה אבנר דרורי נאם אתמול בכנסת.",
        'המגיש יואב קרמר, דיבר היום ברדיו על נאום ראש הממשלה דרורי ואמר: "זה הפריע לי".',
    ]
    assert _speakers(paragraphs) == ["יואב קרמר"]


def test_a_relative_clause_of_saying_keeps_its_antecedent() -> None:
    # near miss: "who said" after the one met makes the one met the speaker
    paragraphs = ["השר אבנר דרורי ביקר בעיר.", 'דרורי נפגש עם ראש העיר עמרי פלדמן, שאמר: "אנחנו מוכנים לכל תרחיש שיבוא".']
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
