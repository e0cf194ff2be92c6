"""English sport reports (round 47, k-ensport47): speakers, people and ages read wrong on real match reports, transfer
stories and cricket copy, written again with made-up names and sentences, each with near misses that keep their old
reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs)]


def _people(paragraphs: list[str]) -> set[str]:
    return {f.text for f in facts_of(paragraphs) if f.kind == "person"}


def _ages(paragraphs: list[str]) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of(paragraphs) if f.kind == "figure" and (f.counts or "").startswith("age")]


# --- speaker_mentions: a described speaker and a relative clause with no comma ---------------------------------------


def test_a_described_coach_and_a_bare_relative_clause_is_the_coach_named_before() -> None:
    paragraphs = [
        "New Harbour coach Tom Briggs hailed the spirit of his team after a win over Dunmore on Saturday.",
        '"We were in a deep hole and had to climb back out," stressed the former Westfield coach who made his debut '
        "in a loss to Dunmore last weekend.",
    ]
    assert _speakers(paragraphs) == ["Tom Briggs"]


def test_a_described_captain_with_a_bare_relative_clause_naming_another_player() -> None:
    paragraphs = [
        "Harbour captain Sam Oduya led the comeback against Westfield.",
        '"We never stopped believing," said the veteran captain who set up the winner for Ray Molde.',
    ]
    assert _speakers(paragraphs) == ["Sam Oduya"]


def test_a_relative_clause_that_keeps_the_speaker_unnamed_is_kept() -> None:
    paragraphs = [
        "Harbour coach Tom Briggs was at the ground on Saturday.",
        '"It was a fair result," said the official who asked not to be named.',
    ]
    speakers = _speakers(paragraphs)
    assert speakers and speakers[0] is not None and "official" in speakers[0] and "Briggs" not in speakers[0]


def test_a_description_that_is_no_role_keeps_its_relative_clause() -> None:
    paragraphs = [
        "Harbour coach Tom Briggs was at the ground on Saturday.",
        '"It was a fair result," said the fan who travelled from Dunmore.',
    ]
    speakers = _speakers(paragraphs)
    assert speakers and speakers[0] is not None and "fan" in speakers[0] and "Briggs" not in speakers[0]


# --- speaker_body_statements: "A statement on X's website read:" -------------------------------------------------------


def test_a_statement_on_a_clubs_website_is_the_clubs() -> None:
    paragraphs = [
        "Harbour Rovers have signed the striker Dan Oakes from Dunmore.",
        "A statement published on Harbour's official website on Tuesday read: \"Harbour Rovers is delighted to announce "
        'the signing of Dan Oakes."',
    ]
    assert _speakers(paragraphs) == ["Harbour Rovers"]


def test_a_statement_on_the_clubs_website_is_the_club_named_before() -> None:
    paragraphs = [
        "Harbour Rovers have signed the striker Dan Oakes from Dunmore.",
        'A statement on the club\'s website said: "Harbour Rovers is pleased to confirm the new signing."',
    ]
    assert _speakers(paragraphs) == ["Harbour Rovers"]


def test_a_statement_from_a_body_is_that_bodys() -> None:
    paragraphs = [
        "Harbour Rovers have signed the striker Dan Oakes from Dunmore.",
        'A statement from Dunmore said: "We wish Dan well for the future."',
    ]
    assert _speakers(paragraphs) == ["Dunmore"]


def test_a_statement_with_nothing_after_it_is_not_read_as_a_body() -> None:
    paragraphs = [
        "Harbour Rovers have signed the striker Dan Oakes from Dunmore.",
        'The statement about the signing said: "We wish Dan well for the future."',
    ]
    speakers = _speakers(paragraphs)
    assert speakers != ["Dunmore"]


# --- people_index: a name joined to an Arabic particle, named again by its first part ----------------------------------


def test_the_first_part_of_a_particle_joined_name_is_the_same_person_for_he_said() -> None:
    paragraphs = [
        "Karachi captain Farooq-ul-Rahim was frowning at the start of the day.",
        "However, umpire Bob Tilley was not interested.",
        "Farooq was distraught by the decision.",
        '"We were hoping to take two wickets," he said.',
    ]
    assert _speakers(paragraphs) == ["Farooq-ul-Rahim"]
    assert "Farooq" not in _people(paragraphs)


def test_the_first_part_of_a_spaced_particle_name_is_the_same_person() -> None:
    paragraphs = [
        "Lahore skipper Kashif-ur Karim was unhappy with the pitch.",
        "Umpire Dan Oakes said nothing.",
        "Kashif was angry with him.",
        '"It was a poor decision," he said.',
    ]
    assert _speakers(paragraphs) == ["Kashif-ur Karim"]


def test_a_double_barrelled_name_without_a_particle_is_not_merged_so() -> None:
    paragraphs = [
        "Harbour winger Tom Smith-Jones scored twice on Saturday.",
        "Smith was not in the squad.",
    ]
    people = _people(paragraphs)
    assert "Tom Smith-Jones" in people


# --- figures: a spelled age with a hyphen of its own, and "-year old" with a space ------------------------------------


def test_a_spelled_compound_age_is_an_age() -> None:
    assert _ages(["Twenty-two-year-old Dan Oakes scored twice on Saturday."]) == [(22.0, "age (Dan Oakes)")]
    assert _ages(["The twenty-two-year-old striker scored twice."]) == [(22.0, "age (striker)")]
    assert "Dan Oakes" in _people(["Twenty-two-year-old Dan Oakes scored twice on Saturday."])


def test_a_spelled_age_with_old_after_a_space_is_an_age() -> None:
    assert _ages(["Nineteen-year old Ravi Patel took eight wickets."]) == [(19.0, "age (Ravi Patel)")]


def test_a_spelled_duration_with_a_hyphen_is_no_age() -> None:
    facts = [f for f in facts_of(["Harbour signed a thirty-five-year lease on the ground."]) if f.kind == "figure"]
    assert [(f.value, f.unit) for f in facts] == [(35.0, "years")]
    assert not (facts[0].counts or "").startswith("age")


# --- people_not_names: initials without stops before a family name the article writes alone --------------------------


def test_three_initials_before_a_family_name_used_alone_are_a_player() -> None:
    paragraphs = [
        "Man of the match VVS Raman, who found form, said it was a memorable knock.",
        '"I am happy I got the runs," he said.',
        "Raman hit 12 fours in the innings.",
    ]
    assert "VVS Raman" in _people(paragraphs)
    assert _speakers(paragraphs) == ["VVS Raman"]


def test_two_initials_after_a_role_are_still_a_player() -> None:
    assert "JP Smit" in _people(["Fly-half JP Smit kicked four penalties."])


def test_an_acronym_before_a_word_never_used_alone_as_a_name_is_no_person() -> None:
    people = _people(["The ITV Digital collapse hurt clubs.", "Digital rights were sold later."])
    assert not any("ITV" in p for p in people)


def test_an_office_in_initials_before_a_family_name_used_alone_stays_no_word_of_the_name() -> None:
    paragraphs = [
        "The Vice President (VP) said the rules stand.",
        "Later VP Wirasto met clerics in the capital.",
        "Wirasto said he was firm.",
    ]
    assert not any(p.startswith("VP") for p in _people(paragraphs))
