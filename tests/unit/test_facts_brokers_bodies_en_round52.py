"""BBC business copy of 2004-05 names a broker or a firm of advisers by its staff's trade after a preposition: "an
analyst at brokers Pelling Hughes", "Derek Mallam at stockbrokers Fenwick Crabbe". The two-word name is the firm, not
a person, even when its first word is a given name (made-up names throughout)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def kinds(*sentences: str) -> dict[str, str]:
    return {f.text: f.kind for f in facts_of(list(sentences)) if f.kind in ("person", "organisation", "place")}


# people_bodies._trade_plural_after_preposition


@pytest.mark.parametrize(
    ("text", "firm", "person"),
    [
        (
            '"Airlines are exposed to the oil price," said Rachel Ormond, an analyst at brokers Pelling Hughes.',
            "Pelling Hughes",
            "Rachel Ormond",
        ),
        (
            "Analyst Derek Mallam at stockbrokers Fenwick Crabbe said investors were nervous.",
            "Fenwick Crabbe",
            "Derek Mallam",
        ),
    ],
)
def test_a_two_word_firm_after_a_preposition_and_a_trade_plural_is_a_body(text: str, firm: str, person: str) -> None:
    found = kinds(text)
    assert found.get(firm) == "organisation"
    assert found.get(person) == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a list after the trade: the people may be named one by one
        ("The deal was agreed with lawyers Tom Pardew and Ann Quayle present.", "Tom Pardew"),
        # kin are no trade
        ("She was photographed with sons Jack Melford at the gala.", "Jack Melford"),
        # no preposition before the trade: left as it was
        ("Analyst Derek Mallam said investors were nervous.", "Derek Mallam"),
    ],
)
def test_people_near_a_trade_plural_stay_people(text: str, name: str) -> None:
    assert kinds(text).get(name) == "person"


def test_a_trade_with_an_adjective_after_the_preposition_is_left_alone() -> None:
    # "one of frontline players James Franklin": a squad's member, not a firm
    found = kinds("The side will rely on one of frontline players James Franklin this season.")
    assert found.get("James Franklin") == "person"
