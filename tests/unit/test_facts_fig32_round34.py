"""Round 34 (k-fig32): what English figures of business, markets, housing and budgets count, by the grammar that
carries it.

Made-up sentences of the shapes read on news pages of company results, house-price surveys, budgets and market
reports, each with near misses that keep their old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_in, story_figures

# --- a change set off by a dash after a figure: the change of what that figure counts ---


def test_dash_apposed_change_counts_the_figure_before() -> None:
    figures = story_figures("Brontel reported $2.18 billion in revenue - a 41% increase compared with a year earlier.")
    assert counts_in(figures, 41) == "increase (revenue)"


def test_en_dash_apposed_rise_with_its_comparison() -> None:
    figures = story_figures("Kalvo posted turnover of €512m – a 9% rise on the year before.")
    assert counts_in(figures, 9) == "rise (turnover)"


def test_dash_change_with_its_own_noun_keeps_it() -> None:
    figures = story_figures("Brontel reported $2.18 billion in revenue - a 41% increase in exports to Asia.")
    assert "exports" in counts_in(figures, 41)


# --- a level after "a rise in X (for the period), to $N": the X ---


def test_level_after_change_in_measure_with_time_adjunct() -> None:
    figures = story_figures(
        "Norvik announced a threefold increase in net profits for the quarter ended March 2, to $418m."
    )
    assert counts_in(figures, 418e6) == "net profits"


def test_level_after_change_in_measure_without_comma() -> None:
    figures = story_figures("The retailer posted a 12 per cent rise in pre-tax profit to £96m.")
    assert "profit" in counts_in(figures, 96e6)


def test_level_after_change_from_keeps_its_reading() -> None:
    figures = story_figures("The retailer posted a rise in profit from £80m to £96m, while sales fell to £1.2bn.")
    assert "sales" in counts_in(figures, 1.2e9).lower()


# --- "with X now running N per cent higher": the X ---


def test_with_state_participle_and_comparative() -> None:
    figures = story_figures(
        "Orders picked up in May, with factory orders now running 7 per cent higher than a year ago."
    )
    assert counts_in(figures, 7) == "factory orders"


def test_with_running_a_count_is_no_level() -> None:
    figures = story_figures("The chain expanded quickly, with the company running 40 stores by the end of the year.")
    assert "stores" in counts_in(figures, 40)


# --- a bare bracketed figure after another figure restates it ---


def test_bracketed_sum_after_a_share_restates_it() -> None:
    figures = story_figures("This month's increase of 1.3% (+£3,417) puts the regional average at £281,500.")
    assert counts_in(figures, 3417) == counts_in(figures, 1.3) == "increase"


def test_bracket_with_words_is_no_restatement() -> None:
    # (the bracket holds words of its own: the restatement rule leaves it to the readings before)
    figures = story_figures("The fund's return of 4.1% (£9,800 for a typical saver) beat the index.")
    assert counts_in(figures, 9800) != "return"


# --- "N per cent more X": the X ---


def test_spelled_share_more_plural_noun() -> None:
    figures = story_figures("The Guild of Valuers said seven per cent more members in Wessex reported rising prices.")
    assert counts_in(figures, 7) == "more members"


def test_share_more_than_keeps_its_reading() -> None:
    figures = story_figures("Buyers paid 6 per cent more than the asking price in Lowmere.")
    assert "more than" not in counts_in(figures, 6)
    assert "members" not in counts_in(figures, 6)


# --- a subject with an "excluding" list: the subject ---


def test_subject_with_excluding_list() -> None:
    figures = story_figures(
        "Earnings excluding restructuring charges, amortization of goodwill and a tax credit was 27 cents per share."
    )
    assert counts_in(figures, 27).startswith("Earnings")


def test_excluding_phrase_after_the_figure_keeps_its_reading() -> None:
    figures = story_figures("Operating profit was £54m, excluding a one-off charge of £6m.")
    assert "profit" in counts_in(figures, 54e6).lower()


# --- a sentence adverb is no count; a market's close told by a pronoun ---


def test_instead_is_no_count() -> None:
    figures = story_figures("Net debt will be $612 billion instead of the $700 billion forecast in May.")
    assert "debt" in counts_in(figures, 612e9).lower()
    assert "instead" not in counts_in(figures, 612e9)


def test_pronoun_closed_the_regular_session() -> None:
    figures = story_figures(
        "Shares of Halvex jumped 8 per cent to $21.40 in after-hours trading.",
        "They closed the regular session at $19.82, up 23 cents.",
    )
    assert "Shares" in counts_in(figures, 19.82)


# --- a price per unit against a slash: a range is a price too, "$2000/t" no year; before a noun it counts the noun ---


def test_range_with_slash_unit_is_a_figure() -> None:
    figures = story_figures("Brookfield Dairy has a forecast payout of $5.90 to $6.20/kg for this season.")
    assert "payout" in counts_in(figures, 5.9)


def test_four_digit_sum_before_slash_unit_is_no_year() -> None:
    figures = story_figures("Skim powder traded around the $2100/tonne mark last week.")
    assert any(f.value == 2100 and f.unit == "USD" for f in figures)


def test_four_digit_year_alone_stays_a_year() -> None:
    figures = story_figures("Prices last reached that level in 2014, the co-op said.")
    assert not any(f.value == 2014 for f in figures)


def test_slash_unit_sum_before_a_noun_counts_the_noun() -> None:
    figures = story_figures("Tarvona Milk has forecast a $7.10/kg milk price for the coming season.")
    assert counts_in(figures, 7.1) == "milk price"


def test_slash_unit_sum_after_a_verb_keeps_its_reading() -> None:
    figures = story_figures("Wholesale power cost €95/MWh on average in March.")
    assert "milk" not in counts_in(figures, 95)


# --- a pronoun after a fronted adverbial; another name for the subject in apposition ---


def test_pronoun_after_fronted_adverbial_is_the_measure_before() -> None:
    figures = story_figures(
        "Bad loans rose 4.2% to Rs 8,100 crore in the March quarter.",
        "On a year-on-year basis, it jumped 19.5% from Rs 6,780 crore.",
    )
    assert "loans" in counts_in(figures, 19.5)


def test_pronoun_after_fronted_adverbial_with_its_own_noun_keeps_it() -> None:
    figures = story_figures(
        "Bad loans rose 4.2% to Rs 8,100 crore in the March quarter.",
        "On the same day, it added 340 branches.",
    )
    assert "branches" in counts_in(figures, 340)


def test_subject_with_acronym_and_or_apposition() -> None:
    figures = story_figures(
        "Net fee income (NFI), or the income a lender earns from charges on accounts, increased 14.20% to Rs 920 crore."
    )
    assert counts_in(figures, 14.2) == "Net fee income"


# --- a level and a baseline told in clauses that share the subject: the measure of the figure before ---


def test_level_and_baseline_after_and_remained_at() -> None:
    figures = story_figures(
        "The country's leather exports increased by around 2.4 percent during the fiscal year and remained at "
        "$1.210 billion as compared to $1.182 billion in 2021-22, the bureau said."
    )
    assert "leather exports" in counts_in(figures, 1.21e9)
    assert "leather exports" in counts_in(figures, 1.182e9)


def test_level_after_a_time_reads_the_measure_before() -> None:
    figures = story_figures(
        "Tablet shipments grew 14 percent from 41.2 million units in Q1 2019 to a record 47.0 million in Q1 2020."
    )
    assert "shipments" in counts_in(figures, 47e6)


def test_reading_of_its_own_is_kept_after_a_level() -> None:
    figures = story_figures(
        "Leather exports rose 2.4 percent to $1.21 billion while footwear sales reached $300 million."
    )
    assert "footwear" in counts_in(figures, 300e6)


def test_bracketed_change_after_a_count_and_its_noun() -> None:
    figures = story_figures("Kestrel shipped 12.4 million units (+8.3 percent) in the quarter.")
    assert "units" in counts_in(figures, 8.3)


# --- the lead's shapes: "on an equivalent measure of", "£530m more to spend", "60p in every pound" ---


def test_profits_on_a_measure_of() -> None:
    figures = story_figures("The lender posted profits on an adjusted measure of £8.41bn, up from £7.9bn.")
    assert counts_in(figures, 8.41e9) == "profits"
    assert counts_in(figures, 7.9e9) == "profits"


def test_measure_of_without_on_keeps_its_reading() -> None:
    figures = story_figures("The index, a measure of factory output, rose to 51.2 in May.")
    assert "profits" not in counts_in(figures, 51.2)


def test_sum_more_to_spend() -> None:
    figures = story_figures("The health board will have £214m more to spend next year.")
    assert counts_in(figures, 214e6) == "more to spend"


def test_sum_more_than_keeps_its_reading() -> None:
    figures = story_figures("The board spent £214m more than it planned on agency staff.")
    assert "to spend" not in counts_in(figures, 214e6)


def test_pence_in_every_pound() -> None:
    figures = story_figures("The trust spends about 72p in every pound on patient care.")
    assert counts_in(figures, 72).startswith("in every pound")


def test_pence_alone_keeps_its_reading() -> None:
    figures = story_figures("A loaf now costs 72p more than last spring.")
    assert "every" not in counts_in(figures, 72)


def test_level_after_a_participle_of_change() -> None:
    figures = story_figures("Voice revenues were nearly flat, increasing 1.6 per cent year-on-year to Sh41.20 billion.")
    assert counts_in(figures, 41.2e9) == "Voice revenues"


# --- tonnes written "t", a change "declined by 5 t to 75 t", the issuer after a dollar sign ---


def test_tonnes_written_t() -> None:
    figures = story_figures("Copper output rose 3% to 41.5 tonnes, up from 40.2t in the March quarter.")
    assert any(f.value == 40.2 and f.unit == "tonnes" for f in figures)


def test_declined_by_to_is_two_figures() -> None:
    figures = story_figures("Zinc production declined by 4 t to 61 t in the quarter, the consultants said.")
    assert {f.value for f in figures if f.unit == "tonnes"} == {4, 61}


def test_between_tonnes_stays_a_range() -> None:
    figures = story_figures("Each barge carries between 40 t and 60 t of ore.")
    assert any(f.value == 40 and f.value_max == 60 for f in figures)


def test_issuer_after_dollar_sign() -> None:
    figures = story_figures("The metal traded at around $US1720 an ounce on Friday.")
    assert any(f.value == 1720 and f.unit == "USD" for f in figures)


def test_model_letters_before_digits_stay_no_figure() -> None:
    figures = story_figures("The airline ordered more US1580 parts for its A320 fleet.")
    assert not any(f.value in (1580, 320) for f in figures)


def test_profit_before_tax_keeps_its_name() -> None:
    # (near miss of the "excluding" subject: "before" names the measure, its words stay)
    figures = story_figures("Profit before tax and exceptional items rose 8 per cent to £41m.")
    assert counts_in(figures, 41e6) == "Profit before tax and exceptional items"
