"""Round 42, second pass (k-fien42b): English figures of US election copy, read on more unseen newspaper pages.

Made-up sentences of the shapes found there, each with a near miss that keeps its old reading:

- a result told of one chosen side ("tenants favored Lintu, 70 percent to 9 percent"): the first share is the
  side named just before the pair, not a name of another clause; the second is the other side's when the sentence
  names it (the other clause's side, or the other name of "between X and Y");
- a lone initial or a title with its full stop inside a phrase ("former Anna K. Morrow campaign volunteers",
  "five former Gov. Lim Tarrow aides"): the phrase of what a figure counts reads on past it;
- "the number of X" before the "from" of a change or a span in its clause: the levels count X;
- a share in words opening a clause after a comma ("..., while about seven out of 10 said ..."): one share, what
  they said its reading, as "four in 10" and a percentage already were.
"""

from __future__ import annotations

from tests.unit.figure_helpers import nth_counts_of, values_of

# --- a result told of one chosen side ---


def test_two_clauses_each_with_its_chosen_side() -> None:
    text = "Tenants favored Lintu, 70 percent to 9 percent, while owners favored Osei, 80 percent to 7 percent."
    assert nth_counts_of(text, 70) == "Lintu"
    assert nth_counts_of(text, 9) == "Osei"
    assert nth_counts_of(text, 80) == "Osei"
    assert nth_counts_of(text, 7) == "Lintu"


def test_a_later_clause_takes_no_side_of_the_first() -> None:
    text = "Night nurses preferred Halvard 48 percent to 29 percent, and day nurses backed Quist, 52 percent to 33 percent."
    assert nth_counts_of(text, 52) == "Quist"
    assert nth_counts_of(text, 29) == "Quist"


def test_passive_choice_with_versus_and_a_race_between_two() -> None:
    text = "In a race between Lintu and Gov. Marra Osei, Lintu was preferred 55 percent versus 39 percent."
    assert nth_counts_of(text, 55) == "Lintu"
    assert nth_counts_of(text, 39) == "Gov. Marra Osei"


def test_one_side_named_twice_leaves_the_second_share_alone() -> None:
    # near miss: both clauses choose the same side, so the sentence names no other one
    text = "Clerks favored Lintu 44 percent to 31 percent, while porters favored Lintu 63 percent to 18 percent."
    assert nth_counts_of(text, 44) == "Lintu"
    assert nth_counts_of(text, 63) == "Lintu"
    assert nth_counts_of(text, 31) != "Lintu"


def test_a_pair_with_no_verb_of_choosing_keeps_its_reading() -> None:
    # near miss: no side is chosen before the pair
    text = "The ferry vote went 44 percent to 31 percent after a long night."
    assert "Lintu" not in nth_counts_of(text, 44)


# --- an initial or a title inside the phrase of what is counted ---


def test_a_middle_initial_does_not_end_the_counted_phrase() -> None:
    text = "Four former Anna K. Morrow campaign volunteers joined the board."
    assert nth_counts_of(text, 4) == "former Anna K. Morrow campaign volunteers"


def test_a_title_inside_the_phrase_does_not_end_it() -> None:
    text = "The guild hired five former Gov. Lim Tarrow aides last winter."
    assert "aides" in nth_counts_of(text, 5)


def test_a_title_before_a_name_and_its_place_keeps_the_name_alone() -> None:
    # near miss: a title is no middle initial; the name before its place is still the share's
    assert nth_counts_of("Sen. Lia Marr of Ostvik was fifth at 7 percent.", 7) == "Sen. Lia Marr"


def test_a_capital_letter_ending_a_clause_still_ends_the_phrase() -> None:
    # near miss: "Plan B." with a lower-case word after it is no initial inside a name
    text = "They weighed six versions of Plan B. then dropped them."
    assert "dropped" not in nth_counts_of(text, 6)


# --- "the number of X" before the "from" of a change or a span in its clause ---


def test_a_span_of_the_number_of_things_counts_those_things() -> None:
    text = "Rival guesses about the number of Nordic ferries the port will license range from 40 to 90."
    assert "ferries" in nth_counts_of(text, 40)


def test_a_change_after_a_comma_counts_the_number_of_things() -> None:
    text = "The levy would lift the number of nurses hired across the county in 2030, from 900 to 1,200."
    assert "nurses" in nth_counts_of(text, 900)


def test_the_earlier_level_after_a_comma_counts_the_number_of_things() -> None:
    text = "With the number of pupils enrolled in village schools set to climb to 8 million in 2031, from 6 million in 2021, costs rise."
    assert "pupils" in nth_counts_of(text, 6000000)


def test_another_clause_after_and_keeps_its_own_noun() -> None:
    # near miss: "and" opens a clause of its own, whose change is of fares, not of the ferries
    text = "The number of ferries grew, and fares went from 40 cents to 90 cents."
    assert "ferries" not in nth_counts_of(text, 40)


# --- a share in words opening a clause after a comma ---


def test_out_of_share_after_while_is_one_share_of_what_they_said() -> None:
    text = "Only 12 percent of riders said fares mattered, while about seven out of 10 said the timetable did."
    assert 0.7 in values_of(text)
    assert "said the timetable" in nth_counts_of(text, 0.7)


def test_in_share_after_while_reads_what_they_said() -> None:
    text = "Only 12 percent of riders said fares mattered, while about seven in 10 said the timetable did."
    assert "said the timetable" in nth_counts_of(text, 0.7)


def test_games_won_out_of_a_whole_stay_two_counts() -> None:
    # near miss: the part is the object of "won", no share opening its clause
    text = "The club won seven out of 10 games, while the rivals won six."
    assert 7 in values_of(text)
    assert 0.7 not in values_of(text)
