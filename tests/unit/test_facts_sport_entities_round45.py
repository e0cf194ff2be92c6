"""British sports copy, round 45: clubs named by their town (or by a people's adjective) in transfer and match
stories, shapes an unseen check of British pages (its half A) showed in two articles or more, each written again
as made-up sentences with made-up names, each with a near miss:

* a transfer story names few words of a match (a lower league, a player's appearances, the club's website, a
  summer signing, a full-back by side), and those make it a sports story too;
* a town in a list beside a club the lists know, or a name with a club's word ("Tolby United"), is a club, and no
  region after a city ("Oldby, Kessby" in a list of clubs);
* a player coming to a club ("chose to come to X") is no place when the article reads X as a club elsewhere;
* "has joined X on a season-long loan from Y": Y is the club he leaves; a compass word opening a club's name is no
  given name ("from North Hale");
* a people's adjective where only a noun goes ("joined X", "X were beaten") is a club;
* and, in political copy, a party's branch named by a nation ("Scottish Labour") is its own body: the party said
  alone elsewhere ("lodged by Labour") is kept beside it; two names the lists give one party ("the Conservative
  Party", "Tories") are one body.
"""

from __future__ import annotations

from briefing_app.core.facts.sports_teams import is_sports_story
from briefing_app.core.facts.transfer_moves import signed_from_before
from tests.unit.facts_helpers import names_by_kind

# --- a transfer story is a sports story ------------------------------------------------------------------------------


def test_transfer_copy_reads_as_sport() -> None:
    text = (
        "Granwell Rovers have signed left-back Piet Osterby, who made 88 appearances in League Two, and he told "
        "the club's own website he was thrilled."
    )
    assert is_sports_story(text)


def test_near_miss_a_singer_on_a_show_is_no_sport() -> None:
    text = "The crooner made 40 appearances on the quiz show before he moved his act to a seaside theatre."
    assert not is_sports_story(text)


def test_a_town_a_player_leaves_in_a_transfer_story_is_a_club() -> None:
    found = names_by_kind(
        [
            "Rovers land winger",
            "Granwell Rovers have snapped up Piet Osterby from Rotherham.",
            "The right-back made 120 appearances in League One and netted nine times.",
        ]
    )
    assert "Rotherham" in found["organisation"] and "Rotherham" not in found["place"]


def test_near_miss_a_town_a_firm_leaves_stays_a_place() -> None:
    found = names_by_kind(
        ["Printer relocates", "The printing firm Quellmark has moved its press from Rotherham to a new site."]
    )
    assert "Rotherham" in found["place"]


# --- a list of clubs -----------------------------------------------------------------------------------------------


def test_towns_listed_beside_a_named_club_are_clubs() -> None:
    found = names_by_kind(
        [
            "Striker wanted",
            "The striker scored a hat-trick in the semi-final and the winger added a brace.",
            "Halsby United, Stockport, Rotherham and Barnsley are all tracking the striker.",
        ]
    )
    assert {"Stockport", "Rotherham", "Barnsley"} <= found["organisation"]
    assert not {"Stockport", "Rotherham", "Barnsley"} & found["place"]


def test_near_miss_towns_listed_after_a_preposition_stay_places() -> None:
    found = names_by_kind(
        [
            "Fan parks",
            "The striker scored a hat-trick in the semi-final and the winger added a brace.",
            "Fan parks will open in Stockport, Rotherham and Barnsley for the final.",
        ]
    )
    assert {"Stockport", "Rotherham", "Barnsley"} <= found["place"]


# --- coming to a club ----------------------------------------------------------------------------------------------


def test_a_town_a_player_comes_to_is_the_club_he_joins() -> None:
    found = names_by_kind(
        [
            "Wigan land teenage striker",
            "Wigan have beaten off interest from two rivals to sign the striker, a midfielder by trade, in a "
            "club-record deal after his hat-trick in the semi-final.",
            '"We are thrilled he opted to come to Wigan," said Wigan\'s manager, Dale Pruett.',
        ]
    )
    assert "Wigan" in found["organisation"] and "Wigan" not in found["place"]


def test_near_miss_a_town_he_lives_in_stays_a_place_too() -> None:
    found = names_by_kind(
        [
            "Wigan land teenage striker",
            "Wigan have beaten off interest from two rivals to sign the striker, a midfielder by trade, in a "
            "club-record deal after his hat-trick in the semi-final.",
            '"He wants to come to Wigan," said Wigan\'s manager, Dale Pruett, who met him at a cafe in Wigan.',
        ]
    )
    assert "Wigan" in found["place"]


# --- joined one club from another ----------------------------------------------------------------------------------


def test_joined_a_club_on_a_deal_from_another() -> None:
    assert signed_from_before("The 18-year-old has joined Halsby on a season-long loan from ")
    assert signed_from_before("Yorke has joined Halsby Town from ")


def test_near_miss_a_coach_trip_from_a_town_is_no_transfer() -> None:
    assert not signed_from_before("The squad has travelled to Halsby on a hired coach from ")


def test_a_compass_word_opening_the_old_club_is_no_given_name() -> None:
    found = names_by_kind(
        [
            "Youngster joins Rovers",
            "The striker scored a hat-trick in the semi-final and the winger added a brace.",
            "Ennis Darro, a 16-year-old forward, has joined Granwell Rovers on a five-year contract from North Shields.",
        ]
    )
    assert "North Shields" in found["organisation"] and "North Shields" not in found["place"]


# --- a people's adjective as a club --------------------------------------------------------------------------------


def test_a_peoples_adjective_where_a_noun_goes_is_a_club() -> None:
    found = names_by_kind(
        [
            "Defender moves on",
            "The striker scored a hat-trick in the semi-final and the winger added a brace.",
            "Tam Keddie, the left-back, has joined Corinthian from Stockport County on loan.",
        ]
    )
    assert "Corinthian" in found["organisation"]


def test_near_miss_a_peoples_plural_is_no_club() -> None:
    found = names_by_kind(
        [
            "Defender moves on",
            "The striker scored a hat-trick in the semi-final and the winger added a brace.",
            "The Flemish were delighted when Tam Keddie, the left-back, joined Stockport County on loan.",
        ]
    )
    assert "Flemish" not in found["organisation"]


# --- a party's branch beside the party -----------------------------------------------------------------------------


def test_a_partys_nation_branch_keeps_the_party_said_alone() -> None:
    found = names_by_kind(
        [
            "Budget vote looms",
            "The budget amendment tabled by Labour will be put to a vote at Stormont on Tuesday.",
            "Scottish Labour members met in Perth to weigh a rival plan for the health boards.",
        ]
    )
    assert {"Labour", "Scottish Labour"} <= found["organisation"]


def test_near_miss_the_branch_alone_names_no_whole_party() -> None:
    found = names_by_kind(
        ["Budget vote looms", "Scottish Labour members met in Perth to weigh a rival plan for the health boards."]
    )
    assert "Scottish Labour" in found["organisation"] and "Labour" not in found["organisation"]


def test_two_names_the_lists_give_one_party_are_one_body() -> None:
    found = names_by_kind(
        [
            "Manifesto day",
            "The Conservative Party unveiled its manifesto in a Leeds warehouse on Monday.",
            "Senior Tories said the tax pledges were modest.",
        ]
    )
    assert found["organisation"] == {"Conservative Party"}


def test_near_miss_two_parties_stay_two_bodies() -> None:
    found = names_by_kind(
        [
            "Manifesto day",
            "The Labour Party unveiled its manifesto in a Leeds warehouse on Monday.",
            "Senior Tories said the tax pledges were modest.",
        ]
    )
    assert {"Labour Party", "Tories"} <= found["organisation"]
