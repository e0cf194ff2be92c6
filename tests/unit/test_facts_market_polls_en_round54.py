"""Round 54 (k-enf54): what English figures of market reports and poll answers count.

Made-up sentences of three shapes read on business and politics pages, each with near misses that keep their old
reading:

- an index move told in points after its level, then restated as a share ("closed at 8,412.36, a rise of 51.07
  points, or 0.61 per cent", "up 17.35 points or 0.56 per cent"): the points and the share are the index's
  (`hollow_readings_en`, `change_chains_en`);
- a second move of the same shares after an adverb of time or a gerund of the session ("before finally closing up 3 per
  cent", "having earlier fallen as much as 6%"): the shares' (`hollow_readings_en`);
- a reporting period between a measure and the "of" of its sum ("a total dividend for the year of 17.25p"): the
  measure, not "year" (`counted_timed`);
- a sum's conversion in brackets right before the words that say what it is ("£229 million (€331 million) expected
  by analysts", "£2bn ($3.5bn) of debt"): those words, read past the bracket (`figures`);
- a duration's place or state of two words ("after 11 years in the second tier"): both words, not "in the top"
  (`counted`);
- a bare change after a word of its span, carried by "show" ("figures for container traffic show a 3.1%
  month-on-month fall"): the change of the subject, also after a bracketed acronym (`subject_changes_en`);
- an index's run told past a circumstance in commas ("The Quanta 40, after a shaky open, gained ground and climbed
  to 3,402.10, before closing at 3,389.75, a gain of 21.4 points, or 0.63 per cent"): every level and move is the
  index's (`aside_subjects_en`);
- a poll's second and third answers after "with" or "though", and a share cut off before the next one ("with only 9%
  saying Okonkwo, though 44% said neither", "57% said Ferreira and 31% said Okonkwo") (`counted_en.answered_at`).
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_in, story_figures

# --- an index's points and their share after its level ---


def test_points_after_a_level_count_the_index() -> None:
    figures = story_figures("The Zorvex index closed at 8,412.36, a rise of 51.07 points, or 0.61 per cent.")
    assert "Zorvex" in counts_in(figures, 51.07)
    assert "Zorvex" in counts_in(figures, 0.61)


def test_points_or_share_without_comma_count_the_index() -> None:
    figures = story_figures("The Quanta 40 ended at 3,118.90, up 17.35 points or 0.56 per cent.")
    assert "Quanta" in counts_in(figures, 0.56)


def test_points_move_then_share_keeps_the_index() -> None:
    figures = story_figures("The Zorvex index fell 42 points, or 1.4%, to 2,960.")
    assert "Zorvex" in counts_in(figures, 1.4)


def test_points_in_a_tally_keep_their_own_noun() -> None:
    figures = story_figures("Okafor finished with nine rebounds and 23 points.")
    assert counts_in(figures, 23) == "points"


def test_points_scored_by_each_player_keep_their_scorer() -> None:
    figures = story_figures("Mbeki scored 14 points, and Lindqvist added 9 points.")
    assert "Lindqvist" in counts_in(figures, 9)


# --- a later move of the same shares after an adverb or a gerund of the session ---


def test_closing_move_after_adverb_counts_the_shares() -> None:
    figures = story_figures("Shares in Harlowe jumped 7.2 per cent before finally ending up 3 per cent.")
    assert "Shares" in counts_in(figures, 3)


def test_perfect_participle_with_adverb_counts_the_shares() -> None:
    figures = story_figures("Pellam's shares closed 9p lower at 312p, having earlier fallen as much as 6%.")
    assert "shares" in counts_in(figures, 6)


def test_closing_figure_with_its_own_noun_keeps_it() -> None:
    figures = story_figures("Shares in Harlowe rose 4 per cent before closing 40 stores in the north.")
    assert "stores" in counts_in(figures, 40)


# --- a poll's later answers ---


def test_answer_after_with_and_a_gerund_is_the_answer() -> None:
    figures = story_figures(
        "Asked who would make the best leader, 38% said Ferreira, with only 9% saying Okonkwo, though 44% said neither."
    )
    assert "Okonkwo" in counts_in(figures, 9)
    assert "neither" in counts_in(figures, 44)


def test_answer_stops_before_the_next_share() -> None:
    figures = story_figures("Some 57% said Ferreira and 31% said Okonkwo.")
    assert counts_in(figures, 57) == "said Ferreira"


def test_number_inside_an_answer_is_kept() -> None:
    figures = story_figures("Of the firms polled, nearly 70% have fewer than 20 staff.")
    assert "20 staff" in counts_in(figures, 70) or "fewer than" in counts_in(figures, 70)


def test_with_and_a_share_of_a_noun_keeps_the_noun() -> None:
    figures = story_figures("The chain opened 12 stores, with 40% of them in the Midlands.")
    assert "Ferreira" not in counts_in(figures, 40) and "saying" not in counts_in(figures, 40)


# --- a reporting period between the measure and the "of" of its sum ---


def test_dividend_for_the_year_of_counts_the_dividend() -> None:
    figures = story_figures("Harrowgate will pay a total dividend for the year of 17.25p.")
    assert "dividend" in counts_in(figures, 17.25)


def test_profits_for_the_six_months_of_count_the_profits() -> None:
    figures = story_figures("Ostrava Holdings reported pre-tax profits for the six months of £8.6m.")
    assert "profits" in counts_in(figures, 8_600_000)


def test_sum_before_the_period_keeps_its_reading() -> None:
    figures = story_figures("Ostrava Holdings made a profit of £8.6m for the year.")
    assert "profit" in counts_in(figures, 8_600_000)


def test_measure_with_a_unit_after_the_period_counts_the_measure() -> None:
    figures = story_figures("Rainfall for the year of 640mm was below the average.")
    assert "Rainfall" in counts_in(figures, 640)


# --- a sum's conversion in brackets before its words ---


def test_sum_with_a_conversion_reads_past_the_bracket() -> None:
    figures = story_figures(
        "Calloway reported a profit of £140 million, against £128 million (€185 million) expected by analysts."
    )
    assert "expected" in counts_in(figures, 128_000_000)
    assert "expected" in counts_in(figures, 185_000_000)


def test_sum_with_a_conversion_then_of_noun_counts_the_noun() -> None:
    figures = story_figures("Pendry Group carries £3bn ($5.2bn) of borrowings.")
    assert "borrowings" in counts_in(figures, 3_000_000_000)


def test_bracket_with_words_inside_keeps_its_reading() -> None:
    figures = story_figures("Lenders wrote off $8m ($6m a year earlier) in bad loans.")
    assert "loans" in counts_in(figures, 8_000_000)


# --- a duration's place or state of two words ---


def test_duration_in_adjective_and_noun_keeps_the_noun() -> None:
    figures = story_figures("Harrowby went down after 11 years in the second tier.")
    assert "second tier" in counts_in(figures, 11)


def test_duration_in_a_place_of_two_words() -> None:
    figures = story_figures("The couple lived for seven years in the old town.")
    assert "old town" in counts_in(figures, 7)


def test_duration_in_a_state_then_a_participle_keeps_one_word() -> None:
    figures = story_figures("Marek spent 14 months in prison awaiting trial.")
    assert "prison awaiting" not in counts_in(figures, 14)


def test_duration_in_a_state_then_a_time_keeps_one_word() -> None:
    figures = story_figures("Marek spent three years in jail last decade.")
    assert "last" not in counts_in(figures, 3)


# --- a bare change after a word of its span, carried by "show" ---


def test_data_show_a_month_on_month_fall_of_the_subject() -> None:
    figures = story_figures("Data on container traffic show a 3.1% month-on-month fall for May.")
    assert "container traffic" in counts_in(figures, 3.1)


def test_subject_after_a_bracketed_acronym() -> None:
    figures = story_figures("The Freight Carriers Association (FCA) figures for rail freight show a 2.2% annual fall.")
    assert "rail freight" in counts_in(figures, 2.2)


def test_change_with_its_own_in_noun_keeps_it() -> None:
    figures = story_figures("Figures for the region show a 3% rise in house prices.")
    assert "house prices" in counts_in(figures, 3)


def test_pronoun_subject_is_not_taken() -> None:
    figures = story_figures("They show a 2% annual drop.")
    assert "They" not in counts_in(figures, 2)


# --- an index's run past a circumstance in commas ---


def test_index_run_past_a_circumstance_is_the_index() -> None:
    figures = story_figures(
        "The 40-share Quanta, after a shaky open, gained ground and rallied to 3,402.10, before closing at 3,389.75,"
        " a gain of 21.4 points, or 0.63 per cent."
    )
    for value in (3402.10, 3389.75, 21.4, 0.63):
        assert "Quanta" in counts_in(figures, value), value


def test_circumstance_aside_before_a_level_verb() -> None:
    figures = story_figures("The Quanta, after a shaky open, rallied to 3,402.10.")
    assert "Quanta" in counts_in(figures, 3402.10)


def test_circumstance_aside_before_a_verb_with_its_object_keeps_the_object() -> None:
    figures = story_figures("The carmaker, after a long review, cut 450 jobs.")
    assert "jobs" in counts_in(figures, 450)


def test_later_clause_with_its_own_subject_keeps_it() -> None:
    figures = story_figures("Brevik, which reports next week, fell 2%, while Halden rose 3%.")
    assert "Halden" in counts_in(figures, 3)
