"""Danish measures told as "<noun> ... på <figure>": the noun before "på" is what the figure measures, and three
things used to hide it (made-up sentences, the shapes seen on real Danish news):
* an abstract noun in "-hed" ("dødelighed", "ledighed") was dropped as an English past form in "-ed";
* a passive verb right after the figure ("anses for", "betragtes som") was read as the noun it counts;
* the oil trade's barrel ("tønder") was read as the thing counted rather than as a unit.
Each with near misses that keep their reading."""

from __future__ import annotations

from briefing_app.core.facts.phrase_edges import ed_form
from tests.unit.facts_helpers import nth_counts


def test_a_danish_noun_in_hed_is_no_english_past_form() -> None:
    for noun in ("dødelighed", "ledighed", "sikkerhed", "enhed", "frihed", "hastighed", "nyhed", "myndighed"):
        assert not ed_form(noun), noun
    # near misses: English past forms in "-hed" stay verbs
    for verb in ("finished", "pushed", "reached", "watched", "weighed", "sighed", "laughed", "bathed", "rushed"):
        assert ed_form(verb), verb


def test_a_hed_noun_before_paa_keeps_its_head_past_a_prepositional_phrase() -> None:
    death_rate = "Rapporten viser en dødelighed blandt rygere på 20 procent."
    assert "dødelighed" in (nth_counts(death_rate, 20, "da") or "")
    speed = "Toget kørte med en gennemsnitlig hastighed på 140 kilometer i timen."
    assert "hastighed" in (nth_counts(speed, 140, "da") or "")
    # near miss: a plain noun before "på" reads as before
    plain = "Han foreslår en stigning i skatten på 3 procent."
    assert nth_counts(plain, 3, "da") == "stigning skatten"


def test_a_passive_verb_after_the_figure_is_no_noun_of_it() -> None:
    regarded = "Storme med en vindstyrke på omkring 9 anses for farlige."
    assert nth_counts(regarded, 9, "da") == "vindstyrke"
    expected = "Et skælv med en styrke på 5 forventes ikke at gøre skade."
    assert nth_counts(expected, 5, "da") == "styrke"
    # near misses: a genitive in "-es" before its noun, and a plural noun, still count
    assert (nth_counts("De holdt fem dages ferie i Vestby.", 5, "da") or "").startswith("ferie")
    assert nth_counts("Han fik 5 stemmer for forslaget.", 5, "da") == "stemmer"


def test_barrels_are_a_unit_and_the_noun_before_paa_is_measured() -> None:
    cut = "Kartellet vil have en reduktion i udledningen på 2 mio. tønder om dagen."
    assert (nth_counts(cut, 2e6, "da") or "").startswith("reduktion")
    bare = "Landet vil have en nedskæring på 1 mio. tønder."
    assert nth_counts(bare, 1e6, "da") == "nedskæring"
    # near miss: a mass unit with its noun after it still counts that noun
    grain = "Havnen udskibede 4.000 ton korn i fjor."
    assert (nth_counts(grain, 4000, "da") or "").startswith("korn")
