"""Clubs named by one bare word as the other side of a match ("beat Tolvik 5-0", "defeats by Harwick and Oldmoor"),
a people's word as a side ("against Celtic"), and a plural result before a town's club ("defeats to Burnley")."""

from __future__ import annotations

from briefing_app.core.facts.org_teams_en import english_sides
from briefing_app.core.facts.sports_teams import is_sports_story

# three words of the game, so that the article reads as a match report
_GAME = " The striker scored a brace and the goalkeeper kept a clean sheet."


def _sides(sentence: str) -> list[str]:
    whole = sentence + _GAME
    return [name for _, _, name in english_sides(sentence, whole)]


def test_one_word_side_after_a_cue_of_playing_is_a_club() -> None:
    assert _sides("Brackwell won the title when they beat Tolvik 5-0 on the road.") == ["Tolvik"]
    assert _sides("They can win a treble if they beat Harnside in the cup final next month.") == ["Harnside"]
    assert _sides("The worst spell was back-to-back defeats by Oldmoor and Tolvik in winter.") == ["Oldmoor", "Tolvik"]
    assert _sides("Their run ended with a heavy loss at the hands of Kessmoor in August.") == ["Kessmoor"]
    assert _sides("Brackwell will take on Oldmoor in the final at the national stadium.") == ["Oldmoor"]
    # (a people's word named alone after the cue is a club named like it)
    assert _sides("He has been superb in all three games against Celtic this season.") == ["Celtic"]


def test_one_word_player_ground_or_plural_people_is_no_side() -> None:
    # a player named in full elsewhere, a surname the census lists, a player first to the ball
    whole_player = "Anna Vrebska reached the final." + _GAME
    sentence = "In the final she beat Vrebska 6-3 in the first set."
    assert english_sides(sentence, sentence + " " + whole_player) == []
    assert _sides("The top seed beat Johnson 6-3 in the decider.") == []
    assert _sides("He crossed as Ofori beat Tandrell to the ball and headed in.") == []
    # a ground or a town after "at": "a win at Tolvik Park" names where, not whom
    assert _sides("The victory at Kessmoor was their first there in a decade.") == []
    # a people's plural and a day are no side
    assert _sides("It was a hard game against the Dutch on Saturday.") == []
    assert _sides("They had a win over Christmas and another in spring.") == []


def test_no_match_report_no_side() -> None:
    sentence = "The council voted against Harnside and its plans for a new stand."
    assert english_sides(sentence, sentence) == []


def test_goals_clear_counts_as_a_word_of_the_game() -> None:
    assert is_sports_story("The win moved them seven goals clear; the striker was rested and the premiership resumes.")
    assert not is_sports_story("The premiership resumes soon and the striker was rested.")


def test_a_plural_result_before_a_town_reads_it_as_a_club() -> None:
    from tests.unit.facts_helpers import facts_of

    text = [
        "Brackwell took a first league point after defeats to Burnley and Tolvik.",
        "The striker scored twice in the second-half and the goalkeeper kept a clean sheet in the derby.",
    ]
    facts = facts_of(text)
    assert "Burnley" in {f.text for f in facts if f.kind == "organisation"}
    assert "Burnley" not in {f.text for f in facts if f.kind == "place"}
