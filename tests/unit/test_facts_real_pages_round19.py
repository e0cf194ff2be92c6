"""Facts of real pages nobody here wrote, round 19: what they showed, written again with made-up names.

A Seattle paper's business story gave "Seattle" the role "major" ("from a major Seattle industry") and "Prime"
the role "juggernaut" ("its juggernaut Prime membership program"): a rank that is also an adjective, in lower
case after a determiner, describes what follows; and a few of WordNet's persons are written of firms more often
than of people. "Within months of the acquisition, X said, the chain was selling ..." was taken as a quote with
its marks stripped: a phrase opened by a preposition, with no verb, is the writer's adverbial."""

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


@pytest.mark.parametrize(
    "sentence",
    [
        "Within months of the deal, Roe said, the chain was selling cheaper eggs.",
        "Across the region, Jane Roe said, prices fell by a third.",
        "Among the buyers, analyst Max Holm said, were two pension funds.",
    ],
)
def test_a_fronted_phrase_before_a_parenthetical_said_is_no_quote(sentence: str) -> None:
    assert [f for f in facts_of([sentence], "en") if f.kind == "quote"] == []


def test_verbless_speech_with_its_marks_stripped_is_still_a_quote() -> None:
    quotes = {f.text: f.speaker for f in facts_of(["Max Holm was delighted.", "Good news for everyone, Holm said."], "en") if f.kind == "quote"}
    assert quotes == {"Good news for everyone": "Max Holm"}
