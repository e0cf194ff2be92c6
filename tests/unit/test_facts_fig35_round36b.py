"""Round 37 (k-fig35): what English figures of company results, trade and budgets count, by the grammar that carries
it.

Made-up sentences of the shapes read on news pages of results, housing and trade, each with near misses that keep
their old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_in, story_figures

# --- a share before the noun of change, whose ends follow: "a 9.4% leap in revenue from A to B" ---


def test_share_before_change_noun_gives_both_ends_the_measure() -> None:
    figures = story_figures("The brewer reported a 12% rise in sales from $300m to $336m.")
    assert counts_in(figures, 300_000_000) == "sales"
    assert counts_in(figures, 336_000_000) == "sales"


def test_per_cent_words_before_change_noun() -> None:
    figures = story_figures("The miner posted a 7 per cent drop in output from 410,000 tonnes to 381,000 tonnes.")
    assert "output" in counts_in(figures, 410_000) or "tonnes" in counts_in(figures, 410_000)


def test_share_before_change_noun_keeps_the_share_reading() -> None:
    figures = story_figures("The bakery chain reported a 12% rise in sales from $300m to $336m.")
    assert "sales" in counts_in(figures, 12)


def test_share_before_change_noun_with_own_noun_keeps_it() -> None:
    # near miss: the ends have a noun of their own
    figures = story_figures("The port saw a 5% fall in traffic from 1,200 to 1,140 ships.")
    assert "ships" in counts_in(figures, 1140)


# --- the baseline after a comma read as a time: "to £16.3bn, from £16.1bn the year before" ---


def test_baseline_after_comma_takes_the_measure_before() -> None:
    figures = story_figures("Turnover was up 3 per cent to £8.2bn, from £7.9bn the year before.")
    assert counts_in(figures, 7_900_000_000) == "Turnover"


def test_baseline_previous_year_after_comma() -> None:
    figures = story_figures("Rental income climbed to €41m, compared with €37m the previous year.")
    assert "year" not in counts_in(figures, 37_000_000)
    assert "Rental income" in counts_in(figures, 37_000_000)


def test_baseline_alone_in_its_sentence_keeps_its_reading() -> None:
    # near miss: no earlier sum to take the measure from
    figures = story_figures("The store took £3m the year before.")
    assert counts_in(figures, 3_000_000) != "Turnover"


def test_baseline_of_another_unit_is_not_shared() -> None:
    # near miss: a share before a sum measures a change, not the sum
    figures = story_figures("Profit rose 4 per cent, from £2m the year before.")
    assert counts_in(figures, 2_000_000) != "4 per cent"


# --- a subject noun before a list of places: "Exports to Germany, France and Italy fell 4 per cent" ---


def test_list_of_places_after_the_subject_noun() -> None:
    figures = story_figures("Shipments to Norway, Sweden and Finland fell 4 per cent to 2,100 tonnes.")
    assert counts_in(figures, 4).startswith("Shipments")
    assert counts_in(figures, 2100).startswith("Shipments")


def test_list_of_places_after_a_participle() -> None:
    figures = story_figures("Travellers flying to cities in Spain, Portugal and Greece increased by 7 percent.")
    assert counts_in(figures, 7).startswith("Travellers")


def test_places_alone_as_subject_keep_their_reading() -> None:
    # near miss: the list of names is itself the subject
    figures = story_figures("Norway and Sweden grew 3 per cent.")
    assert "Norway" in counts_in(figures, 3)


def test_one_place_after_the_subject_keeps_its_reading() -> None:
    # near miss: no list
    figures = story_figures("Imports from Chile rose 8 per cent.")
    assert counts_in(figures, 8) == "Imports"


def test_fronted_place_phrase_is_no_subject() -> None:
    # near miss: the phrase of places opens the clause, the subject comes after it
    figures = story_figures("In Norway, Sweden and Finland sales rose 6 per cent.")
    assert "sales" in counts_in(figures, 6)


# --- a hollow reading of a level or a baseline: "higher than the S$3.6 billion", "a drop of five per cent to N" ---


def test_baseline_after_comparative_takes_the_measure_before() -> None:
    figures = story_figures(
        "Total card spending in May was put at A$4.1 billion, higher than the A$3.8 billion a year ago."
    )
    assert "card spending" in counts_in(figures, 3_800_000_000)


def test_level_after_share_in_words_takes_the_measure_before() -> None:
    figures = story_figures("Ferry crossings showed a fall of six per cent to 48,200.")
    assert "crossings" in counts_in(figures, 48_200)


def test_comparative_with_nothing_before_keeps_its_reading() -> None:
    # near miss: no figure before it to take a measure from
    figures = story_figures("Revenue was £5m, lower than forecast.")
    assert counts_in(figures, 5_000_000) == "Revenue"


# --- the level of "a N% increase to LEVEL UNIT in X": the X ---


def test_level_with_unit_before_in_phrase_counts_the_in_noun() -> None:
    figures = story_figures("The smelter reported a seven percent increase to 2,310 tonnes in output for the half.")
    assert counts_in(figures, 7) == "increase in output"
    assert counts_in(figures, 2310) == "output"


def test_level_before_in_month_keeps_its_reading() -> None:
    # near miss: "in March" says when
    figures = story_figures("Exports posted a 4% rise to 900 tonnes in March.")
    assert "March" not in counts_in(figures, 900)


def test_list_of_places_in_a_second_clause() -> None:
    figures = story_figures(
        "Asia registered a 9 percent increase in bookings, while freight to and from Chile, Peru and Brazil rose "
        "12 percent to 40,100 tonnes."
    )
    assert counts_in(figures, 12).startswith("freight")


# --- "by one third": a part with "one", no "of" ---


def test_one_third_without_of_is_a_part() -> None:
    figures = story_figures("The bakery said operating profits rose by almost one third to £12.4 million.")
    assert 1 / 3 in [f.value for f in figures]
    assert 1.0 not in [f.value for f in figures]


def test_one_of_them_keeps_its_reading() -> None:
    # near miss: "one" with no part word after it
    figures = story_figures("Sales fell by one point to 40 per cent.")
    assert 1.0 in [f.value for f in figures]


def test_perfect_participle_clause_takes_the_measure_before() -> None:
    figures = story_figures(
        "The brewer's shares were close to 3 per cent higher, having fallen by more than 8 per cent on Monday."
    )
    assert "shares" in counts_in(figures, 8)


# --- a measure named with "before tax" in a label: "(reported profit before tax: £958m from £913m)" ---


def test_before_tax_label_names_the_profit() -> None:
    figures = story_figures("Sales rose 4% to £2.2bn (underlying profit before tax: £188m from £171m).")
    assert counts_in(figures, 188_000_000) == "underlying profit before tax"
    assert counts_in(figures, 171_000_000) == "underlying profit before tax"


def test_tax_paid_keeps_its_reading() -> None:
    # near miss: a sum of tax itself
    figures = story_figures("The group paid £40m in tax.")
    assert "before" not in counts_in(figures, 40_000_000)


# --- "N.000" before an English scale word is a decimal: "$2.000 billion" ---


def test_three_zero_decimal_before_scale_word() -> None:
    figures = story_figures("In May, the inflows stood at $3.000 billion, against $2.811 billion in April.")
    assert 3_000_000_000 in [f.value for f in figures]
    assert 3_000_000_000_000 not in [f.value for f in figures]


def test_three_zeros_with_no_scale_word_stay_thousands() -> None:
    # near miss: dot-grouped thousands, as before
    figures = story_figures("The arena holds 4.000 people.")
    assert 4000 in [f.value for f in figures]


# --- a linking adverbial with no comma before the subject: "Meanwhile house prices ... tumbled by 0.5 per cent" ---


def test_meanwhile_without_comma_is_no_part_of_the_subject() -> None:
    figures = story_figures("Meanwhile rents in the capital slipped by 0.4 per cent.")
    assert not counts_in(figures, 0.4).lower().startswith("meanwhile")
    assert "rents" in counts_in(figures, 0.4)


def test_in_contrast_without_comma_and_trailing_verb() -> None:
    figures = story_figures("In contrast the stock of flats for rent rose seven per cent.")
    assert counts_in(figures, 7).startswith("stock of flats")
    assert not counts_in(figures, 7).endswith("rose")


def test_subject_with_no_opener_keeps_its_reading() -> None:
    # near miss: nothing to drop
    figures = story_figures("The stock of flats for rent rose seven per cent.")
    assert "stock of flats" in counts_in(figures, 7)


def test_two_clauses_with_a_name_are_no_list_subject() -> None:
    # near miss: "in Northwind rose 8 percent, while Acme" is two clauses, not a list of places
    figures = story_figures("Shares in Northwind rose 8 percent, while Acme gained 5 percent.")
    assert counts_in(figures, 5) == "Acme"
