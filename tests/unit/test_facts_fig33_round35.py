"""Round 35 (k-fig33): what English figures of trade, budgets, company results and jobs count, by the grammar that
carries it.

Made-up sentences of the shapes read on news pages of trade balances, budgets, results and jobs reports, each with
near misses that keep their old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_in, story_figures, values_of

# --- a change told twice before its noun: "a 14 per cent, or $464 million, increase in X" ---


def test_change_told_twice_counts_what_changed() -> None:
    figures = story_figures("The upshot was a 12 per cent, or $310 million, increase in the value of wheat exports.")
    assert counts_in(figures, 12) == "increase in value of wheat exports"
    assert counts_in(figures, 310_000_000) == "increase in value of wheat exports"


def test_change_told_twice_without_commas() -> None:
    figures = story_figures("The biggest factor was a $1.4 billion or 38% decline in shipments of copper ore.")
    assert counts_in(figures, 38) == "decline in shipments of copper ore"
    assert counts_in(figures, 1_400_000_000) == "decline in shipments of copper ore"


def test_change_in_initials_keeps_them() -> None:
    figures = story_figures(
        "The deal means a 20 per cent, or $40 million, increase in annual U.K. farm aid to the region."
    )
    assert counts_in(figures, 40_000_000) == "increase in annual U.K. farm aid"


def test_change_read_already_keeps_its_reading() -> None:
    assert counts_in(story_figures("The outcome is a 6% rise in sales."), 6) == "rise in sales"


def test_change_in_a_place_is_not_what_changed() -> None:
    assert "rise in Leeds" != counts_in(story_figures("Rents posted a 3%, or £20, rise in Leeds."), 3)


# --- a present-tense verb of change in a headline: "Trade surplus narrows to $1.6b as exports dip" ---


def test_headline_present_verb_counts_its_subject() -> None:
    figures = story_figures("Current account gap narrows to $2.4b as imports slide")
    assert counts_in(figures, 2_400_000_000) == "Current account gap"


def test_headline_second_clause_counts_its_own_subject() -> None:
    figures = story_figures("Canada sheds 12,000 jobs in May, jobless rate climbs to 6.1%")
    assert counts_in(figures, 6.1) == "jobless rate"
    assert "jobs" in counts_in(figures, 12_000)


def test_present_verb_after_a_pronoun_is_left() -> None:
    assert counts_in(story_figures("It falls to 3% in the forecast."), 3) != "It"


# --- a period after a sum: "Rs 3.27 lakh crore in FY20", "N190.4 billion in first half 2019" ---


def test_fiscal_year_code_with_two_brackets_is_when() -> None:
    figures = story_figures(
        "State schemes are to be allocated Rs 2.15 lakh crore in FY21 as against Rs 1.9 lakh crore."
    )
    assert counts_in(figures, 2_150_000_000_000).startswith("State schemes")


def test_period_in_words_after_a_level_is_when() -> None:
    figures = story_figures("Operating profit rose by 12.5 per cent to N88.2 billion in first half 2021.")
    assert counts_in(figures, 88_200_000_000) == "Operating profit"


def test_upcoming_fiscal_is_when() -> None:
    figures = story_figures("The allocation for rural roads is being raised to Rs 19,000 crore in the upcoming fiscal.")
    assert counts_in(figures, 190_000_000_000) == "allocation for rural roads"


def test_for_a_fiscal_code_is_when() -> None:
    figures = story_figures("The grant is being increased to $45 million for FY22 from $30 million in FY21.")
    assert counts_in(figures, 45_000_000) == "grant"


# --- a baseline read as its participle: "as against N108.35 billion recorded in ..." ---


def test_baseline_recorded_counts_the_sum_before() -> None:
    figures = story_figures(
        "Gross profit rose by 11.2 per cent to N61.4 billion as against N55.2 billion recorded in the same period."
    )
    assert "profit" in counts_in(figures, 55_200_000_000).lower()


def test_recorded_sum_that_is_no_baseline_keeps_reading() -> None:
    figures = story_figures("Police recorded 640 burglaries in the town.")
    assert "burglaries" in counts_in(figures, 640)


# --- a transitive verb with a particle, or an object with a name, and a code before the sum ---


def test_pushing_verb_with_particle_counts_its_object() -> None:
    figures = story_figures("Dearer diesel pushed up imports by 3 per cent to $21.5 billion.")
    assert counts_in(figures, 3) == "imports"
    assert counts_in(figures, 21_500_000_000) == "imports"


def test_object_with_a_name_and_a_rupee_code() -> None:
    figures = story_figures("The state raised the allocation for PMAY by Rs 2,000 crore to Rs 48,000 crore.")
    assert counts_in(figures, 20_000_000_000) == "allocation for PMAY"
    assert counts_in(figures, 480_000_000_000) == "allocation for PMAY"


def test_passive_verb_with_a_particle_is_no_object() -> None:
    figures = story_figures("Output was driven down by 4 per cent.")
    assert "Output" in counts_in(figures, 4)


# --- "<noun> amounting to N": the noun ---


def test_amounting_to_counts_the_noun_before() -> None:
    figures = story_figures("The board proposed a final dividend payout amounting to 2.6 billion shillings.")
    assert counts_in(figures, 2_600_000_000) == "final dividend payout"


def test_totalling_after_a_verb_counts_the_noun() -> None:
    figures = story_figures("She paid fines totalling £750.")
    assert counts_in(figures, 750) == "fines"


# --- a naira or rand price in kobo or cents: "N4.86", "R12.50" ---


def test_naira_price_with_kobo_is_read() -> None:
    assert 4.12 in values_of("Earnings per share rose to N4.12 compared with N3.07.")
    assert 3.07 in values_of("Earnings per share rose to N4.12 compared with N3.07.")


def test_letter_and_digits_of_a_name_are_no_price() -> None:
    assert values_of("Nurses wore N95 masks and drove the R2 model.") == []


# --- a pound sign is no word between a verb and its level: "The limit rose to £1,834" ---


def test_level_in_pounds_counts_the_subject_of_the_verb() -> None:
    figures = story_figures("The ceiling rose to £2,415 between April and June.")
    assert counts_in(figures, 2415).startswith("ceiling")


def test_level_in_dollars_reads_as_before() -> None:
    figures = story_figures("The ceiling rose to $2,415 between April and June.")
    assert counts_in(figures, 2415).startswith("ceiling")


# --- a transitive verb's object and the level it moved to: "lowered its milk price for 2015/6 to $3.85 a kg" ---


def test_object_with_its_period_and_level() -> None:
    figures = story_figures("The co-op has cut its farmgate wool price for 2021/22 to $4.10 a kg of fleece.")
    assert counts_in(figures, 4.10) == "farmgate wool price"


def test_object_revised_from_one_level_to_another() -> None:
    figures = story_figures("The processor revised its forecast milk price from $8 per kg to $7.60 per kg this week.")
    assert "milk price" in counts_in(figures, 8)
    assert "milk price" in counts_in(figures, 7.60)


def test_level_with_a_noun_of_its_own_keeps_it() -> None:
    figures = story_figures("The club lifted the cup in 2019 to 3,000 cheers.")
    assert counts_in(figures, 3000) == "cheers"


# --- a sum set off by a dash: "The increase – equivalent to about £12 a month –" ---


def test_dash_equivalent_counts_the_noun_before() -> None:
    figures = story_figures("The rise – equivalent to about £14 a month – takes effect in July.")
    assert counts_in(figures, 14) == "rise"


# --- a sum as the subject of "to be": "said $6.75 was still a good payout" ---


def test_sum_subject_counts_the_predicate_noun() -> None:
    figures = story_figures("Growers' leader Ann Kelly said $8.20 was still a good payout for this season's crop.")
    assert counts_in(figures, 8.20) == "payout"


def test_sum_with_its_own_noun_is_no_subject() -> None:
    figures = story_figures("Kelly said $8.20 million in grants was paid.")
    assert "grants" in counts_in(figures, 8_200_000)


# --- a percentage in brackets after a noun: "declines in cereal grains (-11 per cent) and wool (-8 per cent)" ---


def test_bracketed_changes_count_the_nouns_before() -> None:
    figures = story_figures("Gains failed to offset steep falls in barley (-14 per cent) and cotton (-6 per cent).")
    # (the helper compares values to a part in a million of a positive value: the fall's own numbers here)
    assert [f.counts for f in figures] == ["falls in barley", "cotton"]
    assert [f.value for f in figures] == [-14, -6]


def test_bracketed_share_after_a_count_keeps_its_reading() -> None:
    figures = story_figures("The Greens won 31 seats (9 per cent).")
    assert "seats" in counts_in(figures, 9)


# --- a bare change noun after a verb of scoring: "Rural goods eked out a 1 per cent gain" ---


def test_scored_change_gets_its_subject() -> None:
    figures = story_figures("Farm machinery notched up a 3 per cent gain thanks to dealer demand.")
    assert counts_in(figures, 3) == "gain (Farm machinery)"


def test_scored_change_after_a_pronoun_is_left() -> None:
    assert counts_in(story_figures("It posted a 5% gain."), 5) == "gain"


def test_scored_change_with_its_own_noun_keeps_it() -> None:
    assert counts_in(story_figures("Revenue posted a 12% rise in exports."), 12) == "rise in exports"


# --- a level below a mark after "to": "coming down to below $100 a barrel" is no verb "below" ---


def test_preposition_after_to_is_no_verb() -> None:
    figures = story_figures("Crude prices slid during the day, coming down to below $90 a barrel.")
    assert "belowed" not in counts_in(figures, 90)


def test_bracketed_change_takes_the_change_next_to_its_noun() -> None:
    figures = story_figures("A slight increase in the value of beef failed to offset declines in oats (-9 per cent).")
    assert counts_in(story_figures("Declines in oats (9 per cent) hurt."), 9) == "declines in oats"
    assert [f.counts for f in figures] == ["declines in oats"]


def test_bracketed_names_listed_under_a_change() -> None:
    figures = story_figures(
        "There were falls in Otago (-0.4 per cent), Nelson (-0.2 per cent) and the West Coast (-1.1 per cent)."
    )
    assert [f.counts for f in figures] == ["falls in Otago", "falls in Nelson", "falls in West Coast"]


def test_bracketed_name_with_no_change_before_is_left() -> None:
    figures = story_figures("Holt Trust (43.2 per cent) and Bram Trust (46.1 per cent) also fell behind.")
    assert "falls" not in (counts_in(figures, 43.2) or "")


def test_bracketed_name_in_a_word_is_no_noun() -> None:
    figures = story_figures("There were rises in Victoria (0.7 per cent).")
    assert counts_in(figures, 0.7) == "rises in Victoria"


def test_change_in_a_month_is_when() -> None:
    figures = story_figures("The trend estimate rose 0.1 per cent in May following a 0.2 per cent rise in April 2016.")
    assert "April" not in counts_in(figures, 0.2)


# --- a list of levels after a transitive verb's object: "increased their market share year-on-year, to 5.1%, ..." ---


def test_listed_levels_of_an_object_count_it() -> None:
    figures = story_figures(
        "The brands all increased their market share year-on-year, to 6.2%, 5.5% and 3.9% respectively."
    )
    assert [f.counts for f in figures] == ["market share"] * 3


def test_next_number_with_its_own_noun_is_no_listed_level() -> None:
    figures = story_figures("The bank cut its rate by 0.5 points, and 200 staff left.")
    assert "staff" in counts_in(figures, 200)


# --- the title of a US code cited is no figure: "in violation of 18 U.S.C. § 922" ---


def test_code_title_is_no_figure() -> None:
    assert values_of("He admitted a breach of 21 U.S.C. § 841 and of 29 CFR rules.") == []


def test_count_before_us_is_still_a_figure() -> None:
    assert values_of("The 14 US states agreed.") == [14]


# --- a list of names after a verb of change: "Urban starts rose in Quebec (15.4%) and the Prairies (16.1%)" ---


def test_bracketed_names_after_a_verb_of_change_count_its_subject() -> None:
    figures = story_figures("Rural starts fell in Manitoba (-4.1%) and the Yukon (-2.2%).")
    assert [f.counts for f in figures] == ["Rural starts (Manitoba)", "Rural starts (Yukon)"]


def test_bracketed_names_after_a_pronoun_are_left() -> None:
    figures = story_figures("It fell in Manitoba (4.1%).")
    assert "It" not in (figures[0].counts or "")


# --- a part after "of which": "an overall charge of about $1 billion, of which $100 million will be realized" ---


def test_of_which_part_counts_the_whole() -> None:
    figures = story_figures("It expects a total charge of about $600 million, of which $80 million will be realized.")
    assert counts_in(figures, 80_000_000) == "total charge (realized)"


def test_part_with_a_noun_of_its_own_keeps_it() -> None:
    figures = story_figures("It expects a charge of about $600 million, and $80 million in fees will be booked now.")
    assert "fees" in counts_in(figures, 80_000_000)


def test_units_after_a_trend_count_the_subject() -> None:
    figures = story_figures("Housing starts in Alberta were trending at 31,240 units in June, the agency said.")
    assert counts_in(figures, 31_240) == "Housing starts (units)"


def test_bracketed_noun_after_a_change_told_by_a_copula() -> None:
    figures = story_figures("The largest rise was in hardware stores (2.9 per cent).")
    assert counts_in(figures, 2.9) == "rise in hardware stores"


def test_bracketed_place_word_is_where() -> None:
    figures = story_figures("Turnout was lowest in the west (38%) and highest in the east (71%).")
    assert counts_in(figures, 71) != "east"
