"""Hebrew "the town" as a clause's subject (round 53), written with made-up sentences: 'העיר תהיה מנותקת' is the
town and its copula, no town named "תהיה"; near misses: a town named after "בעיר" stays a place.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _places(text: str) -> list[str]:
    return [f.text for f in facts_of([text], "he") if f.kind == "place"]


def test_the_town_will_be_is_no_place() -> None:
    assert _places('"העיר תהיה מנותקת", אמר ראש העירייה.') == []


def test_the_town_is_found_is_no_place() -> None:
    assert _places("העיר נמצאת במצוקה כלכלית קשה.") == []


def test_the_town_may_is_no_place() -> None:
    assert _places("העיר עלולה להיות מבודדת בחורף.") == []


def test_a_town_named_after_the_word_stays() -> None:  # near miss
    assert _places("בעיר עכו נפתח אתמול מוזיאון חדש.") == ["עכו"]
