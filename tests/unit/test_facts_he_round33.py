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
    paragraphs = ['השרה רונית גלעדי הגיעה לכנס.', 'בנאומה אמרה: "הכל יתוקן בקרוב מאוד".']
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
