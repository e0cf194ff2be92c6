"""English people and organisations in entertainment copy, round 44: shapes an unseen check of British chart and
box-office pages (its half A) showed in two articles or more, each written again as made-up sentences with
made-up names, each with a near miss:

* a title set at a place in a sales chart ("Still at No.1 is X", "X 3 slides in at No.14", "Owner's X is at 2" in
  an article that names a chart) is a work, no body; the place itself ("at No.1") is no body a person is of;
* a title introduced by its kind after an owner's possessive ("Ann Roe's space blockbuster X") or after a
  chart's "new entry" is a work, no person and no body;
* a possessive before a work whose title opens with a small word ("Tessa Vane's In The Amber Sky") leaves the
  owner a person: the small word is no given name.
"""

from __future__ import annotations

from tests.unit.facts_helpers import names_by_kind

# --- titles at a place in a sales chart ---------------------------------------------------------------------------


def test_a_game_at_a_chart_place_is_no_body() -> None:
    found = names_by_kind(
        [
            "Games chart: a quiet week for the shops",
            "Still at No.1 is Quorrel Tactics 19, which sold a little less than last week.",
            "Further down, Vantor Legends 3 slides in at No.14 after a price cut by Grindle Games.",
        ]
    )
    assert not {"Quorrel Tactics", "Quorrel Tactics 19", "Vantor Legends"} & found["organisation"]
    assert "Still" not in found["person"]


def test_an_album_after_its_owner_at_a_bare_chart_place_is_no_body() -> None:
    found = names_by_kind(
        [
            "Album chart: folk duo hold on",
            "Meanwhile, Tessa Vane's In The Amber Sky is at 3 on the chart this week, a fortnight after its release.",
        ]
    )
    assert not {"The Amber Sky", "In The Amber Sky"} & found["organisation"]
    assert "Tessa Vane" in found["person"]


def test_near_miss_a_body_at_a_count_of_sites_stays_a_body() -> None:
    found = names_by_kind(
        [
            "Album chart: folk duo hold on",
            "The record was pressed by Dunmore Vinyl Corporation, which is at 12 sites across the county.",
        ]
    )
    assert "Dunmore Vinyl Corporation" in found["organisation"]


def test_near_miss_a_singer_new_at_a_chart_place_stays_a_person() -> None:
    found = names_by_kind(
        [
            "Album chart: folk duo hold on",
            "Orla Penhallow is new at Number 9 with her fourth record, Salt Lines, which she made in a barn.",
        ]
    )
    assert "Orla Penhallow" in found["person"]


# --- titles after an owner's possessive and a kind, and after "new entry" -----------------------------------------


def test_a_title_after_a_directors_blockbuster_is_no_body() -> None:
    found = names_by_kind(
        [
            "Cinemas have their best weekend of the summer",
            "Crowds came back for Hollis Brand's space blockbuster Dorian Quell.",
            "Dorian Quell took £4.2m from 510 screens, a strong start for the studio.",
        ]
    )
    assert "Dorian Quell" not in found["organisation"] and "Dorian Quell" not in found["person"]
    assert "Hollis Brand" in found["person"]


def test_a_new_entry_in_a_box_office_list_is_no_person() -> None:
    found = names_by_kind(
        [
            "Weekend takings",
            "In fifth place was another new entry Marla Quent with £610k from 300 sites.",
        ]
    )
    assert "Marla Quent" not in found["person"]


def test_near_miss_a_contest_entry_stays_a_person() -> None:
    found = names_by_kind(
        [
            "Song contest draw",
            "Kessbia's entry Marla Quent, who sings in the second half, said she felt calm.",
        ]
    )
    assert "Marla Quent" in found["person"]


# --- an owner before a title opening with a small word ------------------------------------------------------------


def test_an_owner_before_a_title_opening_with_in_stays_a_person() -> None:
    found = names_by_kind(["Album chart", "Tessa Vane’s In The Amber Sky is the best seller in Kessby this week."])
    assert "Tessa Vane" in found["person"]


def test_near_miss_a_seat_before_a_full_name_is_still_no_person() -> None:
    found = names_by_kind(
        [
            "Vote on the bypass",
            "Kessby Vale's Mara Holt said she would vote against the plan on Tuesday.",
        ]
    )
    assert "Mara Holt" in found["person"]
    assert "Kessby Vale" not in found["person"]


# --- a place closing a work's title written in title case ---------------------------------------------------------


def test_a_town_after_a_capitalised_preposition_in_a_title_is_no_place() -> None:
    found = names_by_kind(
        [
            "Weekend takings",
            "The comedy stayed ahead of Ferrow Pictures' Letters To Lisbon, which took £1.1m on its second weekend.",
            "Nine Lanterns Outside Kessby, Texas stayed in the top ten with £0.4m.",
        ]
    )
    assert "Lisbon" not in found["place"] and "Texas" not in found["place"]


def test_near_miss_a_town_after_a_lower_case_preposition_stays_a_place() -> None:
    found = names_by_kind(
        [
            "Weekend takings",
            "The crew flew Quarry Films' cameras to Lisbon, where the takings were counted in dollars.",
            "Its producer was born outside Austin, Texas, and grew up near the coast.",
        ]
    )
    assert {"Lisbon", "Texas"} <= found["place"]
