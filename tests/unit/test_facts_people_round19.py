"""People in real pages nobody here wrote, round 19: what they showed, written again with made-up names.

A Seattle paper's business story gave "Seattle" the role "major" ("from a major Seattle industry") and "Prime"
the role "juggernaut" ("its juggernaut Prime membership program"): a rank that is also an adjective, in lower
case after a determiner, describes what follows; and a few of WordNet's persons are written of firms more often
than of people."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _kind(paragraphs: list[str], kind: str, language: str = "en") -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, language) if f.kind == kind}


@pytest.mark.parametrize(
    "sentence",
    [
        "It draws a long line from a major Leeds industry with deep roots.",
        "The general Boston area had snow overnight.",
        "Our private Dublin office closed on Friday.",
        "The chief Texas regulator resigned last week.",
        "It was a senior Ohio lawmaker who objected.",
    ],
)
def test_a_rank_that_is_an_adjective_after_a_determiner_makes_no_person(sentence: str) -> None:
    assert _kind([sentence], "person") == {}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Major Tom Ford arrived at the base on Monday.", "Tom Ford", "Major"),
        ("Police chief Jane Roe said the road was closed.", "Jane Roe", "Police chief"),
        ("Chief Inspector Ann Lee said the inquiry would go on.", "Ann Lee", "Chief Inspector"),
    ],
)
def test_a_rank_before_a_name_is_still_a_role(sentence: str, name: str, role: str) -> None:
    assert _kind([sentence], "person")[name] == role


@pytest.mark.parametrize(
    "sentence",
    [
        "The retailer wants to leverage its juggernaut Prime membership program.",
        "The powerhouse Acme rose four points in early trading.",
        "Investors backed the upstart Zellmo last year.",
    ],
)
def test_a_word_news_writes_of_firms_makes_no_person(sentence: str) -> None:
    assert _kind([sentence], "person") == {}


def test_a_job_before_a_name_still_makes_a_person() -> None:
    assert _kind(["Novelist Jane Roe won the prize."], "person")["Jane Roe"] == "Novelist"
