"""Hebrew people and places, round 46 (wave 2): shapes unseen Israeli news showed, written again as made-up
sentences with invented names, each class with near misses that must not change:

* a "person" whose whole name, or whose first word, the organisation finder takes for a body in the same article
  (a council faction "סיעת X", a railway "רכבת X" in a list of firms, a court's acronym and the word after it) is
  that body, no person, unless the name opens with a given name;
* "went out to the streets" in the future and the infinitive ("ונצא לרחובות", "לצאת לרחובות") is the noun, no town
  spelled the same; the town after "in" stays;
* an area word used alone before a preposition glued to an action noun ("באזור בדרישה", in the area, with a demand)
  names no place; an area word before a town's name still does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.facts import extract_facts
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people_he_bodies import drop_people_named_as_bodies_he
from briefing_app.core.facts.places import find_places_and_orgs
from briefing_app.core.pipeline import load_document


def _article(tmp_path: Path, *paragraphs: str) -> list[Fact]:
    path = tmp_path / "article.txt"
    path.write_text("כותרת\n\n" + "\n".join(paragraphs) + "\n", encoding="utf-8")
    return extract_facts(load_document(path, language="he"))


def _people(tmp_path: Path, *paragraphs: str) -> list[str]:
    return [f.text for f in _article(tmp_path, *paragraphs) if f.kind == "person"]


def _places(text: str) -> list[str]:
    return [f.text for f in find_places_and_orgs([SourceSentence(0, 0, text)], "he") if f.kind == "place"]


# A body read as a person


def test_a_faction_after_a_chairman_is_no_person(tmp_path: Path) -> None:
    people = _people(tmp_path, 'המועצה אישרה אתמול את יו"ר סיעת שחר משה גבאי כסגן ראש העיר.')
    assert not [p for p in people if p.startswith("סיעת")], people


def test_a_railway_in_a_list_of_firms_is_no_person(tmp_path: Path) -> None:
    people = _people(tmp_path, 'המנכ"ל הזכיר "גופים כמו חברת המים, רכבת ישראל, הנמלים ועוד" בנאומו.')
    assert "רכבת ישראל" not in people


def test_a_court_acronym_and_a_word_after_it_is_no_person(tmp_path: Path) -> None:
    people = _people(tmp_path, 'המתנגדים של בג"ץ מנשה הראשון היו שתי מועצות.')
    assert 'בג"ץ מנשה' not in people


def test_a_person_named_beside_a_body_stays(tmp_path: Path) -> None:
    # near miss: a person with a given name first, whatever bodies the article names
    people = _people(tmp_path, 'יו"ר סיעת שחר, משה גבאי, אמר כי הסיעה תתמוך בהצעה.')
    assert "משה גבאי" in people


def test_the_bodies_finder_keeps_a_person_named_after_a_body() -> None:
    # the mend itself: a name run on from a body's name is the person after it; a given name first stays whole
    bodies = [Fact("organisation", "סיעת שחר", 0), Fact("organisation", "רכבת העמק", 0)]
    people = [Fact("person", "סיעת שחר דני לוי", 0), Fact("person", "דני רכבת", 0), Fact("person", "רכבת העמק", 0)]
    assert [p.text for p in drop_people_named_as_bodies_he(people, bodies)] == ["דני לוי", "דני רכבת"]


# "Went out to the streets"


@pytest.mark.parametrize(
    "text",
    ["אם יפגעו בנו, אנחנו נעמוד איתן ונצא לרחובות.", "הוועד קרא לעובדים לצאת לרחובות מחר.", "הם ייצאו לרחובות שוב."],
)
def test_going_out_to_the_streets_is_no_town(text: str) -> None:
    assert "רחובות" not in _places(text)


def test_the_town_after_in_stays() -> None:
    assert "רחובות" in _places("הם גרים ברחובות ובחולון מאז שנות התשעים.")


# An area word used alone


def test_an_area_word_before_a_glued_action_noun_is_no_place() -> None:
    assert _places("המנהלת שלחה מכתבים לכל העיריות באזור בדרישה לתקציב נוסף.") == []


def test_an_area_word_before_a_town_stays() -> None:
    assert "חולון" in _places("המשטרה פועלת באזור חולון מאז הבוקר.")


@pytest.mark.parametrize("text", ["השר החליט על האיחוד בין שתי המועצות.", "הם התנגדו לאיחוד מן הרגע הראשון."])
def test_the_union_is_no_region(text: str) -> None:
    assert _places(text) == []


def test_the_european_union_stays_a_body() -> None:
    # near miss: the body keeps its name, whatever the region list holds
    orgs = [f.text for f in find_places_and_orgs([SourceSentence(0, 0, "האיחוד האירופי הודיע על סנקציות.")], "he")
            if f.kind == "organisation"]  # fmt: skip
    assert orgs == ["האיחוד האירופי"]
