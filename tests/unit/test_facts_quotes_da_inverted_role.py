"""Danish unmarked quotes closed by the inverted verb, a role and the name ("..., siger udenrigsminister X."), as
standfirsts of Danish agency copy write them (round 57, made-up names): the named person speaks, as with the verb and
the name alone; near misses: a count the writer retells, words after the verb that are no role, and a pronoun with
a preposition before the name speak as before."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in facts_of(paragraphs, "da") if f.kind == "quote"]


def test_a_role_between_the_verb_and_the_name_speaks() -> None:
    assert _quotes(["Ny aftale", "Vestland holder fast i sin linje over for Nordby, siger udenrigsminister Kaj Tovborg."]) == [
        ("Vestland holder fast i sin linje over for Nordby", "Kaj Tovborg")
    ]


def test_a_two_word_role_between_the_verb_and_the_name_speaks() -> None:
    quotes = _quotes(["Ny ordre", "Kontrakten er underskrevet af begge parter nu, siger administrerende direktør Lise Vang."])
    assert quotes == [("Kontrakten er underskrevet af begge parter nu", "Lise Vang")]


def test_near_miss_a_count_the_writer_retells_is_no_quote() -> None:
    assert _quotes(["Ulykke", "Mindst 40 blev såret ved ulykken i nat, siger vagtchef Ole Brink."]) == []


def test_near_miss_words_that_are_no_role_speak_no_quote() -> None:
    assert _quotes(["Plan", "Planen bliver dyr for kommunen i år, siger blandt andet Ole Brink."]) == []


def test_near_miss_a_pronoun_and_a_preposition_before_the_name_name_no_speaker() -> None:
    assert all(speaker != "Ole Brink" for _t, speaker in _quotes(
        ["Plan", "Borgmester Lise Vang holdt tale.", "Planen bliver dyr for kommunen i år, siger hun til Ole Brink."]
    ))
