"""Round 36 (k-fig34): what English figures of business, markets, trade, energy and property count, by the grammar
that carries it.

Made-up sentences of the shapes read on news pages of energy price caps, airline traffic, bank capital, trade
balances, company results and housing, each with near misses that keep their old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_in, story_figures, values_of

# --- an aside between the subject and its verb: "The price cap – which sets ... – will rise by £111" ---


def test_dash_aside_then_change_counts_the_subject() -> None:
    figures = story_figures("The water levy – which funds the new reservoirs – will rise by £42 for a typical home.")
    assert counts_in(figures, 42) == "water levy"


def test_dash_aside_then_level_after_adverbials() -> None:
    figures = story_figures(
        "Seat occupancy for March – a measure of how full the trains are – was up by two percentage points, "
        "year-on-year, at 88%."
    )
    assert "Seat occupancy" in counts_in(figures, 88)
    assert "Seat occupancy" in counts_in(figures, 2)


def test_dash_aside_after_said() -> None:
    figures = story_figures(
        "The ferry line said its occupancy rate – the share of cabins sold – was unchanged at 71 per cent in May."
    )
    assert counts_in(figures, 71) == "occupancy rate"


def test_comma_aside_then_subject_goes_on_then_copula() -> None:
    figures = story_figures("Yield, a gauge of how much each seat earns, for long-haul routes was 14 per cent.")
    assert counts_in(figures, 14) == "Yield"


def test_dash_aside_keeps_a_noun_of_the_figure_own() -> None:
    # near miss: the figure has its own noun after it
    figures = story_figures("The bakery chain – founded in Leeds – added 300 jobs last year.")
    assert "jobs" in counts_in(figures, 300)


def test_aside_with_a_clause_before_is_no_subject() -> None:
    # near miss: the words before the aside hold a verb that is not "said": no subject to give
    figures = story_figures("Traders sold the bonds – a rare move – and yields rose to 4.1 per cent.")
    assert "sold" not in counts_in(figures, 4.1)


# --- a bracket restating the figure before it: "less than 10 per cent (9.73%) below the peak" ---


def test_bracket_after_per_cent_is_no_noun_cent() -> None:
    figures = story_figures("Rents are now less than 10 per cent (9.68%) below their peak.")
    assert counts_in(figures, 9.68) != "cent"


def test_bracket_after_a_noun_still_reads_the_noun() -> None:
    # near miss: the k-fig33 shape, a noun before the bracket
    figures = story_figures("There were sharp declines in cereal grains (-11 per cent) and wool (-8 per cent).")
    assert [f.counts for f in figures if f.value == -11] == ["declines in cereal grains"]
    assert values_of("Rents are now less than 10 per cent (9.68%) below their peak.") == [10, 9.68]


# --- a step and the level it reached after a verb of trade copy: "Exports decreased 1.0 billion to 9.0 billion" ---


def test_step_to_level_after_decreased_is_two_figures() -> None:
    assert values_of("Imports decreased 2.0 billion to 8.0 billion dollars.") == [2_000_000_000, 8_000_000_000]


def test_ends_after_no_verb_of_change_stay_one_range() -> None:
    # near miss: no verb of change before the ends ("bids of 2.0 billion to 8.0 billion"): a range
    figures = story_figures("Bids of 2.0 billion to 8.0 billion dollars were made.")
    assert [(f.value, f.value_max) for f in figures] == [(2_000_000_000, 8_000_000_000)]


# --- a day and a year glued by a comma after a month: "the period ending September 30,2019" ---


def test_glued_day_and_year_after_a_month_is_no_figure() -> None:
    assert values_of("The accounts for the period ending March 31,2021 showed a loss of $4 million.") == [4_000_000]


def test_thousands_after_no_month_stay_a_figure() -> None:
    # near miss: thousands grouped by a comma, no month before
    assert values_of("The firm has 30,201 staff.") == [30_201]


# --- a bare "m" before an initialism and a plural: "15m UK households" is millions, not metres ---


def test_millions_before_an_initialism_and_a_plural() -> None:
    figures = story_figures("Power bills will rise for about 15m UK households.")
    assert counts_in(figures, 15_000_000).startswith("UK households")


def test_metres_before_an_adjective_and_a_singular_stay_metres() -> None:
    # near miss: a singular after the people's adjective is a length
    figures = story_figures("She broke the 100m British record.")
    assert all(f.value != 100_000_000 for f in figures)


# --- a verb of change in "-ing": its subject is the noun phrase before it, or the main clause's subject ---


def test_ing_after_its_object_noun_phrase() -> None:
    figures = story_figures("Economists had forecast the budget shortfall widening to $12.5 billion in May.")
    assert counts_in(figures, 12_500_000_000) == "budget shortfall"


def test_ing_in_an_absolute_with_phrase() -> None:
    figures = story_figures("Members rose to 4.2 million, with paying members increasing to 1.9 million.")
    assert counts_in(figures, 1_900_000) == "paying members"


def test_ing_after_while_takes_the_main_subject() -> None:
    figures = story_figures("Rural sales held steady in Kent while falling by 2.4% in Surrey.")
    assert counts_in(figures, 2.4) == "Rural sales"


def test_ing_with_a_noun_of_its_own_keeps_it() -> None:
    # near miss: the figure has its own noun after it
    figures = story_figures("The chain grew fast, reaching 300 stores by June.")
    assert "stores" in counts_in(figures, 300)


def test_ing_after_a_comma_read_already_keeps_its_reading() -> None:
    # near miss: the readers gave the main subject already
    figures = story_figures("The pound slipped against the dollar, falling 0.4% to $1.27.")
    assert counts_in(figures, 0.4) == "pound"


# --- a bracketed figure after a name listed under "<noun> with|in|to": the noun, with the name ---


def test_bracketed_sums_after_names_under_a_noun() -> None:
    figures = story_figures(
        "The state also runs deficits with the Eastern Union (15.2 billion dollars), Ostland (9.4 billion dollars) "
        "and Norvia (5.1 billion dollars)."
    )
    assert counts_in(figures, 15_200_000_000) == "deficits with Eastern Union"
    assert counts_in(figures, 5_100_000_000) == "deficits with Norvia"


def test_bracketed_sum_after_a_name_with_and() -> None:
    figures = story_figures("It has the largest surplus with North and West Ostland (4 billion dollars).")
    assert counts_in(figures, 4_000_000_000) == "surplus with North and West Ostland"


def test_bracketed_share_after_than_for_is_left() -> None:
    # near miss: "than for the X (N)" hangs on no noun
    figures = story_figures("Backing was weaker than for the Greens (30 per cent).")
    assert "than" not in counts_in(figures, 30)


# --- a level in bare "units" after "was": the subject of "to be", however long ---


def test_units_after_was_count_the_long_subject() -> None:
    figures = story_figures(
        "The agency says the monthly pace of housing starts excluding Dunmore was 181,300 units in May, "
        "up 12.5 per cent from 161,150 units in April."
    )
    for value in (181_300, 12.5, 161_150):
        assert "housing starts" in counts_in(figures, value)


def test_units_with_a_noun_before_keep_it() -> None:
    # near miss: "housing units" names what it counts
    figures = story_figures("The council said the total was 1,200 housing units.")
    assert "housing" in counts_in(figures, 1_200)


# --- a rate written "N per <unit>" before its noun: "The new $6.75 per kgMS mid-point" ---


def test_rate_before_its_noun_counts_the_noun() -> None:
    figures = story_figures("The new $4.10 per kgMS mid-point is down from $4.40.")
    assert counts_in(figures, 4.10) == "mid-point (per kgMS)"


def test_rate_after_an_article_and_before_a_compound_noun() -> None:
    figures = story_figures("The board approved a $12 per hour minimum wage for cleaners.")
    assert counts_in(figures, 12) == "minimum wage (per hour)"


def test_rate_after_to_and_before_a_time_word_is_left() -> None:
    # near miss: a level after "to", then a time word: no noun the rate describes
    figures = story_figures("Brent crude rose to $85 a barrel yesterday.")
    assert "yesterday" not in counts_in(figures, 85)


# --- a list of results that leaves the noun out after the first: "Y recorded N98 billion" ---


def test_gapped_results_take_the_first_sums_noun() -> None:
    figures = story_figures(
        "Harlow Mills reported the highest revenue of $5.5 billion, followed by Penrose Foods with $4.1 billion.",
        "Dunmore Oil had $1.2 billion, Kestrel Air posted $690 million and Brill Bank had $193 million.",
    )
    assert "revenue" in counts_in(figures, 4_100_000_000)
    assert counts_in(figures, 690_000_000) == "revenue (Kestrel Air)"
    assert counts_in(figures, 193_000_000) == "revenue (Brill Bank)"


def test_gapped_result_after_while() -> None:
    figures = story_figures("Ostra Bank posted a profit of $120 million, while Norvia Bank recorded $98 million.")
    assert counts_in(figures, 98_000_000) == "profit (Norvia Bank)"


def test_result_with_its_own_noun_keeps_it() -> None:
    # near miss: the sum has its own noun after it
    figures = story_figures(
        "Ostra Bank posted a profit of $120 million, while Norvia Bank recorded $98 million in fees."
    )
    assert "fees" in counts_in(figures, 98_000_000)


def test_gapped_result_needs_an_earlier_sum_of_the_same_currency() -> None:
    # near miss: the earlier figure is a count, not a sum
    figures = story_figures("The firm hired 40 staff, and Norvia Bank had £3 million.")
    assert "staff" not in counts_in(figures, 3_000_000)


# --- a headline's verb of change with a participle of cause after the sum; a naira sum of one decimal ---


def test_headline_change_then_participle_of_cause() -> None:
    figures = story_figures("Kestrel's profit hits Sh41 billion powered by data growth")
    assert counts_in(figures, 41_000_000_000) == "Kestrel's profit (powered by data growth)"


def test_naira_price_of_one_decimal_after_another() -> None:
    assert values_of("The firm's earnings per share rose to N3.45 from N2.9.") == [3.45, 2.9]


def test_letter_and_one_decimal_alone_is_no_naira() -> None:
    # near miss: "N1.5" with no naira sum before it names something (a class, a road)
    assert values_of("The N1.5 lane was closed.") == []


def test_gapped_result_after_a_name_with_and() -> None:
    figures = story_figures(
        "Ostra Bank posted a profit of $120 million, while Kestrel Mining and Exploration posted $69 million."
    )
    assert counts_in(figures, 69_000_000) == "profit (Kestrel Mining and Exploration)"


def test_ing_list_shares_its_subject() -> None:
    figures = story_figures("Rural sales held steady in Kent while falling by 2.4% in Surrey and 1.8% in Essex.")
    assert counts_in(figures, 1.8) == "Rural sales"


# --- a source's verb of reporting opens the clause: "The survey shows Iraq's production rose by 70,000 barrels" ---


def test_reported_clause_subject_not_the_source() -> None:
    figures = story_figures("The poll shows Ostland's output rose by 40,000 barrels a day.")
    assert counts_in(figures, 40_000).startswith("Ostland's output")


def test_reported_clause_subject_up_to_its_preposition() -> None:
    figures = story_figures("The survey estimates daily output by all 11 members in June rose 1.2%.")
    assert counts_in(figures, 1.2) == "daily output"


def test_reported_clause_read_already_keeps_its_reading() -> None:
    # near miss: the readers gave the clause's subject already
    figures = story_figures("Data showed imports rose 4% to $2 billion.")
    assert counts_in(figures, 4) == "imports"


# --- '-ing' changes of a measure: "saw its output falling by 30,000 barrels a day"; "32.39m b/d" is millions ---


def test_ing_change_of_a_measure_after_a_named_subject() -> None:
    figures = story_figures("Ostland saw its output falling by 30,000 barrels a day.")
    assert counts_in(figures, 30_000).startswith("output")


def test_ing_change_list_after_a_named_subject() -> None:
    figures = story_figures(
        "Ostland and Norvia saw their exports dropping by 43,000 bpd and 24,000 bpd to 712,000 bpd and 2.1 million bpd."
    )
    assert [counts_in(figures, v) for v in (43_000, 24_000, 712_000, 2_100_000)] == ["exports"] * 4


def test_millions_of_barrels_a_day_in_short() -> None:
    assert values_of("Output rose 1.2% to 32.4m b/d") == [1.2, 32_400_000]


def test_b_slash_d_is_a_unit_not_what_is_counted() -> None:
    figures = story_figures("Crude output from the group rose 40,000 b/d to 28.5 million b/d in June.")
    assert counts_in(figures, 28_500_000) == "Crude output"


# --- a baseline in bare "units" after "against"/"compared to": the level before it ---


def test_units_baseline_after_against_takes_the_level_before() -> None:
    figures = story_figures(
        "Tractor sales went down 17 per cent at 3,920 units in May against 4,343 units a year earlier."
    )
    assert counts_in(figures, 4_343).startswith("Tractor sales")


def test_units_baseline_after_compared_to() -> None:
    figures = story_figures(
        "Domestic sales of vans grew by 37 per cent to 9,174 units, as compared to 6,876 units a year earlier."
    )
    assert counts_in(figures, 6_876).startswith("Domestic sales of vans")


def test_teu_is_a_unit() -> None:
    figures = story_figures("Volumes at the top ports increased 1.8 per cent to an aggregate 55.6 million TEU.")
    assert "Volumes" in counts_in(figures, 55_600_000)


# --- a bracketed sum after names under a participle of "to be": the subject of "to be" ---


def test_bracketed_sums_under_a_participle_take_the_subject() -> None:
    figures = story_figures(
        "Exports during June were mainly destined for Ostland ($524 million) and the Union of Norvia ($335 million)."
    )
    assert counts_in(figures, 524_000_000) == "Exports during June (Ostland)"
    assert counts_in(figures, 335_000_000) == "Exports during June (Union of Norvia)"


def test_units_baseline_with_its_owner_read_keeps_it() -> None:
    # near miss: the baseline's reading names an owner already; the percentage before it is no owner to copy
    figures = story_figures(
        "The maker reported growth of 1.6 per cent in its domestic sales to 50,812 units, as compared with "
        "48,380 units in the corresponding month last year."
    )
    assert "growth" not in counts_in(figures, 48_380)


def test_name_in_apposition_before_a_comma_aside_is_no_subject() -> None:
    # near miss: "the biggest unit, Harlow Works, which ..., was $1.2 billion": the name is an apposition
    figures = story_figures("Sales in the biggest unit, Harlow Works, which makes pumps, was $1.2 billion.")
    assert counts_in(figures, 1_200_000_000) != "Harlow Works"


# --- a dash between two percentages is a range; a list of "<item>, down N%" counts each item ---


def test_percent_dash_percent_is_one_range() -> None:
    figures = story_figures("The board revised its revenue guidance to 12.0%-12.5%.")
    assert [(f.value, f.value_max) for f in figures] == [(12.0, 12.5)]


def test_percent_to_percent_after_a_change_stays_two() -> None:
    # near miss: "to" after a verb of change is a change, two figures
    assert values_of("The firm cut its stake 10 percent to 5 percent.") == [10, 5]


def test_items_set_off_by_down_count_each_item() -> None:
    figures = story_figures(
        "Output fell 0.4%, with declines for zinc ore, down 11.2%; nickel, down 6%; and tin, down 2.5%."
    )
    assert [counts_in(figures, v) for v in (11.2, 6, 2.5)] == ["zinc ore", "nickel", "tin"]


def test_names_set_off_by_down_keep_their_reading() -> None:
    # near miss: a name before ", down N%" is left to the other readers
    figures = story_figures("Among the fallers were Harlow, down 3.1%, and Penrose, down 2.2%.")
    assert counts_in(figures, 3.1) != "Harlow"


# --- "in volume" alone; "a <noun> growth of N to M" ---


def test_change_in_volume_counts_the_subject() -> None:
    figures = story_figures("Ostland's copper output fell by 9.8% in volume in May.")
    assert counts_in(figures, 9.8) == "Ostland's copper output"


def test_noun_growth_of_then_level() -> None:
    figures = story_figures("The group posted a revenue growth of 12 per cent to $4.4 billion.")
    assert counts_in(figures, 12) == "revenue growth"
    assert counts_in(figures, 4_400_000_000) == "revenue"


def test_adjective_growth_of_keeps_its_reading() -> None:
    # near miss: "a sharp rise of" names no noun of what rose
    figures = story_figures("Exports saw a sharp rise of 9 per cent.")
    assert counts_in(figures, 9) != "sharp rise"


def test_subject_at_current_prices_is_what_changed() -> None:
    figures = story_figures("Seasonally adjusted retail sales at current prices decreased by 2.3% in May.")
    assert counts_in(figures, 2.3) == "Seasonally adjusted retail sales"


def test_prices_as_the_subject_keep_their_reading() -> None:
    # near miss: prices are the subject themselves
    figures = story_figures("Food prices rose 4.1% in May.")
    assert counts_in(figures, 4.1).lower() == "food prices"


# --- "growth of N in <noun> to M"; a level fronted with "At N," ---


def test_growth_of_in_noun_to_level() -> None:
    figures = story_figures("The maker reported growth of 2.4 per cent in its export sales to 20,812 units in May.")
    assert counts_in(figures, 2.4) == "growth in export sales"
    assert counts_in(figures, 20_812).startswith("export sales")


def test_fronted_at_level_counts_the_subject() -> None:
    figures = story_figures("At $6 billion, tourism receipts grew by 8.5% during the year.")
    assert counts_in(figures, 6_000_000_000) == "tourism receipts"


def test_at_level_inside_a_sentence_is_left() -> None:
    # near miss: "at N" after a verb is the verb's level, read by the other readers
    figures = story_figures("Tourism receipts stood at $6 billion, the ministry said.")
    assert "receipts" in counts_in(figures, 6_000_000_000).lower()


# --- a limiting adverb before the figure is no reading: "with only 327 more votes than" (read by
# comparative_states_en, which leaves adverbs out, as k-figs34 wrote it; this branch's own repair was dropped) ---


def test_only_before_a_figure_counts_the_noun_after() -> None:
    figures = story_figures("The tally showed the mayor with only 212 more votes than his rival.")
    assert counts_in(figures, 212) == "more votes"


def test_only_with_no_noun_after_is_left() -> None:
    # near miss: no noun after the figure to give
    figures = story_figures("The tally gave the mayor only 212.")
    assert counts_in(figures, 212) != "more votes"


# --- "kgs" is kilograms; a change in basis points after an aside ---


def test_kgs_is_a_unit() -> None:
    figures = story_figures("Exports to Norvia increased by 33 per cent from 12 million kgs to 16 million kgs.")
    assert counts_in(figures, 16_000_000) == "Exports"


def test_basis_points_after_an_aside() -> None:
    figures = story_figures(
        "The lender's net interest margin - the spread between what it earns and pays - declined 3 basis points "
        "to 1.84%."
    )
    assert counts_in(figures, 3) == "lender's net interest margin"
