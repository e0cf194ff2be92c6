"""Entertainment and technology copy of the 2000s: a double job joined by a hyphen after an adjective ("British
singer-songwriter Jo Vale"), a day's or a rank's number left before a role by an abbreviation's dot ("On Oct. 5 Acme
co-founder X", "the No. 1 artist Y"), and a possessive before a noun that is also a verb ("the company's
estimates of 4 million"), read "s" (made-up names and firms throughout)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def people(sentence: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([sentence]) if f.kind == "person"}


def counts(sentence: str) -> dict[str, str | None]:
    return {f.text: f.counts for f in facts_of([sentence]) if f.kind == "figure"}


# roles.is_person_noun (_double_job)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Welsh singer-songwriter Jo Vale held on to third place.", "Jo Vale", "Welsh singer-songwriter"),
        ("Veteran actor-producer Martin Farrow bought the rights.", "Martin Farrow", "Veteran actor-producer"),
        ("The show was written by Irish comedian-writer Pat Keogh.", "Pat Keogh", "Irish comedian-writer"),
    ],
)
def test_a_double_job_after_an_adjective_is_the_role(sentence: str, name: str, role: str) -> None:
    assert people(sentence) == {name: role}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near misses read as before
        ("Welsh singer Jo Vale held on to third place.", {"Jo Vale": "Welsh singer"}),
        ("Singer-songwriter Jo Vale held on to third place.", {"Jo Vale": "Singer-songwriter"}),
        ("A self-taught Jo Vale held on to third place.", {"Jo Vale": None}),
    ],
)
def test_single_jobs_and_other_compounds_read_as_before(sentence: str, expected: dict[str, str | None]) -> None:
    assert people(sentence) == expected


# role_tidy.tidy_role (a leading number)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("On Oct. 5 Lumora co-founder Dana Pike stepped down.", "Dana Pike", "Lumora co-founder"),
        ("This month's No. 1 artist Rory Blaine slipped to fourth.", "Rory Blaine", "artist"),
        ("On Jan. 12 Quillon chief executive Tom Arden resigned.", "Tom Arden", "Quillon chief executive"),
    ],
)
def test_a_number_left_before_a_role_is_no_part_of_it(sentence: str, name: str, role: str) -> None:
    assert people(sentence) == {name: role}


def test_a_role_with_no_number_reads_as_before() -> None:
    assert people("Lumora co-founder Dana Pike stepped down.") == {"Dana Pike": "Lumora co-founder"}


# counted (a noun after a possessive that is also a verb's form)


@pytest.mark.parametrize(
    ("sentence", "text", "reading"),
    [
        ("Shipments reached 4.2 million, beating the firm's estimates of 4 million.", "4 million", "estimates (firm)"),
        ("Sales topped the studio's forecasts of 3 million.", "3 million", "forecasts (studio)"),
    ],
)
def test_a_possessed_noun_that_is_also_a_verb_is_what_the_figure_is(sentence: str, text: str, reading: str) -> None:
    assert counts(sentence)[text] == reading


def test_a_verb_with_no_possessive_before_it_reads_as_before() -> None:
    assert counts("Sales beat the estimates of 2 million.") == {"2 million": "estimates"}


# org_kinds.person_too_fails (a double job ending in a firm's kind)


def test_a_double_job_ending_in_producer_is_a_person_not_a_firm() -> None:
    found = {(f.kind, f.text) for f in facts_of(["Veteran actor-producer Martin Farrow bought the rights."])}
    assert ("person", "Martin Farrow") in found
    assert ("organisation", "Martin Farrow") not in found


def test_a_firm_after_a_trade_of_firms_reads_as_before() -> None:
    found = {(f.kind, f.text) for f in facts_of(["Chip producer Ventrix said it was happy."])}
    assert ("organisation", "Ventrix") in found


# roles.is_person_noun (_double_job, two jobs joined by a slash)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("The film is by writer/director Martin Farrow.", "Martin Farrow", "writer/director"),
        ("Martin Farrow, Lumora President/CEO, resigned.", "Martin Farrow", "Lumora President/CEO"),
    ],
)
def test_two_jobs_joined_by_a_slash_are_the_role(sentence: str, name: str, role: str) -> None:
    assert people(sentence) == {name: role}


def test_a_single_job_after_the_name_reads_as_before() -> None:
    assert people("Martin Farrow, Lumora President, resigned.") == {"Martin Farrow": "Lumora President"}
