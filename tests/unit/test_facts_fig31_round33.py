"""Round 33 (k-fig31): what English figures of business, trade, markets and energy count, by the grammar that
carries it.

Made-up sentences of the shapes read on news pages of company results, trade balances, house prices, oil and
currency reports, each with near misses that keep their old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_in, story_figures

# --- currency letters glued to the digits ("N2.2 trillion", "R9.3bn") read like a "$" before them ---


def test_naira_after_of_reads_the_noun_before_of() -> None:
    figures = story_figures(
        "Sales reached N4.1 trillion and costs stood at N3.2 trillion, which leaves an operating margin of N0.9 trillion."
    )
    assert "margin" in counts_in(figures, 0.9e12)
    assert counts_in(figures, 3.2e12) == "costs"


def test_rand_after_possessive_noun_of() -> None:
    figures = story_figures("The shortfall came in at a third of June's budget deficit of R7.4bn, the agency said.")
    assert "deficit" in counts_in(figures, 7.4e9)


def test_rand_reads_as_the_dollar_sign_does() -> None:
    for sign in ("R", "$"):
        figures = story_figures(f"Output fell to {sign}12.5bn, a sharp reversal from a trade surplus of {sign}3.1bn.")
        assert "surplus" in counts_in(figures, 3.1e9), sign


def test_letters_that_are_no_currency_stay_words() -> None:
    # near miss: "N95" is a mask's name, not a naira sum; its noun stays in the reading of the sum after it
    figures = story_figures("The agency bought N95 masks worth Sh40 million last month.")
    assert "masks" in counts_in(figures, 40e6)
    assert [f.text for f in figures] == ["40 million"]


# --- a price per unit written with a slash ("$49/bbl", "€95/MWh") is a figure, not a model's code ---


def test_price_per_unit_after_a_slash_is_a_figure() -> None:
    figures = story_figures("The price of Brent has risen by almost 6% to nearly $51/bbl (£39.1/bbl).")
    assert "price" in counts_in(figures, 51)
    assert counts_in(figures, 39.1)
    power = story_figures("Wholesale power for next winter traded at €132/MWh on Monday.")
    assert [f.value for f in power] == [132]


def test_slash_after_a_bare_number_is_still_a_code() -> None:
    # near miss: no currency sign, so "737/MAX" stays a model's name and "24/7" no figure
    figures = story_figures("The airline grounded its 737/MAX fleet and runs a 24/7 helpline.")
    assert not [f for f in figures if f.value in (737, 24, 7)]


# --- a participle of moving brings its object to a level: the object (a pronoun: the measure before) ---


def test_pronoun_object_of_taking_is_the_measure_that_changed() -> None:
    figures = story_figures("Asking rents rose 1.4 per cent on the month, taking them to an average £1,340.")
    assert counts_in(figures, 1340) == "Asking rents (average)"


def test_object_taken_to_a_record_high_keeps_the_mark() -> None:
    figures = story_figures("With rents up 3 per cent, taking the average monthly rent to a record high of £2,116.")
    assert counts_in(figures, 2116) == "average monthly rent (record high)"


def test_plain_object_reading_is_kept_and_no_prior_figure_leaves_the_pronoun() -> None:
    # near misses: a plain noun object was already read; "took them to 45 points" has no measure before it
    figures = story_figures("Sales rose 4%, taking the company's annual revenue to $3.2 billion.")
    assert counts_in(figures, 3.2e9) == "company's annual revenue"
    win = story_figures("The win took them to 45 points.")
    assert "points" in counts_in(win, 45)


# --- a market's close or open told by a pronoun: what the sentence before moved ---


def test_pronoun_that_closed_lower_at_a_level_is_the_market_before() -> None:
    figures = story_figures(
        "The shilling opened at 129.40 and fell as much as 0.5% to 130.05 against the dollar.",
        "It closed 0.3% lower at 129.80.",
    )
    assert counts_in(figures, 129.80) == "shilling"
    assert counts_in(figures, 0.3) == "shilling"


def test_pronoun_that_ended_the_session_at_a_level() -> None:
    figures = story_figures("Shares of the miner fell 3% to $12.50 in early trade.", "They ended the session at $12.66.")
    assert counts_in(figures, 12.66) == "Shares of the miner"


def test_pronoun_with_its_own_noun_keeps_it() -> None:
    # near miss: the clause names what it counts ("12 places"), so the sentence before says nothing of it
    figures = story_figures("The club rose to 40 points.", "It closed the season 12 places higher.")
    assert "places" in counts_in(figures, 12)


# --- basis points glued to the digits ("4bps", "25bp") are a unit ---


def test_basis_points_glued_to_digits() -> None:
    figures = story_figures("The yield on the bond fell 6bps to close at 7.12%.")
    assert [(f.value, f.unit) for f in figures] == [(6, "basis points"), (7.12, "percent")]


# --- a level reached "in early trade": the trading is when, the subject is what ---


def test_level_in_early_trade_counts_the_subject() -> None:
    figures = story_figures("Shares of the brewer fell 4% to $31.20 in early trade on Tuesday.")
    assert counts_in(figures, 31.20) == "Shares of the brewer"


def test_sum_in_trade_without_a_level_keeps_its_reading() -> None:
    # near miss: no "to"/"at" before the sum, so "in trade" is what the sum is of
    figures = story_figures("The pact covers $7bn in trade between the two neighbours.")
    assert "trade" in counts_in(figures, 7e9)


# --- a per-share sum after ", or" restates the sum right before it ---


def test_per_share_restatement_after_compared_with() -> None:
    figures = story_figures(
        "The brewer's net income was $612 million, or 71 cents per share, compared with $540 million, or 63 cents "
        "per share, a year earlier."
    )
    assert counts_in(figures, 63) == "brewer's net income (per share)"


def test_per_share_sum_with_no_sum_before_keeps_its_reading() -> None:
    # near miss: no sum right before ", or"; the per-share dividend is read as it was
    figures = story_figures("The board raised its dividend to 45 cents a share from 40 cents.")
    assert "dividend" in counts_in(figures, 45)


# --- a baseline described by a relative clause with no "that": the measure before it ---


def test_baseline_with_a_contact_clause_counts_the_measure_before() -> None:
    figures = story_figures("Operating margin was 14.2 per cent, up from the 12.8 per cent the retailer achieved in 2022.")
    assert counts_in(figures, 12.8) == "Operating margin"
    homes = story_figures("The builder sold 1,300 homes, more than the 1,150 the firm built last year.")
    assert counts_in(homes, 1150) == counts_in(homes, 1300)


def test_baseline_with_its_own_noun_keeps_it() -> None:
    # near miss: the figure after "from the" has a noun of its own, no contact clause
    figures = story_figures("Margin rose to 14 per cent, up from the 12 per cent target the board set.")
    assert counts_in(figures, 12) != "Margin"


# --- an absolute "with X at N" and its next conjunct "and Y amounting to M" ---


def test_absolute_with_at_and_its_conjunct() -> None:
    figures = story_figures(
        "Trade grew 4.1 percent on the quarter, with total exports at $7.4 billion and imports amounting to $6.9 billion."
    )
    assert counts_in(figures, 7.4e9) == "total exports"
    assert counts_in(figures, 6.9e9) == "imports"


def test_with_a_pronoun_or_a_share_of_a_vote_keeps_its_reading() -> None:
    # near miss: "with 45% of the vote" has no noun between "with" and the figure
    figures = story_figures("She won with 45% of the vote, with turnout at 61%.")
    assert "vote" in counts_in(figures, 45)
    assert counts_in(figures, 61) == "turnout"


# --- brackets: a converted sum after a hyphenated currency word; a level after the time compared with ---


def test_conversion_after_a_hyphenated_currency_word() -> None:
    figures = story_figures("The 4.2 billion-rand ($290 million) deficit was smaller than expected.")
    assert counts_in(figures, 290e6) == counts_in(figures, 4.2e9)


def test_bracket_after_the_amount_compared_with_counts_what_changed() -> None:
    figures = story_figures(
        "Total exports increased by 6.2 percent when compared to the amount recorded in the first quarter of 2022 "
        "($3,140.5 billion)."
    )
    assert counts_in(figures, 3140.5e9) == "Total exports"


def test_bracket_with_its_own_noun_after_a_comparison_keeps_it() -> None:
    # near miss: the bracket is a count of stores (no currency), and "$2m each" follows its own noun
    figures = story_figures("Sales rose 3% compared with last year, when the firm had 40 stores ($2m each).")
    assert counts_in(figures, 2e6) == "stores"


# --- a period's code after a sum ("in Q1") is when, not what ---


def test_period_code_after_a_sum_is_a_time() -> None:
    figures = story_figures("The country's total trade was $9.6 billion in Q3, the bureau said.")
    assert counts_in(figures, 9.6e9) == "country's total trade"


# --- a second, subjectless verb of change after ", but" shares the first verb's subject ---


def test_second_verb_of_change_shares_the_first_subject() -> None:
    figures = story_figures(
        "Total imports increased by 3.1 per cent compared to the value recorded in the previous quarter, but "
        "declined by 8.4 per cent when compared to the same quarter of 2022."
    )
    assert counts_in(figures, 8.4) == "Total imports"


def test_second_verb_with_its_own_subject_keeps_it() -> None:
    # near miss: "but revenue declined" names its own subject
    figures = story_figures("Profit rose 5% to $3m, but revenue declined by 2%.")
    assert counts_in(figures, 2) == "revenue"


def test_intraday_after_a_level_is_no_noun() -> None:
    figures = story_figures("The peso opened at 17.12 and fell as much as 0.4% to 17.19 intraday.")
    assert counts_in(figures, 17.19) == "peso"


# --- "units" as a level's only noun: what the change or the clause counts ---


def test_units_level_counts_what_changed() -> None:
    figures = story_figures("New van registrations fell by 12.4% in March to 41,209 units.")
    assert counts_in(figures, 41209) == "New van registrations (units)"
    span = story_figures("Year to date registrations were down 2.2% from 1,402,118 to 1,371,310 units.")
    assert counts_in(span, 1371310) == "Year-to-date registrations (units)"


def test_units_with_their_own_noun_or_verb_are_kept() -> None:
    # near misses: "housing units" names what is counted; "units sold" has its verb after the figure
    figures = story_figures("The council plans to build 300 housing units.", "The firm sold 45,000 units in the quarter.")
    assert "housing units" in counts_in(figures, 300)
    assert counts_in(figures, 45000) == "units sold"


def test_units_level_after_a_participle_object() -> None:
    figures = story_figures("Pre-registrations pushed the market to just under 470,000 units.")
    assert counts_in(figures, 470000) == "market"


# --- a currency code written before the sum with a space ("Kes 77.4 Million") ---


def test_code_before_a_sum_is_its_currency_and_no_word_of_it() -> None:
    figures = story_figures("The bourse reported a net profit of Kes 61.2 Million for the half year.")
    assert [(f.value, f.unit) for f in figures] == [(61.2e6, "KES")]
    assert counts_in(figures, 61.2e6) == "net profit"


# --- "year to date", "month on month" written open are one modifier ---


def test_open_year_to_date_is_one_modifier() -> None:
    figures = story_figures("Year to date deliveries were down 4.1% at the end of May.")
    assert counts_in(figures, 4.1) == "Year-to-date deliveries"


# --- a baseline after a change noun with no article ("a 30% reduction from $110.7 million") ---


def test_baseline_after_a_change_noun_without_article() -> None:
    figures = story_figures("The bourse reported a net profit of $41.3 million, a 22% reduction from $52.9 million.")
    assert counts_in(figures, 52.9e6) == "net profit"
    posted = story_figures("The firm reported a profit of $3.1bn, an improvement from $2.4bn posted a year earlier.")
    assert counts_in(posted, 2.4e9) == "profit (posted)"


def test_count_after_a_change_noun_keeps_its_own_noun() -> None:
    # near miss: no sum; "5,000 staff" names what it counts
    figures = story_figures("The firm cut 500 jobs, a 10% reduction from 5,000 staff.")
    assert counts_in(figures, 5000) == "staff"


# --- "and" inside the subject's complement ("Exports of dairy products and eggs were down") ---


def test_and_inside_the_complement_before_a_copula_of_change() -> None:
    figures = story_figures("Exports of cheese and butter in January to April were down 4.2% to €512m.")
    assert counts_in(figures, 4.2) == "Exports of cheese and butter"
    assert counts_in(figures, 512e6) == "Exports of cheese and butter"


def test_and_inside_the_complement_after_a_clause_of_saying() -> None:
    figures = story_figures("The group said losses at its games and media division narrowed to $71 million.")
    assert counts_in(figures, 71e6) == "losses"


def test_and_between_two_clauses_keeps_the_second_subject() -> None:
    # near miss: a verb before "and" makes it join clauses; the second clause's subject counts
    figures = story_figures("Sales rose and the price of gas fell 4%.")
    assert counts_in(figures, 4) == "price of gas"


# --- "with X rising by N" is an absolute phrase; a change restated as a percentage in brackets ---


def test_absolute_with_a_change_and_its_bracketed_percentage() -> None:
    figures = story_figures("Dairy led the gains, with exports in that sector rising by €118m (14%) on the year.")
    assert counts_in(figures, 118e6) == "exports in that sector"
    assert counts_in(figures, 14) == "exports in that sector"


def test_bracketed_percentage_after_a_sum_shares_its_reading() -> None:
    figures = story_figures("Exports of beef were up €42m (9%) on the same month of last year.")
    assert counts_in(figures, 9) == counts_in(figures, 42e6)


# --- "a 16 per cent rise to €1,338 million in exports": what changed is named after the level ---


def test_change_to_a_level_in_a_measure() -> None:
    figures = story_figures("The data show a 21 per cent rise to €610 million in exports to Canada.")
    assert counts_in(figures, 21) == "rise in exports"


def test_change_to_a_level_in_a_month_keeps_its_reading() -> None:
    # near miss: "in March" is when
    figures = story_figures("Profit saw a 5% rise to $3m in March.")
    assert counts_in(figures, 5) == "rise"


def test_units_of_a_change_by_and_of_a_rate() -> None:
    figures = story_figures(
        "Housing starts in Manitoba fell by nearly 2,100 units to 6,400 while activity in Nova Scotia fell by 900 "
        "units to 3,100 units."
    )
    assert counts_in(figures, 2100) == "Housing starts (units)"
    assert counts_in(figures, 6400) == "Housing starts (units)"
    assert counts_in(figures, 900) == "activity (units)"
    rate = story_figures("Rural starts were estimated at a seasonally adjusted annual rate of 12,488 units.")
    assert counts_in(rate, 12488) == "Rural starts (units)"


# --- a fiscal year written "2022-'23" is a date, not a figure ---


def test_fiscal_year_with_an_apostrophe_is_no_figure() -> None:
    figures = story_figures("The economy grew by 6.4% in the first quarter of the financial year 2023-'24.")
    assert [f.value for f in figures] == [6.4]


def test_units_averaged_and_the_figures_that_shared_the_reading() -> None:
    figures = story_figures(
        "Housing starts averaged 201,400 units in the second quarter, up 8.1 per cent from 186,300 units in the first."
    )
    assert counts_in(figures, 201400) == "Housing starts (units)"
    assert counts_in(figures, 8.1) == "Housing starts"
    assert counts_in(figures, 186300) == "Housing starts (units)"


# --- "It was 34.2% last year": a pronoun, a copula and a bare level restate the measure before ---


def test_pronoun_copula_level_restates_the_measure_before() -> None:
    figures = story_figures("Direct tax receipts stood at 31.8% of the budget estimate.", "It was 29.5% last year.")
    assert "Direct tax receipts" in counts_in(figures, 29.5)


def test_pronoun_copula_level_in_another_unit_stays_unread() -> None:
    # near miss: no figure of its unit before it
    figures = story_figures("He scored 40 points.", "It was 12 degrees outside.")
    assert "points" not in counts_in(figures, 12)


# --- a change in apposition after a figure's clause ("..., a fall of 5 per cent", "..., a 10% rise") ---


def test_apposed_change_after_a_long_clause() -> None:
    figures = story_figures(
        "Some 1.83 million passengers passed through the regional airport last year, a fall of 4 per cent from 1.91 "
        "million."
    )
    assert counts_in(figures, 4) == "fall (passengers)"
    money = story_figures("Operating profit was $7.2m, a 12% rise from $6.4m a year earlier.")
    assert counts_in(money, 12) == "rise (Operating profit)"


def test_apposed_change_after_another_clause_keeps_its_reading() -> None:
    # near miss: "and costs rose" is another clause between the figure and the apposition
    figures = story_figures("Sales were $4m and costs rose, a 10% rise.")
    assert counts_in(figures, 10) == "rise"


# --- the subject of a gerund of change after a preposition ---


def test_gerund_of_change_after_a_complex_preposition() -> None:
    figures = story_figures(
        "The rise in revenue came on the back of the number of passengers on its routes increasing by 3.9% to 612,400."
    )
    assert "passengers" in counts_in(figures, 3.9)
    assert "passengers" in counts_in(figures, 612400)


def test_gerund_with_a_pronoun_subject_keeps_the_reading() -> None:
    # near miss: "it" says nothing of what changed
    figures = story_figures("The firm grew despite it falling by 3%.")
    assert counts_in(figures, 3) == "firm"


# --- a gapped list of change nouns: "a 12% increase in exports to X, an 11% increase to Y" ---


def test_later_change_noun_of_a_list_takes_the_first_in_phrase() -> None:
    figures = story_figures("There was a 14% increase in exports to Poland, a 9% increase to Spain, the office says.")
    assert counts_in(figures, 9) == "increase in exports"


def test_later_change_noun_with_its_own_in_phrase_keeps_it() -> None:
    # near miss: the second member names its own measure
    figures = story_figures("There was a 14% increase in exports to Poland and a 4% rise in imports.")
    assert counts_in(figures, 4) == "rise in imports"


# --- "such as" lists examples inside the subject ---


def test_such_as_examples_inside_the_subject() -> None:
    figures = story_figures(
        "Commercial projects such as offices and warehouses rose 6.2 per cent to $1.21 billion, the agency said."
    )
    assert counts_in(figures, 6.2) == "Commercial projects"
    assert counts_in(figures, 1.21e9) == "Commercial projects"


def test_as_still_opens_a_clause() -> None:
    # near miss: a plain "as" joins two clauses, each with its own subject
    figures = story_figures("Sales rose 5% as prices fell 2%.")
    assert counts_in(figures, 2) == "prices"


def test_and_inside_the_complement_after_a_comma_and() -> None:
    figures = story_figures(
        "The firm sold two million consoles, and losses at its games and devices unit shrank to $88 million."
    )
    assert counts_in(figures, 88e6) == "losses"


# --- round-31 dev shapes: a level pushed past a mark by an object in apposition; a fraction of a percentage point ---


def test_level_pushed_above_by_an_object_with_an_apposition() -> None:
    figures = story_figures(
        "Buyers pushed the city's main share index, the Harbour Composite, above 9,000 for the first time."
    )
    assert counts_in(figures, 9000) == "Harbour Composite"


def test_fraction_of_a_percentage_point_counts_what_changed() -> None:
    figures = story_figures("The survey shows the vacancy rate falling three-tenths of a percentage point to 4.2 percent.")
    fraction = [f for f in figures if f.text == "three-tenths"][0]
    assert (fraction.counts, fraction.unit) == ("vacancy rate", "percentage points")
    drop = story_figures("The vacancy rate was 4.2 percent, a drop of three-tenths of a percent from the prior month.")
    # (the change's noun; k-figs31's fraction_steps_en reads the same step, without the rate in brackets)
    assert [(f.counts or "").split(" (")[0] for f in drop if f.text == "three-tenths"] == ["drop"]


def test_fraction_of_a_whole_keeps_its_reading() -> None:
    # near miss: "two-thirds of voters" is a share of the voters
    figures = story_figures("About two-thirds of voters backed the plan.")
    assert [f.counts for f in figures] == ["voters"]


def test_run_of_straight_months_is_a_duration_of_what_lasted() -> None:
    figures = story_figures("Factories had added 30,000 jobs a month for four straight months.")
    run = [f for f in figures if f.value == 4][0]
    assert run.unit == "months" and "jobs" in (run.counts or "")


def test_absolute_with_a_light_verb_and_a_change_noun() -> None:
    figures = story_figures("Exports were €410m higher, with dairy products seeing a 17% rise on the year.")
    assert counts_in(figures, 17) == "dairy products"
