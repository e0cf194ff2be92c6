"""Roles, round 9: where a role next to a name stops, in the constructions government releases and wire copy
use (a second person joined by "and", a body whose long name holds "and", a Title Case headline, a time spent
in a job), each tested on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.pipeline import load_document
from tests.unit.facts_helpers import facts_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs) if f.kind == "person"}


def _people_of_article(tmp_path: Path, headline: str, body: str) -> dict[str, str | None]:
    path = tmp_path / "article.txt"
    path.write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    return {f.text: f.role for f in extract_facts(load_document(path, language="en")) if f.kind == "person"}


# A second person joined by "and" ends the role set off after the first.


def test_a_name_after_and_is_no_part_of_the_role_before_it() -> None:
    people = _people(
        ["The grant was announced by Mira Halvorsen, Director of the Tolvik Board and Jon Sand on Monday."]
    )
    assert people["Mira Halvorsen"] == "Director of the Tolvik Board"
    assert "Jon Sand" in people


def test_a_titled_name_after_and_keeps_its_own_title() -> None:
    people = _people(["Mira Halvorsen, Director of the Tolvik Board and Secretary Jon Sand will attend."])
    assert people == {"Mira Halvorsen": "Director of the Tolvik Board", "Jon Sand": "Secretary"}


def test_a_name_owning_something_after_and_stays_in_the_role() -> None:
    people = _people(["Mira Halvorsen, chair of the Tolvik Board and Jon Sand's mentor, spoke."])
    assert people["Mira Halvorsen"] == "chair of the Tolvik Board and Jon Sand's mentor"


# A body whose long name holds "and" stays whole in the title of its head.


def test_a_long_body_name_with_and_stays_in_the_role_before_a_comma() -> None:
    people = _people(
        ['"We will act," said the Secretary of the Tolvik Labor and Workforce Development Agency, Jon Sand.']
    )
    assert people["Jon Sand"] == "Secretary of the Tolvik Labor and Workforce Development Agency"


def test_a_long_body_name_with_and_stays_in_the_title_before_a_name() -> None:
    people = _people(
        ["The plan was signed by the Secretary of the Tolvik Labor and Workforce Development Agency Jon Sand."]
    )
    assert people["Jon Sand"] == "Secretary of the Tolvik Labor and Workforce Development Agency"
    assert _people(["The Minister of Trade and Industry Jon Sand signed."]) == {
        "Jon Sand": "Minister of Trade and Industry"
    }
    tolvik = _people(["The plan was signed by the Tolvik Secretary of Labor and Workforce Development Jon Sand."])
    assert tolvik["Jon Sand"] == "Tolvik Secretary of Labor and Workforce Development"


def test_two_titled_people_joined_by_and_keep_their_own_titles() -> None:
    people = _people(["Minister of Finance Mira Halvorsen and Deputy Minister Jon Sand signed."])
    assert people == {"Mira Halvorsen": "Minister of Finance", "Jon Sand": "Deputy Minister"}


# A Title Case headline: the noun the headline is about and its "of" are no part of the title.


def test_a_headline_noun_and_of_before_a_title_are_cut_off(tmp_path: Path) -> None:
    body = "The meeting went well, officials said on Monday."
    people = _people_of_article(
        tmp_path, "Statement from President Jon Sand on the Passing of Former Senator Mira Halvorsen", body
    )
    assert people == {"Jon Sand": "President", "Mira Halvorsen": "Former Senator"}
    readout = _people_of_article(
        tmp_path, "Readout of President Jon Sand's Call with Prime Minister Mira Halvorsen of Tolvik", body
    )
    assert readout == {"Jon Sand": "President", "Mira Halvorsen": "Prime Minister"}


# A time spent in a job gives the job as the role.


def test_years_spent_as_a_job_give_the_job() -> None:
    assert _people(["Mira Halvorsen, who spent 17 years as a lawyer, joined the board."]) == {
        "Mira Halvorsen": "lawyer"
    }
    assert _people(["Mira Halvorsen spent 17 years as a lawyer before joining the board."]) == {
        "Mira Halvorsen": "lawyer"
    }
    reporter = _people(
        ["Jon Sand, who has worked for two decades as a reporter at the Tolvik Times, said it would close."]
    )
    assert reporter["Jon Sand"] == "reporter at the Tolvik Times"


# A verb of appointment or succession gives the post.


def test_a_post_given_by_appointment_or_succession_is_the_role() -> None:
    assert _people(["The governor appointed Jon Sand as chief of staff."]) == {"Jon Sand": "chief of staff"}
    assert _people(["The club named Jon Sand as its new coach on Monday."]) == {"Jon Sand": "new coach"}
    nominated = _people(
        ["Sand announced his intent to nominate Mira Halvorsen to serve as Director of the Tolvik Office."]
    )
    assert nominated["Mira Halvorsen"] == "Director of the Tolvik Office"
    replaced = _people(["Mira Halvorsen will leave in May and will be replaced as Tolvik Press Director by Jon Sand."])
    assert replaced["Jon Sand"] == "Tolvik Press Director"
    succeeds = _people(["Jon Sand will succeed Mira Halvorsen as director of the Tolvik Water Board."])
    assert succeeds["Jon Sand"] == "director of the Tolvik Water Board"
    accepted = _people(
        ["Halvorsen succeeds Jon Sand, who has accepted a position as deputy director of the Tolvik Board."]
    )
    assert accepted["Jon Sand"] == "deputy director of the Tolvik Board"
    assert _people(["A teacher named Jon Sand spoke."]) == {"Jon Sand": "teacher"}


def test_when_a_post_was_given_is_no_part_of_it() -> None:
    assert _people(["Mira Halvorsen was named Tolvik Press Director on Monday."]) == {
        "Mira Halvorsen": "Tolvik Press Director"
    }


# A post or an award written in capitals is no person.


def test_a_post_or_an_award_in_capitals_is_no_person(tmp_path: Path) -> None:
    medals = _people(["Halvorsen has won the Harbour Service Medal in 2006 and Silver Achievement Medal in 2014."])
    assert not any("Medal" in name for name in medals)
    post = _people(["Jon Sand, Associate Communications Director, will become Deputy Director of Media Affairs."])
    assert post == {"Jon Sand": "Associate Communications Director"}
    headline = _people_of_article(
        tmp_path, "Tolvik Names New Harbour Manager, Coastal Operations Deputy", "It was Monday."
    )
    assert headline == {}


def test_a_named_head_right_after_the_body_is_a_person_and_the_body_stays_apart() -> None:
    found = facts_of(["The head of the Harbour Council Mira Halvorsen said the plan was late."])
    assert {f.text: f.role for f in found if f.kind == "person"} == {"Mira Halvorsen": "head of the Harbour Council"}
    assert [f.text for f in found if f.kind == "organisation"] == ["Harbour Council"]


def test_a_title_with_a_body_word_inside_is_no_organisation() -> None:
    found = facts_of(["She then served as Deputy Campaign Manager for his 2020 race."])
    assert [f.text for f in found if f.kind == "organisation"] == []
    kept = facts_of(["The Bureau of Harbour Affairs Senior Advisor Mira Halvorsen joined the team."])
    assert "Bureau of Harbour Affairs" in [f.text for f in kept if f.kind == "organisation"]


# A name joined to a person in a list is a person, with a particle or initials inside it.


def test_a_name_with_a_particle_or_initials_joined_to_a_person_is_one() -> None:
    assert "Pieter van der Berg" in _people(["The team includes Pieter van der Berg and Jean-Luc Moreau."])
    assert "A. J. Halvorsen" in _people(["A. J. Halvorsen and J.R. Sand signed the letter."])
    assert "Chidi Okafor" in _people(["The film stars Chidi Okafor alongside Ines Duarte."])


def test_a_portfolio_listed_with_commas_stays_whole_in_the_role() -> None:
    people = _people(["Jon Sand, Assistant Secretary for Oceans, Environment and Science, said the plan would work."])
    assert people == {"Jon Sand": "Assistant Secretary for Oceans, Environment and Science"}
    after = _people(['"The plan will work," said Jon Sand, Assistant Secretary for Oceans, Environment and Science.'])
    assert after == {"Jon Sand": "Assistant Secretary for Oceans, Environment and Science"}
    before = _people(["Assistant Secretary for Oceans, Environment and Science Jon Sand said the plan would work."])
    assert before == {"Jon Sand": "Assistant Secretary for Oceans, Environment and Science"}


def test_the_noun_a_name_is_identified_as_is_the_role() -> None:
    assert _people(["The suspect, identified as Jon Sand, 34, was arrested."]) == {"Jon Sand": "suspect"}
