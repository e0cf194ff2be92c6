"""BBC online copy of 2004-05, politics and sport: a spokeswoman's words after "But" opening the sentence, a club's
statement whose quoted words name a league, "Former X captain" at the sentence's start, and "Name, 24, beat ..."
(made-up names and sentences throughout)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import names_by_kind, people_roles, quotes_of

_SAID = ': "Waiting lists are at their lowest level since records began."'


# speaker_before._named_before: a conjunction opening the sentence is no part of the speaker


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("But a spokeswoman for the Department of Health said", "a spokeswoman for the Department of Health"),
        ("But a spokeswoman for the department said", "a spokeswoman for the department"),
        ("And a Treasury spokesman added", "a Treasury spokesman"),
    ],
)
def test_a_conjunction_opening_the_sentence_is_no_part_of_the_speaker(intro: str, speaker: str) -> None:
    quotes = quotes_of(["The union said 23 trusts were in deficit.", intro + _SAID])
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Health minister Jane Tovey spoke first.", "But Ms Tovey said" + _SAID], "Jane Tovey"),
        (["The union said 23 trusts were in deficit.", "A spokeswoman for the Department of Health said" + _SAID],
         "A spokeswoman for the Department of Health"),
        (["The union said 23 trusts were in deficit.", "But the Health Secretary, Alan Tovey, said" + _SAID],
         "Alan Tovey"),
    ],
)  # fmt: skip
def test_near_misses_keep_their_speaker(paragraphs: list[str], speaker: str) -> None:
    assert [q.speaker for q in quotes_of(paragraphs)] == [speaker]


# speakers.Speakers.organisation: "the club said" stands for a body named before it, not one inside its own words


def test_the_club_speaking_is_not_the_league_its_quoted_words_name() -> None:
    quotes = quotes_of(
        [
            "Premiership strugglers Harlow Athletic have sacked manager Steve Bannock after eight months in charge.",
            "The club has won only two of its last 15 league games.",
            'In a statement, the club said: "The board felt a change was needed to keep the club in the Premiership."',
            "Bannock is the fifth Premiership manager to lose his job this season.",
        ]
    )
    assert [q.speaker for q in quotes] == ["Harlow Athletic"]


def test_a_body_named_before_the_mention_in_the_same_sentence_still_speaks() -> None:
    quotes = quotes_of(
        [
            "Harlow Athletic have sacked manager Steve Bannock.",
            'Newbridge United, the club said, "would like to thank Steve for his efforts in the Premiership."',
        ]
    )
    assert all(q.speaker != "Premiership" for q in quotes)


# people_employers.employers_read_as_people: "Former Preston captain X" names no body "Former Preston"


@pytest.mark.parametrize("club", ["Harlow", "Preston", "Bolton"])
def test_former_and_a_short_club_name_is_neither_person_nor_body(club: str) -> None:
    found = names_by_kind(
        ["The club have sacked manager Steve Bannock.",
         f"Former {club} captain Danny Ruffell said the players had to take some of the blame."]
    )  # fmt: skip
    assert f"Former {club}" not in found.get("organisation", set()) | found.get("person", set())
    assert "Danny Ruffell" in found.get("person", set())


def test_a_firm_read_as_a_person_before_a_post_is_still_a_body() -> None:
    found = names_by_kind(
        ["Analysts said the deal was good.", "Ashby Harlow director Neil Roe said the deal was good."]
    )
    assert "Ashby Harlow" in found.get("organisation", set())


# people_appositions._apposition_role: an irregular past tense after "Name, 24," is the sentence's verb


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        (["Soul singer Amira Bellweather has won the best British female prize.",
          "Bellweather, 24, beat favourite Rosalind Tew to the award."], "Amira Bellweather", "Soul singer"),
        (["Kevin Abara scored twice in the win.", "Abara, 24, beat goalkeeper Tom Wick from close range."],
         "Kevin Abara", None),
    ],
)  # fmt: skip
def test_a_past_tense_after_the_age_gives_no_role(paragraphs: list[str], name: str, role: str | None) -> None:
    assert people_roles(paragraphs).get(name) == role


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Wick, 31, a former striker, will start.", "former striker"),
        ("Wick, 31, lead singer of the band, will start.", "lead singer of the band"),
    ],
)
def test_a_role_after_the_age_stays(sentence: str, role: str) -> None:
    roles = people_roles(["The club named Tom Wick on Monday.", sentence])
    assert [r for name, r in roles.items() if name.endswith("Wick")] == [role]


# gapped_counts_en.share_gapped_terms: "jailed for five years and his wife for four" (four years)


def _figures(sentence: str) -> dict[str, tuple[str | None, str | None]]:
    from tests.unit.facts_helpers import facts_of

    return {f.text: (f.unit, f.counts) for f in facts_of([sentence]) if f.kind == "figure"}


@pytest.mark.parametrize(
    ("sentence", "bare", "unit"),
    [
        ("Cawston was jailed for five years and his wife for four.", "four", "years"),
        ("Roe was banned for six months and his team-mate for three, the panel said.", "three", "months"),
    ],
)
def test_a_bare_count_after_a_term_shares_its_unit(sentence: str, bare: str, unit: str) -> None:
    assert _figures(sentence)[bare][0] == unit


@pytest.mark.parametrize(
    ("sentence", "bare", "unit"),
    [
        ("He was jailed for five years and his wife for four months.", "four", "months"),
        ("He served for five years and won four.", "four", None),
        ("He was jailed for five years and fined for four offences.", "four", None),
    ],
)
def test_a_count_with_its_own_noun_or_verb_keeps_it(sentence: str, bare: str, unit: str | None) -> None:
    assert _figures(sentence)[bare][0] == unit
