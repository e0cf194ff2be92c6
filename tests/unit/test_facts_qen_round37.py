"""English quotes, people and roles, round 37: shapes met on real local, wire and government news pages,
written again with made-up names and sentences, each with near misses that must keep their old reading."""

from __future__ import annotations

from briefing_app.core.facts.portfolio_members_en import inside_a_portfolio
from tests.unit.facts_helpers import people_roles, quotes_of


def _quoted(paragraphs: list[str]) -> list[str]:
    return [q.text for q in quotes_of(paragraphs, "en")]


# --- words shown after "the phrase" in single marks -----------------------------------------------------------


def test_phrase_in_single_marks_is_no_quote() -> None:
    quoted = _quoted(
        [
            "Row over minutes",
            "The resolution contained the phrase 'Further homes would be welcome here', which two members dispute.",
        ]
    )
    assert quoted == []


def test_phrase_in_double_marks_stays_no_quote_and_speech_in_single_marks_stays() -> None:
    # near misses: double marks (as before), and speech in single marks with its speaker
    assert _quoted(["Row", 'The notice held the words "No further homes will be built here", they said.']) == []
    quoted = _quoted(["Row", "Councillor Ann Poe said: 'I move that the minutes be changed. They are wrong.'"])
    assert len(quoted) == 1


# --- a middle field of a title's portfolio is no person --------------------------------------------------------


def test_middle_field_of_a_portfolio_is_no_person() -> None:
    people = people_roles(
        [
            "Council refuses request",
            "Jane Roe, Harbury Council's Director of Regeneration, Growth and Employment, has refused the request.",
            "Max Holm, the board's Head of Housing, Planning and Transport, said the plans would go ahead.",
        ],
        "en",
    )
    assert "Growth" not in people
    assert "Planning" not in people
    assert "Jane Roe" in people and "Max Holm" in people


def test_portfolio_fields_keep_people_listed_after_a_title() -> None:
    # near misses: a name that no common word spells, a given name, and no "and <Field>" after the word
    assert not inside_a_portfolio("The Secretary of State, ", "Kessbury", " and Tolvan met.")
    assert not inside_a_portfolio("The Director of Finance, ", "Grace", " and Holm met.")
    assert not inside_a_portfolio("The Director of Finance, ", "Growth", " said the plan works.")
    assert inside_a_portfolio("the Director of Regeneration, ", "Growth", " and Employment, said")
