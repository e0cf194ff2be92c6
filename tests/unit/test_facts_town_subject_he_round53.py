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


# (third pass: the town's council or the town itself, then a verb the gazetteer does not know)
def test_the_council_will_convene_is_no_place() -> None:
    assert _places("מועצת העיר תתכנס ביום רביעי לדון בתוכנית ההבראה.") == []


def test_the_council_approved_yesterday_is_no_place() -> None:
    assert _places("מועצת העיר אישרה אתמול את התקציב.") == []


def test_the_town_rejected_the_offer_is_no_place() -> None:
    assert _places("מועצת העיר דחתה את ההצעה של משרד הפנים.") == []


def test_the_town_will_get_a_sum_is_no_place() -> None:
    assert _places("העיר תקבל 5 מיליון שקל.") == []


def test_the_town_refused_to_pay_is_no_place() -> None:
    assert _places("העיר סירבה לשלם את החוב.") == []


def test_an_unknown_settlement_keeps_its_name() -> None:  # near misses
    assert _places("היישוב תקוע הוקם לפני 20 שנה.") == ["תקוע"]
    assert _places("המתנחלים ביישוב תקוע אמרו אתמול כי לא יתפנו.") == ["תקוע"]
    assert _places("היישוב תקוע לאחר הפיגוע.") == ["תקוע"]


def test_a_known_town_then_its_verb_stays() -> None:  # near miss
    assert _places("העיר דימונה תקבל 5 מיליון שקל.") == ["דימונה"]
