"""Facts of real Hebrew news pages nobody here tuned on, round 20 (cabinet-meeting reports), written again with
made-up names: "ראש הממשלה, X Y התייחס" (an office, a comma, then the name with no closing comma), "1.3 מליארד"
(the short spelling of billion), "איחל ... רפואה שלמה" (a wish: "שלמה" is also a given name), and "אחרי לילה
מלא דאגה" (night, a given name too) inside a quotation."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _people(text: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([text], "he") if f.kind == "person"}


def test_an_office_before_a_comma_is_the_name_after_it() -> None:
    assert _people("ראש הממשלה, יוסי כהן התייחס היום לדיווחים בפתח הישיבה.") == {"יוסי כהן": "ראש הממשלה"}


@pytest.mark.parametrize(
    "text",
    [
        "לבסוף איחל ראש הממשלה רפואה שלמה לפצועים.",
        'בפתח הישיבה הוא התייחס לאירוע: "אחרי לילה מלא דאגה, יש לנו תחושת הקלה".',
        "באותו ערב קשה הגיעו השרים לישיבה.",
    ],
)
def test_common_nouns_that_are_given_names_make_no_person(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(("text", "value"), [("תוספת של 1.3 מליארד ש״ח לעיר", 1.3e9), ("מענק של 5 מליון שקל", 5e6)])
def test_short_spellings_of_million_and_billion_scale(text: str, value: float) -> None:
    assert [f.value for f in facts_of([text], "he") if f.kind == "figure"] == [value]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("הסיבה לטעות היא חברת נמלון האוחזת בתחנה המרכזית.", "חברת נמלון"),
        ("חברת נמלון המחזיקה בתחנה דיווחה על הפסד.", "חברת נמלון"),
        ("הלשכה המרכזית לסטטיסטיקה פרסמה את הנתונים.", "הלשכה המרכזית לסטטיסטיקה"),
    ],
)
def test_a_definite_participle_after_a_company_opens_a_relative_clause(text: str, body: str) -> None:
    assert body in {f.text for f in facts_of([text], "he") if f.kind == "organisation"}
