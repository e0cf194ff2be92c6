"""Round 50, English speakers and roles: four shapes of real copy, written here with made-up sentences.

- quote_turns: a quote with no attribution of its own, after narration about someone the quote itself calls by
  name ("The bright spot was Dan Kerr. | "Dan was superb tonight."") is the last quoted speaker's, not Kerr's.
- speaker_clues / speaker_after / speakers: the one written to ("says the union president in an open letter to Rob
  Farrow, president of Printco") is the letter's listener, never the speaker.
- orgs: a foreign-worded body before a name in the possessive ("Sinn Fein's Cathal Brennock") ends at the
  possessive; the name after it is a person's, not part of the body's name.
- anaphoric_roles_en: a description inside a quote still open ('Oscar Pell: "... The young full-back hits a
  screamer. ..."') is someone the speaker talks about; it gives the speaker no role.
"""

from __future__ import annotations

from tests.unit.facts_helpers import local_roles, names_by_kind, quotes_of


def _speakers(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(paragraphs)]


def test_a_quote_naming_the_one_just_talked_about_is_the_last_speakers() -> None:
    said = _speakers(
        [
            '"We can still win the league," said striker Tom Vale.',
            "The bright spot of the night was Dan Kerr.",
            '"Dan was superb tonight. He gave us width all evening."',
        ]
    )
    assert said[-1][1] == "Tom Vale"
    # by family name too
    said = _speakers(
        [
            '"We were patient," said midfielder Alan Brisk.',
            "The star of the show was Ruben Castell.",
            '"Castell ran the game from start to finish."',
        ]
    )
    assert said[-1][1] == "Alan Brisk"


def test_near_misses_keep_the_one_named_before() -> None:
    # the quote does not name the one introduced: that person speaks, as before
    said = _speakers(
        [
            '"We can still win the league," said striker Tom Vale.',
            "Later, Sue Lane arrived at the ground.",
            '"I want to thank the fans for their patience."',
        ]
    )
    assert said[-1][1] == "Sue Lane"
    # no quote shortly before to go on from: the reading stays as it was
    said = _speakers(
        [
            "The bright spot of the night was Dan Kerr.",
            '"Dan was superb tonight."',
        ]
    )
    assert said[-1][1] == "Dan Kerr"


def test_the_one_written_to_is_never_the_speaker() -> None:
    said = _speakers(
        [
            "The president of the largest print union, Nina Brandt, wants answers from the owners.",
            '"I am dismayed that the firm has abandoned its staff," says the Print Workers Union president in an open '
            "letter to Rob K. Farrow, president and chief executive of Printco.",
        ]
    )
    assert said[-1][1] == "Nina Brandt"
    said = _speakers(['"We will not give up the site," said Tim Bellow in a letter to Sam Coxon.'])
    assert said[-1][1] == "Tim Bellow"


def test_a_description_inside_an_open_quote_is_no_role_of_the_speaker() -> None:
    roles = local_roles(
        'Oscar Pell: "I thought we were in it. The young full-back hits a screamer. We will survive."'
    )
    assert roles.get("Oscar Pell") is None
    # narration, not a quote: the office in the next sentence is still the named person's
    roles = local_roles("Jora Tennant has rejected the report. The treasurer has been answering questions all week.")
    assert roles["Jora Tennant"] == "treasurer"


def test_a_body_in_the_possessive_before_a_full_name_leaves_the_person() -> None:
    # orgs: a foreign-worded body's name ends at its possessive; the full name after it is a person's
    found = names_by_kind(
        [
            "Analysts were split on the takeover.",
            "Deutsche Bank's Petra Lindqvist agreed with the view.",
            "Later, Sinn Fein's Cathal Brennock walked out of the talks.",
        ]
    )
    assert {"Petra Lindqvist", "Cathal Brennock"} <= found["person"]
    assert {"Deutsche Bank", "Sinn Fein"} <= found["organisation"]
    # near miss: a body's name without a possessive keeps all its words
    found = names_by_kind(["Shares in Deutsche Telekom rose after Banco Santander said it would sell its stake."])
    assert {"Deutsche Telekom", "Banco Santander"} <= found["organisation"]
