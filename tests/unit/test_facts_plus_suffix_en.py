"""A number with "-plus" glued to it ("20-plus years", "a 730-plus million euro fund") is "more than" the
number: the scale word after "-plus" is still the number's, and what it counts is the noun after. Made-up
sentences, with near misses that keep their reading."""

from __future__ import annotations

from tests.unit.facts_helpers import local_facts


def _figures(paragraph: str) -> dict[str, tuple[float | None, str | None]]:
    return {f.text: (f.value, f.counts) for f in local_facts(paragraph, "figure")}


def test_the_scale_after_plus_is_the_numbers() -> None:
    figures = _figures("The fund will grow by 730-plus million euros over the decade.")
    assert figures["730-plus million"][0] == 730_000_000


def test_what_a_plus_number_counts_is_the_noun_after_it() -> None:
    figures = _figures("Senator Ann Kessby has served 20-plus years in the chamber.")
    value, counts = figures["20"]
    assert value == 20 and counts is not None and counts.startswith("years")


def test_near_misses_keep_their_reading() -> None:
    figures = _figures("The fund will grow by 730 million euros over the decade.")
    assert figures["730 million"][0] == 730_000_000
    # a plus sign or "plus" as a word joins two sums; it is no suffix
    figures = _figures("The fare is 20 dollars plus 5 dollars in tax.")
    assert {v for v, _ in figures.values()} >= {20, 5}
