"""English places and organisations, round 44: shapes an unseen check of British and Irish news pages (business,
courts, sport, film and music copy; its half A) showed in two articles or more, each written again as made-up
sentences with made-up names, each with a near miss:

* a one-word town right after a kind only a business is names the firm called after it ("mortgage lender
  Wakefield said", "distributor Pellwood"): no person who lends, and no town where the article never puts it
  after a preposition of place;
* a home address in court copy (", 31, of Maple Road, Quarrybank,"): the district after the street is a place
  no list holds, and the street is where someone lives, no place of the story;
* in a football story, a town a rival club's interest, competition or offer comes from, or that stands beside a
  club the lists know ("from Burnley and Everton"), is the club; "signing <player> from X" is a signing as
  "signed <player> from X" is.
"""

from __future__ import annotations

from tests.unit.facts_helpers import local_texts, names_by_kind

# --- a town after a kind only a business is ----------------------------------------------------------------------


def test_a_town_after_a_lender_names_the_firm() -> None:
    found = names_by_kind(
        [
            "Savings rates",
            "Savers earned a little more in April, mortgage lender Wakefield said on Thursday, as rates crept up.",
            "Wakefield said a typical two-year bond now paid 4.1 per cent.",
        ]
    )
    assert "Wakefield" in found["organisation"]
    assert "Wakefield" not in found["place"] and "Wakefield" not in found["person"]


def test_a_distributor_named_by_a_common_word_is_a_body() -> None:
    bodies = local_texts(
        "The comedy took £800k in its first week, so distributor Pellwood will be pleased.", "organisation"
    )
    assert "Pellwood" in bodies


def test_near_miss_the_town_where_a_lender_works_stays_a_place() -> None:
    found = names_by_kind(
        [
            "Savings rates",
            "Savers in Wakefield earned a little more in April, the lender said on Thursday.",
        ]
    )
    assert "Wakefield" in found["place"]
    assert "Wakefield" not in found["organisation"]


def test_near_miss_a_town_named_as_a_firm_and_as_a_town_keeps_the_town() -> None:
    found = names_by_kind(
        [
            "Savings rates",
            "Mortgage approvals rose in March, building society lender Preston said.",
            "Its head office in Preston will add forty staff.",
        ]
    )
    assert "Preston" in found["place"]


# --- a home address in court copy --------------------------------------------------------------------------------


def test_the_district_of_a_home_address_is_a_place_and_the_street_none() -> None:
    places = local_texts(
        "Dana Frith, 31, of Maple Road, Quarrybank, admitted two counts of theft when she appeared before "
        "magistrates on Tuesday.",
        "place",
    )
    assert "Quarrybank" in places
    assert "Maple Road" not in places


def test_a_home_address_with_its_district_and_town() -> None:
    places = local_texts(
        "The 40-year-old, of Birch Lane, Hollowmere, Leicester, denied causing criminal damage to a parked van.",
        "place",
    )
    assert {"Hollowmere", "Leicester"} <= places
    assert "Birch Lane" not in places


def test_near_miss_a_street_where_the_story_happens_stays_a_place() -> None:
    places = local_texts(
        "Firefighters were sent to Maple Road in Quarrybank after smoke was seen above a garage.", "place"
    )
    assert "Maple Road" in places


# --- towns that are clubs in a football story --------------------------------------------------------------------

_WINDOW = [
    "Transfer news",
    "Stockport have seen off interest from Burnley and Everton to land the winger Ollie Brandt in a £3m deal.",
    "The striker scored eleven goals last season and joins on a three-year contract.",
]


def test_a_town_a_rival_clubs_interest_comes_from_is_the_club() -> None:
    found = names_by_kind(_WINDOW)
    assert "Burnley" in found["organisation"] and "Burnley" not in found["place"]


def test_a_town_beside_a_listed_club_is_a_club() -> None:
    found = names_by_kind(
        [
            "Transfer news",
            "The midfielder, who scored twice for the reserves, was watched by Everton and Watford on Saturday.",
            "Both sides need a striker before the window shuts.",
        ]
    )
    assert "Watford" in found["organisation"] and "Watford" not in found["place"]


def test_signing_a_player_from_a_town_names_the_club() -> None:
    found = names_by_kind(
        [
            "Transfer news",
            "Promoted Stockport strengthened their attack by signing Welsh striker Rhys Tallon from Watford on a "
            "two-year deal.",
            "Tallon scored nine goals and was their top goalscorer in the league last season.",
        ]
    )
    assert "Watford" in found["organisation"] and "Watford" not in found["place"]


def test_near_miss_a_town_a_player_comes_from_stays_a_place() -> None:
    found = names_by_kind(
        [
            "Transfer news",
            "The winger, who grew up in Burnley, scored the winner and has been called up as a striker.",
            "He is also a fine goalscorer in training, his coach said.",
        ]
    )
    assert "Burnley" in found["place"]
