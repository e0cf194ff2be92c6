"""Round 45 (k-ukf45): English figures of British business and politics copy whose value or kind was wrong.

Made-up sentences of the shapes found on unseen pages, each with a near miss that keeps its old reading:

- a poll's points written "pts", glued to the digits or spaced, and signed ("a 7pts lead", "slid -3 pts");
- a tally of seats or votes of a year's shape ("the Ploughmen won 1938 seats", "1938 to the Foresters' 1187");
- days listed before their month, British style ("on 2 and 8 March"): the first day is a date too;
- a verb of a sudden move before "from ... to ..." ("a 6% leap in fares from £3.2bn to £3.4bn"): two figures;
- a count whose noun and holder are both left out after a verb ("took 40 wards and nine boroughs but lost two");
- a decimal of a percentage point ("0.4 of a percentage point"): its unit.
"""

from __future__ import annotations

from tests.unit.figure_helpers import figures_of, values_of

# --- a poll's points written "pts" ---


def test_points_glued_to_the_digits_are_a_figure_in_points() -> None:
    found = figures_of("The Ploughmen now hold a 7pts lead over the Foresters.")
    assert [(f.value, f.unit) for f in found] == [(7, "points")]


def test_a_signed_move_in_pts_keeps_its_sign() -> None:
    found = figures_of("Backing for the Foresters slid -3 pts to 29% in the Tamsin survey.")
    assert (-3, "points") in [(f.value, f.unit) for f in found]
    assert 29 in values_of("Backing for the Foresters slid -3 pts to 29% in the Tamsin survey.")


def test_near_miss_a_dash_joining_a_code_before_digits_gives_no_sign() -> None:
    found = figures_of("The Ploughmen flew in on a Hawker-7 with 12 aides.")
    assert [f.value for f in found] == [12]


def test_pts_is_no_thing_counted() -> None:
    found = figures_of("Backing for the Ploughmen climbed 4 pts to 38%.")
    four = next(f for f in found if f.value == 4)
    assert four.unit == "points"
    assert four.counts != "pts"


# --- tallies of a year's shape ---


def test_seats_won_of_a_year_s_shape_are_a_count() -> None:
    assert values_of("The Ploughmen won 1938 seats across the shires.") == [1938]


def test_a_tally_set_against_another_side_s_smaller_one_is_a_count() -> None:
    text = "The Ploughmen still control the most ward seats, 1938 to the Foresters' 1187."
    assert sorted(values_of(text)) == [1187, 1938]


def test_near_miss_a_span_of_years_and_a_year_after_in_stay_dates() -> None:
    assert values_of("The Ploughmen ran the shire from 1938 to 1951.") == []
    assert values_of("The Ploughmen won seats in 1938 for the first time.") == []


def test_near_miss_the_year_of_an_election_before_its_noun_stays_a_date() -> None:
    assert values_of("The 1938 elections gave the Ploughmen a majority of 14.") == [14]


# --- days before their month ---


def test_the_first_of_two_days_before_a_month_is_a_date() -> None:
    assert values_of("Ferry crews will stop work on 2 and 8 March, closing the Kelby crossing.") == []
    assert values_of("Tram staff walk out on 4, 11 or 19 June over rosters.") == []


def test_near_miss_two_counts_joined_by_and_before_a_date_stay_figures() -> None:
    assert values_of("The stoppage will close 2 and then 8 depots on 4 March.") == [2, 8]


# --- a verb of a sudden move before "from ... to ..." ---


def test_a_leap_from_one_sum_to_another_is_two_figures() -> None:
    found = figures_of("Harlow Rail posted a 6% leap in fares from £3.2bn to £3.4bn last year.")
    assert sorted(f.value for f in found) == [6, 3.2e9, 3.4e9]
    assert all(f.value_max is None for f in found)


def test_near_miss_a_range_of_sums_with_no_change_stays_one_range() -> None:
    found = figures_of("Tickets cost from £12 to £18 at the Kelby gate.")
    assert [(f.value, f.value_max) for f in found] == [(12, 18)]


# --- a count with its noun and its holder left out ---


def test_a_verb_only_count_after_a_counted_noun_is_a_figure() -> None:
    assert values_of("The Foresters took 40 wards and nine boroughs but lost two.") == [40, 9, 2]
    assert values_of("The Foresters gained eight boroughs while losing three.") == [8, 3]


def test_near_miss_one_as_a_pronoun_after_an_unrelated_verb_stays_out() -> None:
    assert values_of("The Foresters took 40 wards, and Orrin said he would keep one.") == [40]


# --- a decimal of a percentage point ---


def test_a_decimal_of_a_percentage_point_is_in_percentage_points() -> None:
    found = figures_of("The yield was 0.4 of a percentage point lower at 7.9%.")
    assert [(f.value, f.unit) for f in found] == [(0.4, "percentage points"), (7.9, "percent")]


def test_near_miss_a_decimal_share_of_a_whole_keeps_no_unit_of_points() -> None:
    found = figures_of("Some 0.4 of the harvest was lost to frost.")
    assert [(f.value, f.unit) for f in found] == [(0.4, None)]


def test_a_decimal_of_a_percentage_point_read_with_words_past_its_unit_keeps_the_unit() -> None:
    found = figures_of(
        "Fees rose, with the gross yield on the Tarn portfolio 0.2 of a percentage point above last spring."
    )
    assert (0.2, "percentage points") in [(f.value, f.unit) for f in found]


# --- a line's speed spaced from its digits ---


def test_a_speed_in_mbps_spaced_from_the_digits_is_its_unit() -> None:
    found = figures_of("Most flats in Orlow can get speeds of more than 150 Mbps from the new cable.")
    assert [(f.value, f.unit) for f in found] == [(150, "megabits/s")]
    assert "Mbps" not in (found[0].counts or "")


def test_near_miss_a_size_in_mb_stays_megabytes() -> None:
    found = figures_of("The patch for the Orlow app weighs 150 MB.")
    assert [(f.value, f.unit) for f in found] == [(150, "megabytes")]
