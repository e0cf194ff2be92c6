"""Firms of British business copy that read as something else: a lender named after its town, which an apposition of
a business says ("Halifax, the UK's biggest mortgage lender,"), and a firm's possessive before a job ("Nationwide's
chief economist"); made-up sentences around the real names."""

from __future__ import annotations

from tests.unit.facts_helpers import names_by_kind


def test_a_town_an_apposition_calls_a_business_is_the_firm() -> None:
    found = names_by_kind(
        ["House prices rise", "Halifax, the UK's biggest mortgage lender, said prices rose 0.4% in May."]
    )
    assert "Halifax" in found["organisation"]
    assert "Halifax" not in found["place"]


def test_near_miss_a_town_an_apposition_calls_a_place_or_a_giant_stays_a_place() -> None:
    found = names_by_kind(
        [
            "Trade grows",
            "He flew to Halifax, the town where he grew up, on Monday.",
            "China, the economic giant, grew by 9% last year.",
        ]
    )
    assert {"Halifax", "China"} <= set(found["place"])
    assert not {"Halifax", "China"} & set(found["organisation"])


def test_a_firms_possessive_before_a_job_is_no_part_of_its_name() -> None:
    found = names_by_kind(["Prices slow", "Nationwide's chief economist Ida Vane said prices would slow."])
    assert "Nationwide" in found["organisation"]
    assert "Nationwide's" not in found["organisation"]
