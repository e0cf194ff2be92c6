"""BBC technology copy of 2004-05 names a trade's body and a consultancy by their kind before the name (round 53,
invented copy): "industry body Elspa has said", "of consultancy Marlow Point". No person is written "body X" or
"consultancy X": the name is a body, not a person nor nothing (org_kinds.EN_DESCRIPTORS)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def found(*sentences: str) -> dict[str, tuple[str, str | None]]:
    return {f.text: (f.kind, f.role) for f in facts_of(list(sentences)) if f.kind in ("person", "organisation")}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Console sales reached a record £1.2bn last year, industry body Elspa has said.", "Elspa"),
        ("Trade body Kestrel Music said downloads had doubled.", "Kestrel Music"),
        ("Simon Petrie, of consultancy Marlow Point, said prices would keep falling.", "Marlow Point"),
        ("Figures from the consultancy Brightwater show sales fell 3%.", "Brightwater"),
    ],
)
def test_a_body_named_by_its_kind(text: str, body: str) -> None:
    assert found(text)[body] == ("organisation", None)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The body of Tom Hale was found on Monday.", "Tom Hale"),
        ("Simon Petrie, who runs a consultancy, said prices would fall.", "Simon Petrie"),
    ],
)
def test_near_misses_stay_people(text: str, person: str) -> None:
    assert found(text)[person][0] == "person"


def test_the_speaker_keeps_his_role() -> None:
    facts = found("Technology analyst Simon Petrie, of consultancy Marlow Point, said prices would keep falling.")
    assert facts["Simon Petrie"][0] == "person"
    assert facts["Marlow Point"] == ("organisation", None)
