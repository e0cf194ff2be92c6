"""The Danish entity tagger and the names it adds where the rules found none (made-up names only)."""

from __future__ import annotations

import pytest

from briefing_app.core.facts import named_da_tagged, people_da_tagged
from briefing_app.core.facts.entity_tagger import Entity
from briefing_app.core.facts.entity_tagger_da import active, tag_sentence
from briefing_app.core.facts.model import SourceSentence
from tests.unit.facts_helpers import facts_of


def _people(paragraphs: list[str]) -> set[str]:
    return {f.text for f in facts_of(paragraphs, "da") if f.kind == "person"}


def test_the_danish_tagger_reads_a_person_a_place_and_a_body() -> None:
    found = {(e.type, e.text) for e in tag_sentence("Ifølge Ingrid Holm er fabrikken i Moskva lukket.")}
    assert ("PER", "Ingrid Holm") in found and ("LOC", "Moskva") in found


def test_danish_connectors_join_two_capitalised_words_only() -> None:
    assert active(["Folkebevægelsen", "mod", "EF", "og", "han"]) == [True, True, True, False, False]


def test_a_given_name_alone_with_no_cue_is_a_person_to_the_tagger() -> None:
    assert "Ingrid" in _people(["Ifølge Ingrid er det et problem."])


def _entities(monkeypatch: pytest.MonkeyPatch, module: object, *entities: Entity) -> None:
    monkeypatch.setattr(module, "tag_sentence", lambda _text: tuple(entities))


def test_a_clearly_tagged_body_and_a_place_where_a_place_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Vestrup har fyret 40 ansatte i Kvarnby, Tolvik og Halby."
    _entities(
        monkeypatch,
        named_da_tagged,
        Entity(0, 7, "Vestrup", "ORG", 30.0),
        Entity(31, 38, "Kvarnby", "LOC", 30.0),
        Entity(40, 46, "Tolvik", "LOC", 30.0),
        Entity(50, 55, "Halby", "LOC", 12.0),
    )
    found = named_da_tagged.tagged_named(text)
    assert [(kind, name) for kind, _s, _e, name in found] == [
        ("organisation", "Vestrup"),
        ("place", "Kvarnby"),
        ("place", "Tolvik"),
    ]  # Halby: too unsure


def test_a_tagged_place_where_no_place_goes_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    _entities(monkeypatch, named_da_tagged, Entity(0, 7, "Kvarnby", "LOC", 40.0))
    assert named_da_tagged.tagged_named("Kvarnby vandt kampen.") == []


def test_a_tagged_person_loses_the_genitive_and_skips_names_already_found(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = [
        SourceSentence(0, 0, "Han kritiserede Brandtofts regering."),
        SourceSentence(1, 0, "Halmart og Tolvik."),
    ]
    monkeypatch.setattr(
        people_da_tagged,
        "tag_sentence",
        lambda text: (
            (Entity(16, 26, "Brandtofts", "PER", 20.0),)
            if text.startswith("Han")
            else (Entity(11, 17, "Tolvik", "PER", 20.0),)
        ),
    )
    found = people_da_tagged.tagged_people(sentences, "da", set(), {"Halmart"})
    assert found == [("Brandtoft", 0)]  # Tolvik: listed with a body found, one of two bodies
    assert people_da_tagged.tagged_people(sentences, "da", {"Brandtoft"}, set()) == [("Tolvik", 1)]
    assert people_da_tagged.tagged_people(sentences, "en", set(), set()) == []


def test_an_initial_tagged_as_a_body_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    _entities(monkeypatch, named_da_tagged, Entity(18, 19, "P", "ORG", 30.0))
    assert named_da_tagged.tagged_named("Det bekræfter nu P. E. Holm.") == []


def test_a_name_whose_given_name_has_a_diacritic_tagged_as_a_body_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Štefan": the tagger saw few such letters and reads the name as a body; plain, it is a known given name
    text = 'Kommissær for udvikling, Štefan Kovač, udtalte: "Optagelsen har givet stabilitet."'
    _entities(monkeypatch, named_da_tagged, Entity(25, 38, "Štefan Kovač", "ORG", 30.0))
    assert named_da_tagged.tagged_named(text) == []


def test_a_commissioner_with_a_diacritic_in_his_name_speaks() -> None:
    found = facts_of(['Kommissær for udvikling, Štefan Kovač, udtalte: "Optagelsen har givet øget stabilitet."'], "da")
    assert {(f.kind, f.text) for f in found if f.kind in ("person", "organisation")} == {("person", "Štefan Kovač")}
    assert [f.speaker for f in found if f.kind == "quote"] == ["Štefan Kovač"]


def _tagged_as_body(monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> list[str]:
    """The bodies `tagged_named` keeps when the tagger reads `name` in `text` as one, clearly."""
    start = text.index(name)
    _entities(monkeypatch, named_da_tagged, Entity(start, start + len(name), name, "ORG", 30.0))
    return [found for kind, _s, _e, found in named_da_tagged.tagged_named(text) if kind == "organisation"]


def test_a_foreign_name_beside_its_office_tagged_as_a_body_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    # the office after the name behind an article and adjectives, or before it with a comma (definite form too)
    for text, name in [
        ("Bag ham sidder Marla Quenby, den nye formand for Senatet.", "Marla Quenby"),
        ("Bag ham sidder Marla Quenby, en tidligere minister fra Tolvia.", "Marla Quenby"),
        ("Det sagde FN's generaldirektør, Abeto Kwame Ressu, på et møde.", "Abeto Kwame Ressu"),
        ("Topchefen i Halmart, Orvin Delacq, var optimistisk.", "Orvin Delacq"),
    ]:
        assert _tagged_as_body(monkeypatch, text, name) == [], text


def test_a_body_beside_no_office_stays_a_body(monkeypatch: pytest.MonkeyPatch) -> None:
    # near misses: a thing after the comma, or no role noun before it
    for text, name in [
        ("Vi handler med Halmart Foods, den største virksomhed i Tolvia.", "Halmart Foods"),
        ("Aftalen med Halmart Foods, et stort rederi, er klar.", "Halmart Foods"),
        ("Efter mødet i byen, Halmart Foods og Tolvik Group skrev under.", "Halmart Foods"),
    ]:
        assert _tagged_as_body(monkeypatch, text, name) == [name], text


def test_a_foreign_leader_in_apposition_after_the_office_is_a_person_with_it() -> None:
    found = facts_of(["Planen blev lagt frem af FN's generaldirektør, Abeto Kwame Ressu, i Genève."], "da")
    people = {(f.text, f.role) for f in found if f.kind == "person"}
    assert ("Abeto Kwame Ressu", "FN's generaldirektør") in people
