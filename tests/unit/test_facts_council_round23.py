"""Classes four American city-council pages showed (real pages, not kept), written again with made-up names:
a plural title in capitals before a list of names ("with Council Members Ann Lee and Max Holm absent",
"State Senators ...") made the title part of the first name and left the second without a role; a seat held
for the whole town ("Councilman-at-Large") was no title; a union's numbered branch ("Teamsters Local 727",
"negotiating with Local 270") was no organisation."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, people_roles


def _organisations(paragraphs: list[str]) -> list[str]:
    return [f.text for f in facts_of(paragraphs) if f.kind == "organisation"]


def test_a_capitalised_plural_title_in_a_sentence_is_every_listed_persons_role() -> None:
    people = people_roles(["The vote was 7-0 with Council Members Anna Perlow and Mark Tessel absent."])
    assert people == {"Anna Perlow": "Council Members", "Mark Tessel": "Council Members"}


def test_a_one_word_plural_title_inside_a_sentence_is_no_part_of_the_first_name() -> None:
    people = people_roles(["The bill passed despite Senators Ray Hollis and Mona Dext voting against it."])
    assert set(people) == {"Ray Hollis", "Mona Dext"}
    assert all((role or "").lower() == "senators" for role in people.values())


def test_an_irregular_plural_title_is_read_too() -> None:
    people = people_roles(["The motion failed after Aldermen Pete Sarno and Joan Pake walked out."])
    assert set(people) == {"Pete Sarno", "Joan Pake"}
    assert all((role or "").lower() == "aldermen" for role in people.values())


def test_a_given_name_before_a_plural_is_a_name_not_a_title() -> None:
    # "Ann Judges" is a person whose surname is a plural role noun: no title to take off
    people = people_roles(["The prize went to Ann Judges and Tom Fields of the school board."])
    assert "Anna" not in " ".join(people)
    assert not any(name in ("Judges", "Fields") for name in people)


def test_a_seat_at_large_is_part_of_the_title() -> None:
    people = people_roles(["Councilman-at-Large Andy Weldon voted for the plan, as did Mayor Lia Brandt."])
    assert people == {"Andy Weldon": "Councilman-at-Large", "Lia Brandt": "Mayor"}


def test_a_unions_numbered_branch_is_an_organisation() -> None:
    orgs = _organisations(
        [
            "The deal covers members of Teamsters Local 727 and UAW Local 600.",
            "He wants a fair shot at negotiating with Local 270.",
            "The Firemen's Local 616 contract expired at the end of the year.",
        ]
    )
    assert {"Teamsters Local 727", "UAW Local 600", "Local 270", "Firemen's Local 616"} <= set(orgs)


def test_local_as_an_ordinary_word_before_a_number_is_no_branch() -> None:
    orgs = _organisations(["Voters in 12 local districts and local 4-H clubs took part in the count."])
    assert not [name for name in orgs if "Local" in name or "local" in name]
