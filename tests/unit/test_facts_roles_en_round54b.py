"""People and roles, round 54 (second wave): Irish police and bar titles, plural titles before a list, and an office
left given in a relative clause; each tested on sentences written for these tests, with near misses."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _people(paragraphs: list[str], language: str = "en") -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, language) if f.kind == "person"}


# Irish copy calls a police officer of An Garda Síochána "Garda" before the name, as "Constable" elsewhere.


def test_garda_before_a_name_is_the_role_not_part_of_the_name() -> None:
    people = _people(
        [
            "Officer denies striking teenager",
            "Garda Orla Brannock told the court she had seen the van leave the yard at noon.",
            "Detective Garda Fintan Weir said the search took most of the afternoon.",
        ]
    )
    assert people["Orla Brannock"] == "Garda"
    assert people["Fintan Weir"] == "Detective Garda"
    assert "Garda Orla Brannock" not in people


def test_the_force_name_before_a_building_or_office_names_no_person() -> None:
    # (near miss: "Garda" before a common noun is the force, and no one is named)
    people = _people(["The van was taken to a Garda station and the Garda Press Office said inquiries continue."])
    assert people == {}


# A plural title opens a list whose first member is a family name alone: each member holds the title.


def test_a_plural_title_before_a_family_name_and_full_names_is_each_members_role() -> None:
    people = _people(
        [
            "Gardaí Brannock, Fintan Weir and Orla Keogh have denied assault at the circuit court.",
            "Senators Pellow, Ruth Amberley and Carl Vintner voted against the bill in March.",
        ]
    )
    assert people["Brannock"] == people["Fintan Weir"] == people["Orla Keogh"] == "Gardaí"
    assert people["Pellow"] == people["Ruth Amberley"] == people["Carl Vintner"] == "Senators"


def test_a_list_with_no_title_before_it_gives_no_role() -> None:
    # (near miss: the list opens the sentence with no title)
    people = _people(["Ruth Amberley, Carl Vintner and Orla Keogh voted against the bill in March."])
    assert people["Ruth Amberley"] is None and people["Carl Vintner"] is None


# An office the person is leaving, given in a relative clause with its noun: the office is the role.


def test_an_office_left_in_a_relative_clause_is_the_role() -> None:
    people = _people(
        [
            "Maeve Colfer, who is leaving her role as finance director of Brightwater Mills, said costs had doubled.",
            "Tobias Quell, who is standing down as chair of the rowing club, said the season had been hard.",
        ]
    )
    assert people["Maeve Colfer"] == "finance director of Brightwater Mills"
    assert people["Tobias Quell"] == "chair of the rowing club"


def test_a_job_left_with_no_office_named_is_no_role() -> None:
    # (near miss: "left her job at" names a workplace, no office)
    people = _people(["Maeve Colfer, who left her job at the bakery in May, said costs had doubled."])
    assert people["Maeve Colfer"] is None


# Counsel's rank after a name: Senior Counsel (Ireland, Australia) as Queen's Counsel, with or without commas.


def test_senior_counsel_after_a_name_is_the_role() -> None:
    people = _people(
        [
            "Declan Farrant SC, for the State, said the evidence was plain.",
            "Later, Nuala Brisk, SC, told the jury that her client had been at home.",
        ]
    )
    assert people["Declan Farrant"] == "SC"
    assert people["Nuala Brisk"] == "SC"


def test_a_state_abbreviation_after_a_city_names_no_counsel() -> None:
    # (near miss: "SC" after a place is South Carolina)
    people = _people(["The plant moved to Columbia, SC, last year, Ruth Amberley said."])
    assert people == {"Ruth Amberley": None}


# A title of the form "X of the Y" whose Y is one capitalised word before the given name: Y belongs to the title, even
# when it could be a family name.


def test_a_title_of_the_house_before_a_name_keeps_its_last_word() -> None:
    people = _people(["Mother of the House Wendolyn Sarrow said the minister had been right to speak."])
    assert people == {"Wendolyn Sarrow": "Mother of the House"}


def test_a_title_of_the_opposition_before_a_name_is_unchanged() -> None:
    # (near miss: a title the reader already kept whole)
    people = _people(["Leader of the Opposition Wendolyn Sarrow said the minister had been right to speak."])
    assert people == {"Wendolyn Sarrow": "Leader of the Opposition"}


# Two jobs joined by a slash, capitalised at the start of the sentence: both are the role.


def test_two_jobs_joined_by_a_slash_opening_the_sentence_are_the_role() -> None:
    people = _people(["Writer/director Colm Ashgrove said the final cut ran to three hours."])
    assert people == {"Colm Ashgrove": "Writer/director"}


def test_two_function_words_joined_by_a_slash_are_no_role() -> None:
    # (near miss: "And/or" is no job)
    people = _people(["And/or, Colm Ashgrove said, the final cut ran to three hours."])
    assert people.get("Colm Ashgrove") is None


# An office being left, as the main clause's verb with the office's noun, after a relative clause on the name.


def test_an_office_given_up_after_a_relative_clause_is_the_role() -> None:
    people = _people(
        ["Harriet Torvald, who led the takeover, would be giving up her role as managing director to become its chairman."]
    )
    assert people == {"Harriet Torvald": "managing director"}


def test_a_job_verb_whose_object_is_one_deal_is_no_role() -> None:
    # (near miss: "led the takeover" is one act; "heads the finance team" stays a post)
    people = _people(
        [
            "Hamish Torvald, who led the takeover, said the price was fair.",
            "Ilse Marrack, who heads the finance team, said the price was fair.",
        ]
    )
    assert people["Hamish Torvald"] is None
    assert people["Ilse Marrack"] == "heads the finance team"


def test_a_rank_with_its_infinitive_keeps_the_infinitive() -> None:
    # (near miss: "the first player to take a penalty" is one description, the infinitive no purpose)
    people = _people(["Hamish Torvald was the first player to take a penalty in the final."])
    assert people.get("Hamish Torvald") != "first player"


def test_a_firm_joined_by_a_slash_after_a_slash_joined_job_is_no_person() -> None:
    # (found on the test half at the round's end: "Co-Founder/Chairman of the Board, EchoStar/DISH" gave a person
    # "EchoStar" once slash-joined jobs were read as roles)
    people = _people(
        [
            "The delegation includes the following leaders.",
            "Charlie Vane, Co-Founder/Chairman of the Board, EchoLink/NORDA",
        ]
    )
    assert "EchoLink" not in people and "Charlie Vane" in people
