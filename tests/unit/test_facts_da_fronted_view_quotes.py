"""A Danish dash paragraph after a narration paragraph that fronts a named person's view with "for" ("For træner X
var sejren et tegn på ...") is that person's, not the earlier speaker's going on (round 57, made-up names). Near
misses: a body's view fronted so, and a narration opening with no one, leave the earlier speaker speaking."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [f.speaker for f in facts_of(paragraphs, "da") if f.kind == "quote"]


def test_a_fronted_view_of_a_named_coach_gives_him_the_next_dash_paragraph() -> None:
    assert _speakers([
        "Kamp",
        "Der er stor glæde i truppen efter sejren over Vestby.",
        "– Det har været en udfordring for os hele sæsonen, siger forsvarsspiller Ole Brink.",
        "For træner Kaj Tovborg var sejren et tegn på, at holdet udvikler sig.",
        "– Det var en stor sejr at slå Vestby i aften.",
    ]) == ["Ole Brink", "Kaj Tovborg"]


def test_near_miss_a_bodys_view_fronted_leaves_the_speaker_going_on() -> None:
    assert _speakers([
        "Veje",
        "Der er stor debat i byen.",
        "– Vi betaler alt for meget for vejene, siger borgmester Ole Brink.",
        "For Vestby Kommune er regningen stor i år.",
        "– Vi må spare på vejene og skolerne næste år.",
    ]) == ["Ole Brink", "Ole Brink"]


def test_near_miss_a_narration_naming_no_one_leaves_the_speaker_going_on() -> None:
    assert _speakers([
        "Veje",
        "Der er stor debat i byen.",
        "– Vi betaler alt for meget for vejene, siger borgmester Ole Brink.",
        "For to år siden var regningen mindre.",
        "– Vi må spare på vejene og skolerne næste år.",
    ]) == ["Ole Brink", "Ole Brink"]
