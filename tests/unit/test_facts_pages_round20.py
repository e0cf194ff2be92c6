"""People, roles, organisations and places, twentieth round: classes found by reading real news pages whole
(business, politics, sport, technology, entertainment; none from the corpus), then the round-18 dev articles,
each checked on made-up variants and look-alikes. Every name here is made up (well-known bodies and places
aside); no sentence of the pages is copied.
"""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import facts_of


def _facts(paragraphs: list[str]) -> list[Fact]:
    return facts_of(paragraphs, "en")


def _kind(paragraphs: list[str], kind: str) -> list[str]:
    return [f.text for f in _facts(paragraphs) if f.kind == kind]


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in _facts(paragraphs) if f.kind == "person"}


def test_a_wire_dateline_in_capitals_names_a_place_and_its_agency() -> None:
    assert "LONDON" in _kind(["LONDON — Jane Roe said the club had signed a striker."], "place")
    text = ["KUALA LUMPUR, Aug 3 (Kessnews) -- Tom Rudd said the talks had failed."]
    assert "KUALA LUMPUR" in _kind(text, "place")
    assert "Kessnews" in _kind(text, "organisation")
    wire = ["NEW YORK (AP) — Stocks fell on Monday."]
    assert "NEW YORK" in _kind(wire, "place")
    assert "NEW YORK" not in _kind(wire, "organisation")
    # a town and its province abbreviated, the segmenter ending the sentence at the abbreviation's stop
    assert {"WATERLOO", "Ont."} <= set(_kind(["WATERLOO, Ont. — The firm said revenue fell."], "place"))
    # a heading in capitals with no dash after it is no dateline
    assert _kind(["CITY watchdog chief exec Jane Roe said the review would go on."], "place") == []


def test_a_club_named_by_its_town_in_sports_copy_without_a_score() -> None:
    text = [
        "Harry Venn has said the club needs a goalscorer this summer.",
        "Fourth-placed Tottenham are two points behind, and the Premier League season ends in May.",
        "The club wants Newcastle sporting director Dan Ashby and Southampton director of football Jim Wills.",
    ]
    bodies = _kind(text, "organisation")
    assert {"Tottenham", "Newcastle", "Southampton"} <= set(bodies)
    assert not {"Tottenham", "Newcastle", "Southampton"} & set(_kind(text, "place"))
    assert _people(text)["Dan Ashby"] == "Newcastle sporting director"
    # an age before a position is no club
    aged = ["Twenty-one-year-old striker Joe Pell scored twice in the derby.", "He was booked in the first half."]
    assert "Twenty-one-year-old" not in _kind(aged + ["Man Utd are fourth in the Premier League."], "organisation")
    # a town in a story about no game stays a place
    assert "Newcastle" in _kind(["The council in Newcastle approved the budget on Monday."], "place")


def test_short_club_names_and_a_dutch_particle() -> None:
    text = ["Man Utd and Man City drew 1-1 in the derby.", "Erik ten Holt said the striker was offside."]
    assert {"Man Utd", "Man City"} <= set(_kind(text, "organisation"))
    people = _people(text + ["Ten Holt added that he was pleased."])
    assert "Erik ten Holt" in people
    assert "Holt" not in people and "Erik" not in people
    assert "Marc ter Voort" in _people(["Goalkeeper Marc ter Voort saved a penalty."])


def test_a_number_before_a_capitalised_word_makes_it_no_subject() -> None:
    text = ["Jon Rashby has eight Kessby goals to his name this season."]
    assert _people(text) == {"Jon Rashby": None}
    # a name that goes on with "he" is still a person
    assert "Quimbaro" in _people(["Tom Brill said Quimbaro then thought he had scored."])


def test_a_role_left_and_the_time_it_was_left() -> None:
    assert _people(["The club said John Murtry was stepping down as football director."]) == {
        "John Murtry": "football director"
    }
    assert _people(["John Murtry stepped down as chairman in May."]) == {"John Murtry": "chairman"}
    assert _people(["Ann Pell will step down as chief executive next year."]) == {"Ann Pell": "chief executive"}
    assert _people(["Ann Pell, who stood down as finance director at the end of March, said it was time."]) == {
        "Ann Pell": "finance director"
    }
    assert _people(["Tom Rudd, who stepped down as party leader in 2019, backed the plan."]) == {
        "Tom Rudd": "party leader"
    }
    # a role with a date of its own is still cut only at the time phrase
    assert _people(["Ann Pell was a nurse in May 1990."]) == {"Ann Pell": "nurse"}


def test_a_title_participle_stays_in_the_role() -> None:
    people = _people(["Later, starting goalkeeper Tim Rowe was hurt and the club's sporting director Jo Penn left."])
    assert people["Tim Rowe"] == "starting goalkeeper"
    assert people["Jo Penn"].endswith("sporting director")


def test_a_firm_whose_shares_move_or_whose_short_name_is_its_first_word() -> None:
    text = ["Brackwell Soup shares plunge on weak outlook", "Brackwell Soup said its sales fell."]
    assert "Brackwell Soup" not in _people(text)
    assert _people(["Analysts said a poor quarter had hit Quenmore's share price."]) == {}
    firm = [
        "Shares in Hollin Foods fell 8% after the company cut its forecast.",
        "Ms Tessard joined Hollin from Kestrel Brands in 2019.",
    ]
    assert "Hollin" not in _people(firm)
    assert "Hollin Foods" in _kind(firm, "organisation")
    # a person who shares something is still a person
    assert "Jane Holt" in _people(["Jane Holt shares her doubts about the plan."])


def test_a_firm_working_for_another_is_two_bodies() -> None:
    made = ["The film, made by Northgate Pictures for Sable Studios, was shot in Belfast."]
    assert {"Northgate Pictures", "Sable Studios"} <= set(_kind(made, "organisation"))
    assert "Kessel Pictures" in _kind(["She will star in the film Grey Harbour for Kessel Pictures."], "organisation")
    # a body named by its purpose keeps its "for"
    for name in ("Campaign for Rural Roads", "Centre for Policy Studies", "Doctors for Safer Roads Association"):
        assert name in _kind([f"The {name} said so."], "organisation")
    assert "Brenna Centre for Internet and Society" in _kind(
        ["The Brenna Centre for Internet and Society said so."], "organisation"
    )


def test_a_given_name_then_a_family_name_with_its_particle() -> None:
    text = ["Isabel Martínez de Perón's decrees of 1975 have been suggested as the origin of the war."]
    assert "Isabel Martínez de Perón" in _people(text)
    assert "Isabel" not in _kind(text, "place")


def test_three_words_of_a_name_after_a_title_behind_a_body() -> None:
    people = _people(["Kessby State Police Chief Abdul Karim Omar told reporters the suspect was held."])
    assert people == {"Abdul Karim Omar": "Kessby State Police Chief"}
    assert _people(["Kessby Police Chief Jane Roe told reporters."]) == {"Jane Roe": "Kessby Police Chief"}


def test_one_capital_glued_to_a_common_noun_is_no_name() -> None:
    assert _people(["She was wearing a T-shirt when she met him, and he had an X-ray."]) == {}


def test_a_run_trimmed_to_nothing_does_not_break_the_article() -> None:
    assert "Ann Pell" in _people(["Ann Pell is the head of May Holdings."])


def test_a_works_title_said_again_is_no_person_and_its_words_no_body() -> None:
    text = [
        "Ray Holm will star in the film Lantern of the Marsh for Kessel Pictures.",
        "Ada Venn wrote Lantern of the Marsh, which follows a soldier and his dog.",
        "Critics said Lantern of the Marsh would be a hit.",
    ]
    people = _people(text)
    assert "Lantern of the Marsh" not in people and {"Ray Holm", "Ada Venn"} <= set(people)
    bodies = _kind(text, "organisation")
    assert "Lantern" not in bodies and "Marsh" not in bodies
    assert "Kessel Pictures" in bodies


def test_a_clause_before_a_comma_is_no_role_of_the_name_after_it() -> None:
    text = ["The actor will star in the film, Kessline reported on Friday."]
    assert "Kessline" not in _people(text) or _people(text)["Kessline"] is None
    assert _people(["The head of the council, Jane Roe, said so."]) == {"Jane Roe": "head of the council"}


def test_a_hyphenated_town_is_one_place() -> None:
    places = _kind(["A man entered a hospital in Newton-le-Willows, near Kessby-under-Wold, on Monday."], "place")
    assert {"Newton-le-Willows", "Kessby-under-Wold"} <= set(places)
    assert "Newton" not in places
    # a place before "-based" is still the place
    assert _kind(["The London-based firm said so."], "place") == ["London"]


def test_a_plural_role_set_off_before_a_list_is_every_members() -> None:
    people = _people(["He was questioned by the defendant's lawyers, Tom Rudd and Ann Pell."])
    assert set(people) == {"Tom Rudd", "Ann Pell"}
    assert all(role and "lawyers" in role for role in people.values())
    # a plural thing before a list of names gives no role
    assert _people(["He visited the towns, Kessby and Brill."]) == {}


def test_a_one_word_name_with_a_plural_verb_is_a_group() -> None:
    text = [
        "Brellwick are hitting the road this autumn, with Brellwick performing their first album in full.",
        "Fans can join Brellwick's mailing list, and Brellwick will play a show on Friday.",
    ]
    assert "Brellwick" not in _people(text)
    assert "Brellwick" in _kind(text, "organisation")
    # the last of a list takes the plural verb for both
    assert set(_people(["Tom Rudd and Jane Roe are friends.", "Rudd said so."])) == {"Tom Rudd", "Jane Roe"}


def test_a_possessive_in_s_and_a_title_opened_by_my() -> None:
    assert _people(["The band will play with Keanu Brellis' Dogstar as support."]) == {"Keanu Brellis": None}
    assert "Ada Reeves" in _people(["The band will play with Ada Reeves' new band as support."])
    assert _people(['The band played "My Name is Jonas" last.']) == {}


def test_a_listed_firm_named_with_and_or_last_in_a_list() -> None:
    assert _kind(["Shares in Marks and Spencer fell 3%."], "organisation") == ["Marks and Spencer"]
    bodies = _kind(["Insurers such as Aviva, Legal & General and Prudential fell."], "organisation")
    assert {"Aviva", "Legal & General", "Prudential"} <= set(bodies)
    assert "Aviva, Legal & General" not in bodies
    # partners named in a firm's name stay one name
    assert "Smith, Jones & Co." in _kind(["The firm Smith, Jones & Co. said so."], "organisation")
