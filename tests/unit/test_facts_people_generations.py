"""Names with a generation ("Jr."), weekdays in the genitive and "X-based" adjectives (made-up sentences)."""

from __future__ import annotations

import pytest

from briefing_app.core.facts.people_not_names import never_a_name
from tests.unit.facts_helpers import facts_of


def people(text: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([text]) if f.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("James Roe Jr., a member of the harbour board, spoke on the call.", "James Roe", "member of the harbour board"),
        ("James Roe Jr. said the plan was sound.", "James Roe", None),
        ("Board member Anna Lind Sr. said the plan was sound.", "Anna Lind", "Board member"),
    ],
)
def test_a_generation_after_a_full_name_goes_with_it(text: str, name: str, role: str | None) -> None:
    assert people(text) == {name: role}


def test_a_later_mention_by_surname_joins_the_name_with_a_generation() -> None:
    found = facts_of(["James Roe Jr., a member of the board, spoke on Monday.", "Roe said the plan was sound."])
    assert [(f.text, sorted(f.sentences)) for f in found if f.kind == "person"] == [("James Roe", [0, 1])]


def test_a_weekday_is_never_a_name_in_the_genitive_either() -> None:
    assert never_a_name("Friday's")
    assert never_a_name("Monday")
    assert not never_a_name("May's")  # Theresa May's
    assert "Friday" not in people("James Roe spoke on Friday's conference call about the harbour plan.")


@pytest.mark.parametrize("adjective", ["Windows-based", "Kessby-owned", "Harbour-led"])
def test_a_name_and_a_participle_make_no_person(adjective: str) -> None:
    assert people(f"The firm lost money as {adjective} rivals dominated the market, and {adjective} rivals grew.") == {}


def test_a_town_after_a_given_name_is_a_family_name_also_before_an_owned_title() -> None:
    found = {f.text: f.kind for f in facts_of(["Coaches blame a system that voids Reggie Bush's Heisman Trophy."])}
    assert found.get("Reggie Bush") == "person"
    assert "Bush" not in found


def test_an_abbreviated_title_after_a_party_is_no_person() -> None:
    assert people("Republican Sen. Hal Brandt said he stands by the law.") == {"Hal Brandt": "Sen."}


def test_a_plural_of_a_persons_noun_ending_a_bodys_name_is_no_person() -> None:
    found = people("Hal Brandt, president of Associated General Contractors of Kentucky, said the law hurt.")
    assert set(found) == {"Hal Brandt"}
