"""Hebrew people and organisations in constructions of real Israeli news pages (police, labour, transport,
business), round 50, written again with made-up names and sentences: an acronym with a preposition glued on
whose own first letter looks like a second prefix ('במשהב"ט' is "in" and משהב"ט), a name of three words set off
by commas after an office (one person, named in full, not also its first two words), and a minister's party in
brackets after an office that names a ministry of two fields ("שר המסחר והתיירות X Y (Z)")."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import names_by_kind, people_roles


def _orgs(text: str) -> set[str]:
    return names_by_kind(["כותרת", text], "he")["organisation"]


def _people(text: str) -> dict[str, str | None]:
    return people_roles(["כותרת", text], "he")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('ההחלטה על הרכש התקבלה במשהב"ט אתמול.', 'משהב"ט'),
        ('הנושא נדון השבוע במשהב"ט, ולאחר מכן בממשלה.', 'משהב"ט'),
    ],
)
def test_a_preposition_and_an_acronyms_own_first_letter_cut_only_the_preposition(text: str, body: str) -> None:
    orgs = _orgs(text)
    assert orgs & {body, "ה" + body}  # (the name as the article writes it elsewhere, the article on, is the same)
    assert not any(o.endswith(body[2:]) and len(o) < len(body) for o in orgs)  # (not 'הב"ט': "במ" is no prefix)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('העדות נמסרה לשב"כ בשבוע שעבר.', 'שב"כ'),  # one preposition, cut as before
        ('ההצעה עברה ולמפד"ל לא נותרה ברירה.', 'מפד"ל'),  # "and" and "to" (ול), then no third letter cut
        ('הם פנו לעזרה ובמד"א אמרו כי יגיעו.', 'מד"א'),  # "and" and "in" (וב)
    ],
)
def test_a_legal_sequence_of_prefixes_is_still_cut_from_an_acronym(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        ('סמנכ"לית הרכש בחברת הספנות, נורית גבאי אלמליח, חתמה אתמול על ההסכם.', "נורית גבאי אלמליח", "סמנכ"),
        ('בתחילת השבוע, מנכ"ל הנמל, יוסי שוקי טולדנו, כינס את העובדים לשיחה.', "יוסי שוקי טולדנו", "מנכ"),
    ],
)
def test_a_name_of_three_words_in_commas_after_an_office_is_one_person(text: str, name: str, office: str) -> None:
    people = _people(text)
    assert office in (people.get(name) or "")
    assert " ".join(name.split()[:2]) not in people  # (the first two words are no second person)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('מנכ"ל הנמל, יוסי טולדנו, כינס את העובדים לשיחה.', "יוסי טולדנו"),  # two words, as before
        ('סמנכ"לית הרכש נורית גבאי חתמה אתמול על ההסכם.', "נורית גבאי"),  # no commas: the reader of two words
    ],
)
def test_a_name_of_two_words_after_an_office_stays_two_words(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("שר המסחר והתיירות עמוס לנדאו (התקווה) ביקר אתמול בנמל.", "התקווה"),
        ("השר לקליטת העלייה רינה אבוטבול (הגשר החדש) ביקרה במרכז.", "הגשר החדש"),
        ('ח"כ עמוס לנדאו (התקווה) אמר כי יתנגד.', "התקווה"),  # a member and a name of two words, as before
    ],
)
def test_a_ministers_party_in_brackets_after_the_ministry_and_the_name(text: str, party: str) -> None:
    assert party in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "שר המסחר והתיירות עמוס לנדאו אמר היום (שני) כי יתנגד.",  # the weekday after "today": a date
        "אשר לשאלה מה יקרה מחר בבוקר (שני) לא השיב הדובר.",  # "אשר" (as for), no minister
    ],
)
def test_a_bracket_after_a_minister_that_names_no_party(text: str) -> None:
    orgs = _orgs(text)
    assert "שני" not in orgs


@pytest.mark.parametrize(
    ("text", "shorthand"),
    [
        ('עפ"א (נצרת) 4567-08-21 – פלוני נ\' אלמוני', 'עפ"א'),  # the kind of a court's file, then its number
        ('בע"פ 3131/98 דחה בית המשפט העליון את הערעור.', 'ע"פ'),
        ('הנאשם הגיש בש"פ נגד ההחלטה.', 'בש"פ'),
        ('השוטרים תוגברו לקראת הסופ"ש בכל המחוזות.', 'סופ"ש'),  # the weekend
    ],
)
def test_shorthand_written_with_gershayim_that_names_no_body(text: str, shorthand: str) -> None:
    assert not any(o.endswith(shorthand) for o in _orgs(text))


@pytest.mark.parametrize(
    "text",
    [
        'העתירה הוגשה לבג"ץ בשבוע שעבר.',  # the high court's acronym stays a body
        'ארגון מד"א שלח צוותים למקום.',
    ],
)
def test_a_bodys_acronym_is_still_a_body(text: str) -> None:
    assert any('"' in o for o in _orgs(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("תקציב משרד התיירות לשנים הבאות יאושר מחר.", "משרד התיירות"),
        ("יעדי משרד החקלאות לשנה הבאה פורסמו אתמול.", "משרד החקלאות"),
    ],
)
def test_a_time_after_a_body_is_no_purpose_in_its_name(text: str, body: str) -> None:
    orgs = _orgs(text)
    assert body in orgs
    assert not any(o.startswith(body + " ") for o in orgs)


def test_a_purpose_after_a_body_still_names_it() -> None:
    assert "המשרד להגנת הסביבה" in _orgs("המשרד להגנת הסביבה פרסם אתמול את הנתונים.")
