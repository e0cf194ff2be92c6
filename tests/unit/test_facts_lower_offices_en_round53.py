"""BBC politics copy of 2004-05 writes a British office in lower case with what it is of capitalised, right before
the name: "shadow chief secretary to the Treasury George Ashdown", "the secretary of state for Scotland Dennis
Maxham". The capitalised seat opened the run, so the person came out as "Treasury George Ashdown" with no role, or
not at all (made-up names throughout)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def people(sentence: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([sentence]) if f.kind == "person"}


# people_run_titles.split_title (_OFFICE_LINK_BEFORE), people_role_before.role_before (_OFFICE_OF_A_NAMED_BODY)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Shadow chief secretary to the Treasury George Ashdown said the savings would fund more police.",
            "George Ashdown",
            "Shadow chief secretary to the Treasury",
        ),
        (
            "He met shadow chief secretary to the Treasury George Ashdown on Monday.",
            "George Ashdown",
            "shadow chief secretary to the Treasury",
        ),
        (
            "He met the secretary of state for Scotland Dennis Maxham on Monday.",
            "Dennis Maxham",
            "secretary of state for Scotland",
        ),
    ],
)
def test_a_lower_case_office_and_its_capitalised_seat_are_the_role(sentence: str, name: str, role: str) -> None:
    assert people(sentence) == {name: role}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near misses read as before
        ("He met minister for Europe Dennis Maxham on Monday.", {"Dennis Maxham": "minister for Europe"}),
        (
            "Chief Secretary to the Treasury Ian Pell said the plans did not add up.",
            {"Ian Pell": "Chief Secretary to the Treasury"},
        ),
        ("He wrote to the secretary of state for Wales on Monday.", {}),
    ],
)
def test_near_misses_keep_their_reading(sentence: str, expected: dict[str, str]) -> None:
    assert people(sentence) == expected
