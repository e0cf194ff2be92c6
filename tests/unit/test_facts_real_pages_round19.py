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


# A technology review and a foreign desk story: "its first-ever Retina display" gave "Retina" the role "first-ever"
# (a hyphenated word ending in "-ever" passed for a job by its shape), and "the court at The Hague" was an
# organisation (a capital "The" inside a sentence names a paper or a band, unless a gazetteer holds it as a place).
def test_a_hyphenated_word_is_shaped_by_its_last_part() -> None:
    people = _kind(["Zellmo shipped its first-ever Vantor display in 2010."], "person")
    assert "Vantor" not in people
    assert _kind(["Ex-leader Jane Roe spoke at the rally."], "person")["Jane Roe"] == "Ex-leader"


def test_a_place_named_with_a_capital_the_is_a_place() -> None:
    facts = facts_of(["The envoy flew to The Hague on Monday, and later to The Bronx."], "en")
    assert {(f.kind, f.text) for f in facts if f.text in ("The Hague", "The Bronx")} == {
        ("place", "The Hague"),
        ("place", "The Bronx"),
    }
    assert ("organisation", "The Times") in {(f.kind, f.text) for f in facts_of(["It was reported by The Times."], "en")}


# A magazine's news roundup: "Zellmo stepped in and tweeted this announcement: ..." gave the speaker "Zellmo stepped
# in and"; '"...," as Reuters reported' gave the quote to the person named before it.
def _speakers(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.speaker for f in facts_of(paragraphs, "en") if f.kind == "quote"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In the panic, Zellmo stepped in and tweeted this announcement: “We are all worried about events in the city.”",
        "Zellmo went further and wrote: “We are all worried about events in the city.”",
    ],
)
def test_the_subject_of_the_first_of_two_joined_verbs_speaks(sentence: str) -> None:
    assert _speakers(["Jane Roe was arrested.", sentence]) == {"We are all worried about events in the city.": "Zellmo"}


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [("as Reuters reported", "Reuters"), ("as the Harbour Echo put it", "the Harbour Echo")],
)
def test_as_a_source_reported_after_a_quote_names_the_source(attribution: str, speaker: str) -> None:
    speakers = _speakers(["Jane Roe was arrested.", f"“The arrest stunned the whole of the city council,” {attribution}."])
    assert speakers == {"The arrest stunned the whole of the city council": speaker}


def test_as_a_conjunction_of_time_after_a_quote_names_no_source() -> None:
    speakers = _speakers(["Jane Roe spoke first.", "“We will stay here until the end,” she said as Max Holm arrived."])
    assert speakers == {"We will stay here until the end": "Jane Roe"}
