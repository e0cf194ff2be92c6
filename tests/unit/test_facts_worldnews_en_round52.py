"""BBC-style world news and UK home affairs, invented copy (round 52): a three-digit number after a word of change
("232 seats, up from 227.", "profits rose by 120.") was read as a year, a date; a person named again by courtesy
title before a job ("Mr Hrynchuk's campaign manager, Oleh Derkach,") was read as an organisation."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _kind(paragraphs: list[str], kind: str) -> list[str]:
    return [f.text for f in facts_of(["Headline of the story", *paragraphs], "en") if f.kind == kind]


def test_the_size_of_a_change_is_no_year() -> None:
    assert _kind(["In the House of Representatives, they now have 232 seats, up from 227."], "date") == []
    assert _kind(["The firm employs 450 staff, down from 512."], "date") == []
    assert _kind(["Pre-tax profits rose by 120."], "date") == []
    assert _kind(["The number of seats increased from 212."], "date") == []
    # (the figures stay)
    assert "227" in _kind(["In the House of Representatives, they now have 232 seats, up from 227."], "figure")


def test_a_three_digit_year_after_a_word_of_time_is_still_a_date() -> None:
    assert _kind(["The monastery was founded in 615."], "date") == ["in 615"]
    assert _kind(["Troops held the city from 711."], "date") == ["from 711"]
    assert _kind(["The walls were built by 650."], "date") == ["by 650"]


def test_a_person_named_by_courtesy_title_owns_a_job_not_a_body() -> None:
    paragraphs = [
        "His rival, Prime Minister Viktor Hrynchuk, took 41% of the vote.",
        "Mr Hrynchuk's campaign manager, Oleh Derkach, told the BBC his candidate would appeal.",
    ]
    assert _kind(paragraphs, "organisation") == ["BBC"]
    assert "Oleh Derkach" in _kind(paragraphs, "person")


def test_a_body_that_owns_a_job_is_still_a_body() -> None:
    paragraphs = ["Calderwood Mining's chief executive, Tom Roe, said output would fall."]
    assert "Calderwood Mining" in _kind(paragraphs, "organisation")


def _roles(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(["Headline of the story", *paragraphs], "en") if f.kind == "person"}


def test_a_detectives_rank_keeps_its_det() -> None:
    assert _roles(["Det Insp Karen Mabey, of the Metropolitan Police, said the case was closed."]) == {
        "Karen Mabey": "Det Insp"
    }
    assert _roles(["Det Supt Alan Crewe said officers were searching."]) == {"Alan Crewe": "Det Supt"}
    assert _roles(["Det Ch Insp John Doe said officers were searching."]) == {"John Doe": "Det Ch Insp"}
    # (a rank without "Det", and "Det Con", stay as they were)
    assert _roles(["Insp Karen Mabey said the road was shut."]) == {"Karen Mabey": "Insp"}
    assert _roles(["Det Con Jane Roe gave evidence."]) == {"Jane Roe": "Det Con"}


def test_british_exams_orders_and_jabs_are_no_bodies() -> None:
    assert _kind(["More pupils sat GCSE exams and 40% gained five GCSEs."], "organisation") == []
    assert _kind(["Take-up of the MMR jab fell to 80%, officials said."], "organisation") == []
    assert _kind(["The council issued 12 ASBOs, and an ASBO was given to a boy of 14."], "organisation") == []
    # (a body's acronym beside them stays)
    assert _kind(["The QCA said GCSE entries rose by 3%."], "organisation") == ["QCA"]
