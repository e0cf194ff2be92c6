"""Hebrew people and quotes with their speaker, round 26: the constructions that recurred on real Israeli news
pages and on encyclopedic passages in the register of the Hebrew corpus, written again with made-up names and
sentences: an unlisted (foreign) given name before a listed family name in a slot only a noun phrase fills."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(paragraphs, "he")


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "he")]


# --- an unlisted given name and a listed family name in a noun phrase's slot ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("הספר נכתב על ידי ברנהרד ליכטמן ויצא לאור בווינה.", "ברנהרד ליכטמן"),
        ("המושבה נוסדה בהנהגת זיגפריד רוזנטל בשנת 1882.", "זיגפריד רוזנטל"),
        ("האולם נקרא על שם לאופולד אפשטיין, שתרם את הקרקע.", "לאופולד אפשטיין"),
        ("לאחר מותו של גונתר נוימן עברה הנהלת המפעל לבנו.", "גונתר נוימן"),
        ("התוכנית גובשה בשיתוף עם ולדמר קרויזר מן האוניברסיטה.", "ולדמר קרויזר"),
    ],
)
def test_an_unlisted_given_name_and_a_listed_family_name_after_a_preposition_of_a_noun_phrase(
    text: str, name: str
) -> None:
    assert name in _people(["כותרת", text])


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the same family name after a verb (the word before it may be the verb, the family name
        # the subject), after a title (the title readers have it), or after a plural noun or a construct in ת
        "את הבניין תכנן ליכטמן בשנת 1925.",
        "בשנת 1931 נחקר רוזנטל במשטרה.",
        "הבית נבנה על ידי משפחת אפשטיין בשנת 1910.",
        "הנכס נמכר לאחר מותם של אחים נוימן.",
    ],
)
def test_a_verb_a_construct_or_a_plural_before_a_family_name_is_no_given_name(text: str) -> None:
    people = _people(["כותרת", text])
    assert not [name for name in people if name.split()[0] in ("תכנן", "נחקר", "משפחת", "אחים")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("המאמר נכתב על ידי ג'ונתן וולטרינג ופורסם בכתב עת.", "ג'ונתן וולטרינג"),
        ("בעקבות מאמרו של פרדריך אוסטרהולט פרצה מחלוקת בין החוקרים.", "פרדריך אוסטרהולט"),
    ],
)
def test_a_known_given_name_and_an_unlisted_family_name_after_a_preposition_of_a_noun_phrase(
    text: str, name: str
) -> None:
    assert name in _people(["כותרת", text])


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["כותרת", "הסעיף פורש על ידי מתן תמיכה רחבה לעסקים קטנים."],
        ["כותרת", "אריאל ברקוביץ' הקים את המפלגה.", "לאחר מכן תפס את מקומו של ברקוביץ' בהנהגת המפלגה."],
        ["כותרת", "הוועדה פעלה על ידי משה הנביא."],
    ],
)
def test_a_verbal_noun_a_named_persons_family_name_or_an_epithet_after_the_preposition_is_no_pair(
    paragraphs: list[str],
) -> None:
    people = _people(paragraphs)
    assert not [name for name in people if name.split()[-1] in ("תמיכה", "בהנהגת", "הנביא")]


# --- a plural role then its verbs, not a list of names ---------------------------------------------------------


def test_a_plural_role_then_two_verbal_clauses_joined_by_and_is_no_list_of_names() -> None:
    # the first verb (עשו, "did") is also a given name; the second clause names nobody
    people = _people(["כותרת", "השחקנים עשו מאמץ גדול בסיום וניצחנו בחוץ."])
    assert not [name for name in people if name.startswith(("עשו", "ניצחנו"))]


def test_a_plural_role_then_two_names_is_still_a_list() -> None:
    people = _people(["כותרת", "החוקרים משה כהן ודנה לוי פרסמו את המאמר בשנה שעברה."])
    assert people.get("משה כהן") == "החוקרים"
    assert people.get("דנה לוי") == "החוקרים"
