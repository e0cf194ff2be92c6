"""Danish translated wire copy (round 52), made-up names: a foreign name after its office and the body the office
serves, named by a noun ("en talsmand for ministeriet, X Y", as "a spokesman for the ministry, X" is translated), is
the office's holder, not a body the tagger read; near misses keep a body after a noun that is no office."""

from __future__ import annotations

import pytest

from briefing_app.core.facts import named_da_tagged
from briefing_app.core.facts.entity_tagger import Entity
from tests.unit.facts_helpers import facts_of


def _tagged_as_body(monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> list[str]:
    """The bodies `tagged_named` keeps when the tagger reads `name` in `text` as one, clearly."""
    start = text.index(name)
    entity = Entity(start, start + len(name), name, "ORG", 30.0)
    monkeypatch.setattr(named_da_tagged, "tag_sentence", lambda _text: [entity])
    return [found for kind, _s, _e, found in named_da_tagged.tagged_named(text) if kind == "organisation"]


def test_a_name_after_an_office_for_a_body_named_by_a_noun_is_no_body(monkeypatch: pytest.MonkeyPatch) -> None:
    for text, name in [
        ('"Det er nok," sagde en talsmand for ministeriet, Agus Wiranto.', "Agus Wiranto"),
        ("Talsmand for politiet, Agus Wiranto, sagde, at to mænd var anholdt.", "Agus Wiranto"),
        ("Det oplyste talsmand for det indonesiske udenrigsministerium, Agus Wiranto, til Reuters.", "Agus Wiranto"),
        ("Direktøren i selskabet, Orvin Delacq, var optimistisk.", "Orvin Delacq"),
    ]:
        assert _tagged_as_body(monkeypatch, text, name) == [], text


def test_a_body_after_a_noun_that_is_no_office_stays_a_body(monkeypatch: pytest.MonkeyPatch) -> None:
    for text, name in [
        ("Ifølge en rapport fra ministeriet, Halmart Foods, er tallet steget.", "Halmart Foods"),
        ("Efter mødet i byen, Halmart Foods og Tolvik Group skrev under.", "Halmart Foods"),
        ("Aftalen for eksporten, Halmart Foods har fået, er klar.", "Halmart Foods"),
    ]:
        assert _tagged_as_body(monkeypatch, text, name) == [name], text


def test_a_spokesman_for_the_ministry_speaks_with_his_office() -> None:
    found = facts_of(['"Vi er klar," sagde en talsmand for ministeriet, Agus Wiranto, til Reuters.'], "da")
    assert [(f.text, f.role) for f in found if f.kind == "person"] == [("Agus Wiranto", "en talsmand for ministeriet")]
    assert [f.speaker for f in found if f.kind == "quote"] == ["Agus Wiranto"]
    assert "Agus Wiranto" not in {f.text for f in found if f.kind == "organisation"}
