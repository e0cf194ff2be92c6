"""Places of play named by a number in sports copy are no figures: rugby's 22-metre line, a golf course's front or
back nine, a hole told by its number after the stroke played on it. The score beside them stays a figure."""

from __future__ import annotations

from tests.unit.figure_helpers import values_of


def test_a_sides_own_22_is_a_place_on_the_pitch() -> None:
    assert values_of("Pell counter-attacked from deep inside his own 22 and the move ended in a try.") == []


def test_a_possessive_22_is_a_place_on_the_pitch() -> None:
    assert values_of("The hosts camped in the Danes' 22 for long spells of the match.") == []


def test_the_22_before_a_preposition_is_a_place_on_the_pitch() -> None:
    assert values_of("Ostrow cleared to touch from the 22 after a scrum collapsed.") == []


def test_the_front_and_back_nine_are_halves_of_a_course_and_the_scores_stay() -> None:
    assert values_of("Hale covered the front nine in 31 and the back nine in 35.") == [31, 35]


def test_a_hole_after_the_putt_on_it_is_a_place_on_the_course() -> None:
    assert values_of("She rolled in a long eagle putt at 16 and went top of the leaderboard.") == []


def test_a_hole_after_a_birdie_is_a_place_and_the_round_stays() -> None:
    assert values_of("Hale birdied 17 to finish on 68.") == [68]


def test_near_miss_22_players_stay_a_figure() -> None:
    assert values_of("The club lost 22 players to injury during the season.") == [22]


def test_near_miss_22_points_stay_a_figure() -> None:
    assert values_of("Pell scored 22 points in the first half of the match.") == [22]


def test_near_miss_nine_holes_birdied_stay_a_figure() -> None:
    assert values_of("Hale birdied nine holes on the day.") == [9]


def test_near_miss_a_22_with_no_match_around_it_stays_a_figure() -> None:
    assert values_of("Sales at the bakery rose by 22 to 140 in the year.") == [22, 140]
