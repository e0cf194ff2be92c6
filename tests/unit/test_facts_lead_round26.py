"""Classes found by reading whole real English local-news pages (road crashes, a measles outbreak, flu cases,
company lay-offs; the search tool's stored pages, facts written down by hand first). Every test is written again
with made-up names and sentences; the real text stays out of the repository."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _facts(paragraph: str, kind: str) -> list[tuple[str, str | None]]:
    found = [f for f in facts_of(["Local news", paragraph], "en") if f.kind == kind]
    detail = {"figure": "counts", "person": "role", "quote": "speaker"}.get(kind)
    return [(f.text, getattr(f, detail) if detail else None) for f in found]


def _names(paragraph: str, kind: str) -> list[str]:
    return [text for text, _ in _facts(paragraph, kind)]


def test_a_road_or_border_patrol_is_a_body() -> None:
    paragraph = "Two people died in a crash near Tolvik on Monday, the Kessby State Patrol said."
    assert _names(paragraph, "organisation") == ["Kessby State Patrol"]
    assert "Kessby" not in _names(paragraph, "place")
    assert "Ruritania Highway Patrol" in _names("The Ruritania Highway Patrol closed the road.", "organisation")
    assert "Border Patrol" in _names("He was stopped by Border Patrol agents in March.", "organisation")
    # (near miss: the common noun opening a sentence names no body)
    assert _names("Patrol cars blocked the road.", "organisation") == []


def test_an_area_named_by_its_kind_is_no_person() -> None:
    paragraph = "He was stopped by agents in Ruritania's El Norte Sector in March."
    assert _names(paragraph, "person") == []
    assert _names("Officers from Kessby District were called.", "person") == []
    # (near miss: a person named beside such an area keeps the name)
    assert _names("Tom Weller, who runs the Northern Sector, said the road was shut.", "person") == ["Tom Weller"]


def test_a_home_town_that_is_also_a_family_name_before_its_state() -> None:
    paragraph = "The driver, 57-year-old Tom Weller, of Sturgeon, Missouri, was arrested."
    assert _names(paragraph, "place") == ["Missouri", "Sturgeon"]
    assert _names("A woman from Harwood, Ohio, was hurt.", "place") == ["Ohio", "Harwood"]
    # (near misses: a given name ("Marion" too) is no such town, and an article is no preposition of place)
    assert "Jane" not in _names("A letter from Jane, Ohio, was read.", "place")
    assert "Smith" not in _names("He met the Smith, Ohio delegation.", "place")


def test_an_outlet_told_a_quote_with_what_it_was_told_of() -> None:
    paragraph = '"I do not know why," factory worker Tom Weller told Harbour Sports of the silence.'
    assert _names(paragraph, "organisation") == ["Harbour Sports"]
    assert _facts(paragraph, "quote") == [("I do not know why", "Tom Weller")]
    # (near misses: a person told, by a given name or a title, is no outlet)
    assert _names('"It is over," the coach told Jane Roe about the match.', "organisation") == []
    assert _names('"It is over," the coach told Senator Jane Roe on Monday.', "organisation") == []


def test_a_source_given_as_one_coined_word_is_an_outlet() -> None:
    assert _names("According to NewsWire, the shares were down 2% on Monday.", "organisation") == ["NewsWire"]
    # (near misses: a family name with a particle, and a plain word)
    assert _names("According to McDonald, the shares were down.", "organisation") == []
    assert _names("According to Weller, the shares were down.", "organisation") == []


def test_a_bare_count_with_a_negated_passive_counts_those_it_is_denied_of() -> None:
    assert _facts("Officials say 16 were not immunized against the disease.", "figure") == [("16", "not immunized (against the disease)")]
    assert _facts("At least 30 people have never been vaccinated.", "figure") == [("At least 30", "people never vaccinated")]
    # (near miss: without the negation, the participle alone)
    assert _facts("Police said 12 were arrested.", "figure") == [("12", "arrested")]


def test_an_age_limit_in_a_list_keeps_its_reading() -> None:
    paragraph = "The cases include 15 children under the age of 10, three people between 10 and 18 and one adult."
    assert _facts(paragraph, "figure") == [
        ("15", "children"),
        ("10", "age"),
        ("three", "people"),
        ("10 and 18", "age (people)"),
        ("one", "adult"),
    ]
    assert _facts("He died at the age of 83.", "figure") == [("83", "age")]
    # (near miss: a list of bare numbers still takes the noun its last member names)
    assert _facts("Sales were 5, 6 and 7 units.", "figure") == [("5", "units"), ("6", "units"), ("7", "units")]


def test_more_of_a_group_names_the_group_once() -> None:
    paragraph = "The number of confirmed cases rose to 19 with seven more cases suspected."
    assert _facts(paragraph, "figure")[1] == ("seven", "more cases (number of confirmed cases), suspected")


def test_a_quantity_opening_the_sentence_is_no_subject_of_a_later_share() -> None:
    paragraph = "More than 10 million Ruritanians cast ballots for a record turnout of 80 percent of 13 million voters."
    share = _facts(paragraph, "figure")[1]
    assert share[0] == "80" and share[1] is not None and "More" not in share[1] and "voters" in share[1]
    assert share[1].count("(record turnout)") <= 1  # (a measure named once, not twice)


def test_against_before_a_noun_phrase_is_a_preposition_not_a_side_of_a_vote() -> None:
    assert _facts("A swing of 20 percent against the ruling party cost it the seat.", "figure") == [("20", "swing")]
    # (near misses: "against" alone or before a pronoun is a side of a vote)
    assert _facts("The bill had 12 percent against it.", "figure") == [("12", "against (bill)")]
    assert _facts("Some 40 percent against, 60 percent for.", "figure")[0] == ("Some 40", "against")


def test_a_comparative_quantity_after_with_is_no_part_of_the_noun() -> None:
    paragraph = "The alliance had 58 seats with more than two-thirds of the results confirmed."
    assert ("58", "seats") in _facts(paragraph, "figure")
    # (near miss: a plain complement stays)
    assert _facts("The firm has 300 stores with garden centres.", "figure") == [("300", "stores with garden centres")]


def test_a_group_before_a_copula_gives_its_role_to_each_member_of_a_semicolon_list() -> None:
    paragraph = (
        "The graduating NASA astronauts are Jane Roe of Kessby, Ruritania; Tom Weller of Tolvik; and Anna Berg of"
        " Harbour."
    )
    people = dict(_facts(paragraph, "person"))
    assert set(people) == {"Jane Roe", "Tom Weller", "Anna Berg"}
    assert all(role is not None and "astronauts" in role for role in people.values())
    # (and a list by commas, with the body's acronym in the group)
    paragraph = "The graduating NASA astronauts are Jane Roe, Tom Weller and Anna Berg."
    assert all(role == "graduating NASA astronauts" for _, role in _facts(paragraph, "person"))
    # (members the gazetteer cannot tell from firms listed with their towns: the group says they are people)
    paragraph = (
        "The graduating astronauts are Jane Roe of Colorado Springs, Colorado; Marco Berríos of Guaynabo, Puerto"
        " Rico; Dena Bunholm of Wasilla, Alaska; and Tom Weller of Potomac, Maryland."
    )
    assert {"Marco Berríos", "Dena Bunholm"} <= set(_names(paragraph, "person"))
    assert _names(paragraph, "organisation") == []
    # (near misses: firms listed with their towns stay firms, and a list that is no list of names gives nothing)
    paragraph = "The grants went to Kessby Dynamics of Tulsa, Marlow Robotics of Fresno and Harbour Labs of Boise."
    assert _names(paragraph, "organisation") == ["Kessby Dynamics", "Marlow Robotics", "Harbour Labs"]
    assert _facts("The winners were Jane Roe; the rest were teams from Tolvik.", "person") == [("Jane Roe", None)]


def test_a_danish_noun_in_the_definite_plural_opening_a_sentence_is_no_person() -> None:
    danish = "Gæsterne er Tolviks borgmester, John Weller (V), og Kessbys borgmester, Martin Roe (S)."
    assert "Gæsterne" not in [f.text for f in facts_of(["Nyt", danish], "da") if f.kind == "person"]
    # (near miss: a family name in -ene after a given name is a person's)
    quoted = "- Borgerne i Kessby var vrede, siger Jens Behrene."
    assert "Jens Behrene" in [f.text for f in facts_of(["Nyt", quoted], "da") if f.kind == "person"]
