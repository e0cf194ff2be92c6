"""Organisation shapes that British politics copy showed (round 56, k-enq56; pages not kept), written again with
made-up names and sentences, with near misses that must keep their old reading."""

from __future__ import annotations

from briefing_app.core.facts.org_names import defined_name
from tests.unit.facts_helpers import facts_of


def _bodies(paragraphs: list[str]) -> list[str]:
    return [f.text for f in facts_of(paragraphs, "en") if f.kind == "organisation"]


# --- party_cues: a place before a known party and the members' plural is their constituency, no word of the party


def test_a_town_before_a_party_and_its_members_is_no_party_name() -> None:
    text = ["Three Norwich Labour councillors and two Leeds Tory MPs quit the committee on Friday."]
    bodies = _bodies(text)
    assert "Norwich Labour" not in bodies and "Leeds Tory" not in bodies
    # the adjective of a party the gazetteer knows in the plural ("Conservatives") after a town
    assert "Leeds Conservative" not in _bodies(["Four Leeds Conservative MPs have written to the chairman."])


def test_a_party_whose_name_opens_with_a_place_keeps_it() -> None:
    # near miss: no known party after the place, so the name stays whole
    bodies = _bodies(["Two Ulster Unionist MPs attended the talks on Monday."])
    assert "Ulster Unionist" in bodies


# --- org_names.defined_name: a tail word inside the area a department serves keeps the department's head


def test_a_department_whose_area_holds_a_tail_word_keeps_its_head() -> None:
    assert defined_name("Department for Roads, Energy and Rural Transport", "RERT") == (
        "Department for Roads, Energy and Rural Transport"
    )
    text = ["She was a private secretary in the Department for Roads, Energy and Rural Transport (RERT) until May."]
    assert "Department for Roads, Energy and Rural Transport" in _bodies(text)


def test_a_tail_word_closing_a_body_before_of_still_marks_another_body() -> None:
    # near misses: the owner after "of the" and a tail ending the name keep their old readings
    assert defined_name("Safety Division of the American Harbour Society", "AHS") == "American Harbour Society"
    assert defined_name("Office of Tidal Energy", "TE") == "Tidal Energy"
