"""Hebrew quotes of the fifteenth round (made-up sentences): a legal text's own words in marks are no speech."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import quotes_of


@pytest.mark.parametrize(
    "sentence",
    [
        "סעיף 4 לחוק קובע כי “אין לפגוע בזכות אלא בחוק ההולם את ערכי המדינה”.",
        "התקנה קובעת ש“כל מבקש רשאי לערער תוך שלושים יום”.",
        "האמנה מגדירה כי “פליט הוא אדם שנמלט ממדינתו מחשש לרדיפה”.",
    ],
)
def test_a_legal_texts_words_in_marks_are_no_quote(sentence: str) -> None:
    assert quotes_of(["השרה מירב לוין נאמה אתמול בכנסת.", sentence], "he") == []


def test_a_person_laying_down_or_quoting_a_law_still_speaks() -> None:
    found = quotes_of(["השופט קבע כי “הנאשם פעל בזדון ובכוונה תחילה”."], "he")
    assert [q.text for q in found] == ["הנאשם פעל בזדון ובכוונה תחילה"]
    found = quotes_of(["השר יוסי כהן אמר כי “החוק קובע את הכללים ואנחנו נכבד אותם”."], "he")
    assert [(q.text, q.speaker) for q in found] == [("החוק קובע את הכללים ואנחנו נכבד אותם", "יוסי כהן")]
