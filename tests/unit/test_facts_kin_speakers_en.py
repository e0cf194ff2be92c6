"""A quote said by the kin of someone the article describes is theirs, not the described one's (speaker_described.
kin_of_described), and a party's adjective before a name stays a role where a people's adjective does not
(people_evidence_roles._peoples_adjective)."""

from __future__ import annotations

import pytest

from briefing_app.core.facts.speaker_described import kin_of_described
from tests.unit.facts_helpers import facts_of
from tests.unit.quote_case_checks import said


@pytest.mark.parametrize("mention", ["the Dane's wife", "the striker's father", "The veteran midfielder's sister"])
def test_kin_of_a_described_person(mention: str) -> None:
    assert kin_of_described(mention)


@pytest.mark.parametrize("mention", ["the Dane", "the striker's agent", "Roe's wife", "the club's manager"])
def test_no_kin_of_a_described_person(mention: str) -> None:
    # near misses: the described one, an agent (who speaks for them), a named owner, a role that is no kin
    assert not kin_of_described(mention)


def test_a_wife_named_by_the_finn_she_is_married_to_is_not_him() -> None:
    text = (
        "Finn Mika Korhonen crossed the line in third place.\n\n"
        "\u201cHe has waited ten years for a day like this,\u201d the Finn's wife said."
    )
    assert said(text, "en")[-1][1] != "Mika Korhonen"


def test_a_party_adjective_stays_a_role_and_a_peoples_adjective_does_not() -> None:
    roles = {
        f.text: f.role
        for f in facts_of(["Republican Tom Hallam voted against it, and Brazilian Tiago Mendes finished eighth."], "en")
        if f.kind == "person"
    }
    assert roles.get("Tom Hallam") == "Republican"
    assert roles.get("Tiago Mendes") is None
