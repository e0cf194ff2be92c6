"""Classes of error real wire and newspaper web pages showed (made-up sentences): a contributor line's reporters
read as bodies, an agency named alone read as a person, an office's possessive read as a body, "Ex-PM" as a
name, a body's name "for an ..." cut in two."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def of_kind(paragraphs: list[str], kind: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs) if f.kind == kind}


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (
            "Aerospace Writer Marcia Dunne in Key West, Florida, and Vladimir Isachenko in Moscow contributed to "
            "this report.",
            {"Marcia Dunne": "Aerospace Writer", "Vladimir Isachenko": None},
        ),
        (
            "Associated Press writers Jane Roe in Boston and Tom Lee in Paris contributed to this report.",
            {"Jane Roe": "Associated Press writers", "Tom Lee": None},
        ),
        ("Jane Roe contributed reporting.", {"Jane Roe": None}),
    ],
)
def test_a_contributor_line_names_reporters_not_bodies(line: str, people: dict[str, str | None]) -> None:
    paragraphs = ["The rocket broke up on Thursday, the agency said.", line]
    assert of_kind(paragraphs, "person") == people
    assert not set(of_kind(paragraphs, "organisation")) & set(people)


@pytest.mark.parametrize(
    "line",
    [
        "The Associated Press contributed to this report.",
        "Reuters contributed to this report.",
        "The Kessby Gazette contributed reporting.",
    ],
)
def test_a_body_credited_in_a_contributor_line_is_no_reporter(line: str) -> None:
    paragraphs = ["The rocket broke up on Thursday, the agency said.", line]
    assert of_kind(paragraphs, "person") == {}


def test_a_line_that_names_no_report_is_read_as_before() -> None:
    people = of_kind(["Jane Roe in Boston and Tom Lee in Paris contributed money to the fund."], "person")
    assert set(people) <= {"Jane Roe", "Tom Lee"}


def test_a_word_opening_an_agencys_full_name_is_that_agency_alone() -> None:
    paragraphs = [
        "The cargo craft broke up over Siberia, Vostrok said in a statement.",
        "A photo released by the Vostrok Space Agency shows the launch.",
        "Vostrok said the craft was operating normally before it stopped transmitting.",
    ]
    assert "Vostrok" not in of_kind(paragraphs, "person")


def test_a_family_name_that_also_names_a_firm_stays_a_person() -> None:
    paragraphs = ["Ann Dellow founded Dellow Group in 1990.", "Dellow said the firm would grow."]
    assert "Ann Dellow" in of_kind(paragraphs, "person")


@pytest.mark.parametrize("office", ["Prime Minister", "President", "Foreign Secretary"])
def test_an_offices_possessive_is_no_body(office: str) -> None:
    paragraphs = [f"The roadshow featured the {office}’s national security adviser, Andrew Shearman."]
    assert of_kind(paragraphs, "organisation") == {}
    assert "Andrew Shearman" in of_kind(paragraphs, "person")


def test_a_bodys_possessive_still_gives_the_body() -> None:
    assert "Interior Ministry" in of_kind(["The Interior Ministry's spokesman said no."], "organisation")


@pytest.mark.parametrize("headline", ["True liberal Ex-PM a man of contrasts", "Ex-President Dies at 90"])
def test_a_former_office_is_no_name(headline: str) -> None:
    assert of_kind([headline], "person") == {}


@pytest.mark.parametrize(
    "body", ["National Committee for an Effective Congress", "Alliance for a Green Harvest", "Campaign for a Fair Levy"]
)
def test_a_bodys_name_holds_for_a_or_an(body: str) -> None:
    assert body in of_kind([f"Tom Bonier of the {body} said turnout would rise."], "organisation")


def test_for_a_before_a_lower_case_word_ends_the_name() -> None:
    assert "Harbour Council" in of_kind(["The Harbour Council met for a long session on Monday."], "organisation")


# Classes the round-14 dev articles showed before any rule was written from them.


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("Officials withdrew from the Paris Climate Accords last year.", "Paris"),
        ("The Kyoto Protocol lapsed in 2012.", "Kyoto"),
        ("Both sides still cite the Oslo Accords.", "Oslo"),
    ],
)
def test_a_treaty_named_after_a_town_is_no_place(text: str, not_place: str) -> None:
    assert not_place not in of_kind([text], "place")


def test_a_declaration_for_a_place_keeps_the_place() -> None:
    assert "Texas" in of_kind(["President Approves Texas Emergency Declaration"], "place")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("He profited from the collapse of Halvard Brothers, the bank.", "Halvard Brothers"),
        ("He was flying planes for Kessby Kessby Air at the time.", "Kessby Kessby Air"),
        ("Jim Roe of Roe Motorsports won the race.", "Roe Motorsports"),
    ],
)
def test_a_family_name_and_its_trade_name_a_firm(text: str, body: str) -> None:
    assert body in of_kind([text], "organisation")


def test_a_states_primary_and_caucus_are_votes_in_places() -> None:
    text = "He will protect the prestige of the New Hampshire Primary and Iowa Caucus."
    assert of_kind([text], "organisation") == {}
    assert {"New Hampshire", "Iowa"} <= set(of_kind([text], "place"))


@pytest.mark.parametrize("body", ["Congressional Black Caucus", "Primary Care Trust"])
def test_a_caucus_or_trust_with_no_place_is_a_body(body: str) -> None:
    assert body in of_kind([f"The {body} met on Monday."], "organisation")


def test_who_is_the_without_a_comma_gives_the_role_when_a_comma_closes_it() -> None:
    people = of_kind(["In response, Germaine Richet who is the owner of Kessby Air, made a comment."], "person")
    assert people == {"Germaine Richet": "owner of Kessby Air"}


def test_who_was_without_commas_gives_no_role_running_into_the_verb() -> None:
    assert of_kind(["Ann Lee who was a nurse in Kessby spoke at the meeting."], "person") == {"Ann Lee": None}


def test_a_body_opened_by_a_given_name_is_the_persons_team() -> None:
    people = of_kind(["On Sunday, Tom Hale of Ross Motorsports won the race."], "person")
    assert people == {"Tom Hale": "of Ross Motorsports"}


def test_labels_listed_after_their_kind_are_bodies() -> None:
    bodies = of_kind(["Among others, labels Badgely Mishka, Diesela, and Tolvik Rouge unveil collections."], "organisation")
    assert {"Badgely Mishka", "Diesela", "Tolvik Rouge"} <= set(bodies)


def test_brands_listed_after_their_kind_are_products_no_bodies() -> None:
    bodies = of_kind(["The deal lets both stores sell each other's brands, including Tolvik Tools and Kessmore."], "organisation")
    assert not {"Tolvik Tools", "Kessmore"} & set(bodies)


@pytest.mark.parametrize(
    "text",
    [
        "It gave citizens the glamour of major Western capitals.",
        "Just-released Kessbycraft exploit makes it easy to crash game servers.",
        "Long-awaited Tolvik Report is out at last.",
    ],
)
def test_an_adjective_is_no_name(text: str) -> None:
    assert of_kind([text], "person") == {}


def test_a_hyphenated_given_name_is_still_a_name() -> None:
    assert "Jean-Paul Roe" in of_kind(["Jean-Paul Roe said the plan was sound."], "person")


def test_a_weekday_after_a_name_with_the_is_no_word_of_it() -> None:
    bodies = of_kind(["Deputies were at The Harbour Inn Thursday morning."], "organisation")
    assert not any("Thursday" in b for b in bodies)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Farmer Chad Smith said his family farm stands to lose money.", "Chad Smith"),
        ("Georgia Lee said the plan was sound.", "Georgia Lee"),
        ("Jordan Henderson scored twice on Saturday.", "Jordan Henderson"),
    ],
)
def test_a_place_that_is_a_given_name_before_a_family_name_is_a_person(text: str, person: str) -> None:
    assert person in of_kind([text], "person")
    assert person.split()[0] not in of_kind([text], "place")


@pytest.mark.parametrize("text", ["Workers in Chad went on strike.", "He flew to Jordan on Monday."])
def test_the_place_alone_stays_a_place(text: str) -> None:
    assert of_kind([text], "place")


def test_a_land_form_after_a_preposition_opening_the_sentence_is_no_person() -> None:
    people = of_kind(["On Kessby Mountain, tomato farmer Lana Borwright said only eight workers came."], "person")
    assert people == {"Lana Borwright": "tomato farmer"}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Kessel and Nora Vell were crowned Miss Nepal International and Miss Nepal Earth respectively.",
        "Ann Kessel was crowned Miss World on Sunday.",
        "He said \"Thanks be to God\" as he left the court.",
    ],
)
def test_a_pageants_title_or_thanks_is_no_person(text: str) -> None:
    people = of_kind([text], "person")
    assert not any(p.startswith(("Miss", "Thanks")) for p in people)


def test_miss_before_a_persons_name_stays_an_honorific() -> None:
    assert "Jane Roe" in of_kind(["Miss Jane Roe said the school would reopen."], "person")


def test_a_prize_winner_in_an_apposition_is_no_name() -> None:
    people = of_kind(["Atwood, a Booker Prize-winner, was there to launch her novel."], "person")
    assert not any("winner" in p for p in people)


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Greenpeace is using its Arctic Sunrise ship as a base for the tests.", set()),
        ("The Sunrise Princess cruise ship docked in Miami on Monday.", {"Miami"}),
        # a place alone before the kind is where the vessel sails, or where it is from
        ("The Malta ferry sank on Monday.", {"Malta"}),
        ("The Kessby Line's Malta ferry sank on Monday.", {"Malta"}),
        # a navy's prefix names the ship
        ("The navy's HMAS Maitland and HMS Sheffield turned the boat back towards Malta.", {"Malta"}),
        ("The destroyer USS Reading was attacked in Aden.", {"Aden"}),
    ],
)
def test_a_place_in_a_ships_name_is_no_place(sentence: str, places: set[str]) -> None:
    assert set(of_kind([sentence], "place")) == places


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents welcomed Jane Kessel (pictured next to the mayor, with friends) at the hall on Monday.",
        "Residents welcomed Jane Kessel (left, with her sons) at the hall on Monday.",
        "Residents welcomed Jane Kessel (top right) at the hall on Monday.",
    ],
)
def test_a_captions_pointer_in_brackets_is_no_role(sentence: str) -> None:
    assert of_kind([sentence], "person") == {"Jane Kessel": None}


def test_a_portfolio_in_brackets_stays_a_role() -> None:
    assert of_kind(["Tom Arden (Labour) spoke at the hall on Monday."], "person") == {"Tom Arden": "Labour"}


def test_a_middle_initial_inside_a_firms_name_does_not_end_the_role() -> None:
    sentence = "“I was shocked,” said Tom Arden, president of Kessby-based John F. Arden Company, the largest buyer."
    assert of_kind([sentence], "person") == {"Tom Arden": "president of Kessby-based John F. Arden Company"}


def test_a_letter_and_a_dot_after_no_given_name_still_ends_the_role() -> None:
    assert of_kind(["Sam Lee, a member of Group B. Tom Ward said so."], "person")["Sam Lee"] == "member of Group B"


def test_a_sentences_subject_followed_by_which_is_no_person() -> None:
    paragraphs = ["Kessby Power, which maintains 300 miles of cable, records about 500 leaks a month."]
    assert "Kessby Power" not in of_kind(paragraphs, "person")


def test_which_after_a_name_that_is_no_subject_keeps_the_person() -> None:
    paragraphs = ["A book by Jane Roe, which sold well, is out in paperback."]
    assert "Jane Roe" in of_kind(paragraphs, "person")


@pytest.mark.parametrize(
    "sentence",
    [
        "Eloise Kessel, 21, was taken to Royal Kessby hospital on 12 April.",
        "The remains were taken to the Tom Arden museum in the old town.",
    ],
)
def test_a_building_named_before_its_kind_is_no_person(sentence: str) -> None:
    people = of_kind([sentence], "person")
    assert "Royal Kessby" not in people and "Tom Arden" not in people


def test_a_building_kind_before_a_name_is_no_cue() -> None:
    assert "Jane Roe" in of_kind(["The hospital Jane Roe was taken to has closed its ward."], "person")
