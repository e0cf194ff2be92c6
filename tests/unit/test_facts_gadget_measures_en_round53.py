"""BBC technology copy of 2004-05 hangs a gadget's weight or size on it with a participle and a word of lightness
("unveiled a phone weighing just 79 grams", "a player measuring just 8cm across"): the measure is the gadget's, not
the clause subject's (round 53, invented copy; participle_measures_en)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def counts(text: str) -> dict[str, str | None]:
    return {f.text: f.counts for f in facts_of([text]) if f.kind == "figure"}


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ("Handset maker Ostrava Mobile unveiled a phone weighing just 79 grams.", "79", "weight of phone"),
        ("The firm showed a laptop weighing less than 1.2kg.", "less than 1.2", "weight of laptop"),
        ("Police seized a bag weighing only 2kg.", "2", "weight of bag"),
        ("Ostrava unveiled a player measuring just 8cm across.", "8", "player"),
    ],
)
def test_the_gadget_is_counted(text: str, figure: str, counted: str) -> None:
    assert counts(text)[figure] == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ("Crews fought a blaze covering 500 acres.", "500", "blaze"),  # unchanged
        ("The firm showed a laptop weighing 1.2kg.", "1.2", "weight of laptop"),  # unchanged
    ],
)
def test_near_misses_unchanged(text: str, figure: str, counted: str) -> None:
    assert counts(text)[figure] == counted


def test_a_passive_keeps_its_reading() -> None:
    assert counts("Her fortune was once valued at just $3bn.")["$3bn"] == "fortune"  # the passive reader's
