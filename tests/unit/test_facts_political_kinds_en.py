"""point_terms: political copy names kinds by a number glued to a noun ("a three-line whip", "a two-horse race",
"a three-way contest", "the two-party preferred vote"); the number tells the kind and counts nothing. Made-up
sentences of that shape, with near misses whose numbers still count."""

from __future__ import annotations

from tests.unit.facts_helpers import local_texts as _kind


def test_kinds_named_by_a_glued_number_are_no_figures() -> None:
    texts = _kind("The Reform Party imposed a three-line whip, calling the vote a two-horse race.", "figure")
    assert not any(t.startswith(("three", "two")) for t in texts)
    texts = _kind("The poll had the Greens ahead on the two-party preferred vote in a three-way contest.", "figure")
    assert not any(t.startswith(("three", "two")) for t in texts)
    texts = _kind("Kessby has been a one-party state for decades.", "figure")
    assert not any(t.startswith("one") for t in texts)


def test_near_misses_still_count() -> None:
    # a coalition's parties are counted; a share of the two-party vote is a figure; plain counts stay
    texts = _kind("The Greens won 52 per cent of the two-party vote and formed a three-party coalition.", "figure")
    assert "52" in texts and "three-party" in texts
    texts = _kind("The rebels sent two letters and three MPs spoke against the whip.", "figure")
    assert {"two letters", "three MPs"} <= texts or {"two", "three"} <= texts
