"""Place and organisation classes real local, wire and business pages in four languages showed (round 28, pages
not kept), written again with made-up sentences (made-up names where no list has to know the name), with near
misses that must keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _named(paragraphs: list[str], kind: str = "place", language: str = "en") -> list[str]:
    return [f.text for f in facts_of(paragraphs, language) if f.kind == kind]


# "River X": British and Irish copy writes the kind before the river's name.


def test_a_river_named_after_its_kind() -> None:
    assert "River Tolbeck" in _named(["Homes flooded after the River Tolbeck burst its banks on Sunday."])
    assert "River Marrow" in _named(["While the River Marrow did flow out of its channel, no homes were hit."])


def test_a_river_named_before_its_kind_is_unchanged() -> None:
    assert "Tolbeck River" in _named(["Homes flooded after the Tolbeck River burst its banks on Sunday."])


def test_river_inside_a_longer_name_or_a_persons_name_is_no_river() -> None:
    assert not [p for p in _named(["Shares in River Tolbeck Holdings fell on Monday."]) if p.startswith("River")]
    assert not [p for p in _named(["The Red River Valley flooded again."]) if p == "River Valley"]


# Danish "X-området" (the area around X) ends in "rådet" like a council's name; it is the town's area, no body.


def test_a_danish_towns_area_is_no_council() -> None:
    text = ["Der er mange indbrud i Tolvik-området, siger politiet."]
    assert not [o for o in _named(text, "organisation", "da") if "området" in o]


def test_danish_councils_keep_their_reading() -> None:
    text = ["Byrådet og Kommunalrådet i Tolvik er enige om planen."]
    orgs = _named(text, "organisation", "da")
    assert "Byrådet" in orgs and "Kommunalrådet" in orgs


# Hebrew: a word for a town, then a town of two words the gazetteer knows.


def test_a_two_word_town_after_the_word_for_a_town() -> None:
    places = _named(["המשטרה פעלה בעיר בית שמש אתמול בלילה."], language="he")
    assert "בית שמש" in places and "בית" not in places


def test_a_one_word_town_after_the_word_for_a_town_is_unchanged() -> None:
    assert "חולון" in _named(["הוא גר בעיר חולון מאז ילדותו."], language="he")


# Arabic: a state's forces or security service by a two-word kind, then its country's adjective.


def test_arabic_forces_by_a_two_word_kind_and_the_countrys_adjective() -> None:
    orgs = _named(["وتم ذلك بالتنسيق مع القوات المسلحة الأردنية في المحافظات."], "organisation", "ar")
    assert "القوات المسلحة الأردنية" in orgs
    orgs = _named(["أعلن الأمن العام اللبناني إغلاق المعبر مساء الأحد."], "organisation", "ar")
    assert "الأمن العام اللبناني" in orgs


def test_arabic_kinds_without_a_country_name_no_body() -> None:
    text = ["وأكد أن القوات المسلحة ستبقى في مواقعها وأن الأمن العام مسؤولية الجميع."]
    assert _named(text, "organisation", "ar") == []
