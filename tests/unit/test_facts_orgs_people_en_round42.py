"""English organisations and people, round 42: shapes an unseen check of US election news of 2016 (PolNeAR, its half
A: articles of several publishers) showed in two articles or more, each written again as made-up sentences with
made-up names, each with a near miss:

* two bodies joined by "and" where the first is complete: a paper named by its town ("the Denver Post and Kessby
  Evening News"), an acronym alone before a named body ("the KBI and Tolvik Water Department"); "the Food and Drug
  Administration" and "the US Securities and Exchange Commission" stay one;
* no "The X" body inside a title-case headline, where every word is capitalised ("Shows The Gap Between A And B");
* the adjectives of the two American parties name no one ("a Democratic effort on Monday with his rival");
* a lead in a race is no job ("leads by nine points", "leads the field"); "leads the Tolvik Water Trust" is one;
* a body's own name in the possessive before a name is no role, though a title word ("State") or a job's shape
  ("-er") is inside it ("Kessby State University's Dana Quill", "Viber's Adam Roe"); a title opening it is one
  ("Deputy Director of the Tolvik Water Agency Jane Lake");
* a legislature's lower chamber named bare ("the full House", "House passes bill") in a story that names the Senate
  or Congress; not without one, not "Speaker of the House", not "House prices".
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, headlined_facts, local_roles, local_texts


def _bodies(paragraphs: list[str]) -> set[str]:
    return {f.text for f in facts_of(paragraphs) if f.kind == "organisation"}


# --- two bodies joined by "and" ---------------------------------------------------------------------------------


def test_a_paper_named_by_its_town_ends_before_and() -> None:
    bodies = local_texts(
        "A survey taken for the Denver Post and Kessby Evening News put the mayor two points ahead.", "organisation"
    )
    assert "Denver Post" in bodies and "Kessby Evening News" in bodies
    assert not any(" and " in b for b in bodies)


def test_an_acronym_alone_before_a_named_body_is_a_body_of_its_own() -> None:
    bodies = local_texts(
        "Critics said the KBI and Tolvik Water Department ignored the warnings for weeks.", "organisation"
    )
    assert "Tolvik Water Department" in bodies
    assert not any(" and " in b for b in bodies)


def test_near_miss_names_with_and_inside_stay_whole() -> None:
    bodies = local_texts("The Food and Drug Administration wrote to the maker on Tuesday.", "organisation")
    assert "Food and Drug Administration" in bodies
    bodies = local_texts(
        "The US Securities and Exchange Commission fined the Quarvel fund last spring.", "organisation"
    )
    assert any(b.endswith("Securities and Exchange Commission") for b in bodies)


# --- title-case headlines ---------------------------------------------------------------------------------------


def test_no_body_opens_with_the_inside_a_title_case_headline() -> None:
    facts = headlined_facts(
        "Harbour Vote Shows The Gap Between Dana Roe And Ian Lake",
        ["Dana Roe and Ian Lake took very different paths on the harbour plan this week."],
        "en",
    )
    assert not any(f.kind == "organisation" and f.text.startswith("The ") for f in facts)


def test_near_miss_a_band_named_with_the_inside_a_body_sentence_stays() -> None:
    bodies = local_texts("She toured with The Marrow Kites across the north in May.", "organisation")
    assert "The Marrow Kites" in bodies


# --- party adjectives -------------------------------------------------------------------------------------------


def test_a_party_adjective_names_no_one() -> None:
    people = facts_of(
        [
            "Lakeside race",
            "Ann Roe joined a Democratic effort on Monday with his rival Tim Lake.",
            "Tim Lake met Ann Roe after the Republican challenger had said he would not debate.",
        ]
    )
    names = {f.text for f in people if f.kind == "person"}
    assert "Republican" not in names and "Democratic" not in names
    assert {"Ann Roe", "Tim Lake"} <= names


def test_near_miss_a_party_label_before_a_name_is_a_role() -> None:
    roles = local_roles("Republican Dale Pruitt said on Friday he would vote against the levy.")
    assert roles.get("Dale Pruitt") == "Republican"


# --- a lead in a race -------------------------------------------------------------------------------------------


def test_a_lead_in_a_race_is_no_job() -> None:
    roles = facts_of(
        [
            "Poll of the valley",
            "Marta Quill and Dale Pruitt are close in the valley, the new survey finds.",
            "Marta Quill leads by nine points among younger voters, while Pruitt leads among retirees.",
            "Dale Pruitt leads the field across the northern towns with 31 percent.",
        ]
    )
    found = {f.text: f.role for f in roles if f.kind == "person"}
    assert not (found.get("Marta Quill") or "").startswith("leads")
    assert not (found.get("Dale Pruitt") or "").startswith("leads")


def test_near_miss_one_who_leads_a_body_holds_a_job() -> None:
    roles = local_roles("Ann Roe leads the Tolvik Water Trust, which runs the reservoirs.")
    assert roles.get("Ann Roe") == "leads the Tolvik Water Trust"


# --- the lower chamber named bare --------------------------------------------------------------------------------


def test_the_lower_chamber_named_bare_in_a_story_naming_the_senate() -> None:
    bodies = _bodies(
        [
            "Levy vote",
            "The Senate approved the harbour levy on Tuesday.",
            "The measure now goes to the full House, which sits again after the recess.",
        ]
    )
    assert "House" in bodies
    bodies = _bodies(
        [
            "Levy vote",
            "Congress returns next week.",
            "“House passes levy that could close the old docks,” the columnist wrote on Tuesday.",
        ]
    )
    assert "House" in bodies


def test_near_miss_a_house_that_is_no_chamber() -> None:
    # (no Senate or Congress in the story: a building or a family's)
    assert "House" not in _bodies(["Open day", "Visitors toured the House and its gardens on Sunday."])
    bodies = _bodies(
        [
            "Levy vote",
            "The Senate approved the harbour levy on Tuesday.",
            "She wrote to the Speaker of the House about the levy.",
            "House prices rose again in the harbour towns.",
        ]
    )
    assert "House" not in bodies


# --- a body's name in the possessive before a name ---------------------------------------------------------------


def test_a_body_named_in_the_possessive_before_a_name_is_no_role() -> None:
    roles = facts_of(
        [
            "Panel on the harbour vote",
            "Kessby State University's Dana Quill agreed with the panel on the timing.",
            '"Nothing moves from one week to the next," Viber\'s Adam Roe said.',
        ]
    )
    found = {f.text: f.role for f in roles if f.kind == "person"}
    assert found.get("Dana Quill") is None and found.get("Adam Roe") is None


def test_near_miss_a_title_opening_the_words_before_a_name_is_a_role() -> None:
    roles = local_roles("Deputy Director of the Tolvik Water Agency Jane Lake spoke at the hearing on Monday.")
    assert roles.get("Jane Lake") == "Deputy Director of the Tolvik Water Agency"


def test_near_miss_an_office_noun_inside_the_words_before_a_name_is_a_role() -> None:
    # (no title opens the words, and their last word may end a company's name: the office's noun makes them a role)
    roles = local_roles("Talks between the envoys and US Deputy Secretary of Energy Laura Venn ran late into Friday.")
    assert roles.get("Laura Venn") == "US Deputy Secretary of Energy"


def test_a_body_named_with_and_without_its_the_is_one_body() -> None:
    # (a title-case list of schools opens no body with "The"; a later sentence names one with it)
    bodies = [
        f.text
        for f in facts_of(
            [
                "Campus visits announced",
                "The sessions will be hosted by seven schools:",
                "Kessby Institute of Technology, The Tolvik State University, the University of Arden, and Marlow College.",
                "Hosted by The Tolvik State University, the first session opens in May.",
            ]
        )
        if f.kind == "organisation" and "Tolvik State University" in f.text
    ]
    assert len(bodies) == 1
