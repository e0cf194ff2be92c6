"""Round 32 (k-fig30): what English figures of business, markets and property count, by the grammar that carries it.

Made-up sentences of the shapes read on news pages of company results, house prices, oil and trade reports, each
with near misses that keep their old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_in, nth_counts_of, story_figures, values_of

# --- a mark the measure left or passed ("down from a recent high of N"): the measure's, the mark kept ---


def test_mark_after_from_is_the_level_of_the_figure_before() -> None:
    text = "The store's margin slowed to 4% in May, down from a record high of 6.2% in January."
    reading = nth_counts_of(text, 6.2)
    assert "margin" in reading and "record high" in reading


def test_mark_in_a_list_of_earlier_levels() -> None:
    text = "The index shows a 3.1% growth rate in March, down from 4.2% in February and a high of 8.8% in June."
    assert "growth rate" in nth_counts_of(text, 8.8)


def test_mark_left_by_the_subject_of_a_verb_of_change() -> None:
    text = "A survey found that the group's output has fallen to the lowest in six years in May at 1.2 million tonnes."
    reading = nth_counts_of(text, 1.2e6)
    assert "output" in reading and "lowest" in reading


def test_mark_of_an_absolute_with_phrase_and_the_level_after_it() -> None:
    text = "Fares have not fallen as fast, with the average ticket down from March's peak of 410p to 385p."
    assert "average ticket" in nth_counts_of(text, 410)
    assert "average ticket" in nth_counts_of(text, 385)


def test_mark_of_this_is_down_from_is_what_the_sentence_before_counted() -> None:
    figures = story_figures(
        "Average rents fell to £706 a month in June.", "This is down from May's record high of £716."
    )
    reading = counts_in(figures, 716)
    assert "rents" in reading.lower() and "record high" in reading


def test_near_miss_marks_keep_their_reading() -> None:
    # reached marks are read by level_marks_en; an owner already named stays
    assert "waiting list" in nth_counts_of("The waiting list hit a new high of 7.7 million.", 7.7e6)
    assert "high" in nth_counts_of("The stock closed at a record high of $41.20.", 41.2)
    # no mark: the reading is unchanged
    assert "margin" in nth_counts_of("The store's margin slowed to 4% in May.", 4)


# --- a place the change happened in is where, not what: "increased in Canada by 1.2%" ---


def test_place_between_verb_and_figure_is_not_what_is_counted() -> None:
    reading = nth_counts_of("Over the year, employment has increased in Canada by 1.2%.", 1.2)
    assert reading.startswith("employment")


def test_place_after_a_level_is_not_what_is_counted() -> None:
    assert nth_counts_of(
        "Rents decreased in May to an average of £806 per month in England and Wales.", 806
    ).startswith("Rents")
    text = "Shares of the bank fell $1.20, or 4.1 per cent, to $28.30 in New York."
    assert nth_counts_of(text, 28.3).startswith("Shares")


def test_near_miss_places_keep_their_reading() -> None:
    # a sum "in" a noun that is no place is what is counted
    assert "insurance claims" in nth_counts_of("The storm caused $10bn in insurance claims.", 1e10)
    assert "Sales" in nth_counts_of("Sales grew in the region by 5% last year.", 5)


# --- a gapped list of changes: "by 0.1% in Leeds, by 0.2% in the north-west, and by one per cent in X" ---


def test_later_members_of_a_gapped_list_count_what_the_first_counts() -> None:
    text = "Prices rose by 0.1 per cent in Leeds and the north-west, by 0.2 per cent in the south-east and by one per cent in the capital."
    assert "Prices" in nth_counts_of(text, 0.2)
    assert "Prices" in nth_counts_of(text, 1)


def test_near_miss_gapped_list_of_another_unit_keeps_its_reading() -> None:
    assert "points" in nth_counts_of("The rate was cut by 0.25 points to 4.5%, and to 4.25% in June.", 0.25)
    assert "rate" in nth_counts_of("The rate was cut by 0.25 points to 4.5%, and to 4.25% in June.", 4.25)


# --- a percentage's change in a head of quantity: "a 23 per cent increase in the number of buyers" ---


def test_change_in_a_head_of_quantity_keeps_its_of() -> None:
    assert "number of buyers" in nth_counts_of("There was a 23 per cent increase in the number of buyers.", 23)
    assert "price of oil" in nth_counts_of("There was a 4% rise in the price of oil on Monday.", 4)
    text = "Agents saw a 12% fall in the number of new listings looking for buyers."
    assert nth_counts_of(text, 12).endswith("number of new listings")


def test_near_miss_change_in_a_plain_noun_keeps_its_reading() -> None:
    assert nth_counts_of("A 9.4% jump in like-for-like sales over Christmas pleased the board.", 9.4) == (
        "jump in like-for-like sales"
    )
    assert nth_counts_of("A 3% fall in the share price hit the bank.", 3) == "fall in share price (hit the bank)"


# --- a market move told three times: "A fell $2.80, or 3.87 per cent, to trade at $69.52" ---


def test_move_in_percent_and_level_count_what_the_sum_counts() -> None:
    text = (
        "Meanwhile, oil prices dipped as West Texas Intermediate contract for March fell $1.80, or 2.87 per cent,"
        " to trade at $61.52 a barrel."
    )
    assert "contract" in nth_counts_of(text, 2.87)
    assert "contract" in nth_counts_of(text, 61.52)
    assert "Shares" in nth_counts_of("Shares in the miner fell 12p, or 3 per cent, to trade at 390p.", 390)


def test_near_miss_per_share_apposition_keeps_its_reading() -> None:
    text = "The company earned $643 million, or $1.12 a share, in the quarter."
    assert "per share" in nth_counts_of(text, 1.12)


# --- a number naming a statistic's span or a rhythm is no figure: "three month rolling average", "3m/3m" ---


def test_window_of_a_statistic_is_no_figure() -> None:
    assert values_of("The three month rolling average shows growth of 2%.") == [2]
    assert values_of("A 12-week moving average of 4,000 cases was reported.") == [4000]
    assert values_of("The 3m/3m growth rate slowed to 2%.") == [2]
    assert values_of("Ministers held their six-monthly meeting.") == []


def test_near_miss_spans_and_lengths_stay_figures() -> None:
    assert 3 in values_of("The climber fell 3m to the ground.")
    assert 3 in values_of("They ran a three month trial with 200 patients.")
    assert 3 in values_of("Growth over the past three months was 2%.")


# --- "as compared to" is what a sum is set against, not what it is given "as" ---


def test_as_compared_to_is_no_noun_of_the_sum() -> None:
    text = "Profits at the operating level were €2.27m as compared to €4.38m last year."
    assert nth_counts_of(text, 2.27e6) == "Profits"
    assert nth_counts_of(text, 4.38e6) == "Profits"


def test_near_miss_sum_given_as_something_keeps_its_noun() -> None:
    assert "compensation" in nth_counts_of("The firm paid $5 million as compensation to the families.", 5e6)


# --- a number opening a company's registered name is no figure ---


def test_number_opening_a_registered_name_is_no_figure() -> None:
    assert values_of("The 360 Capital Group Ltd share price is soaring 10.12% today.") == [10.12]


def test_near_miss_count_before_a_company_name_stays() -> None:
    assert 500 in values_of("About 500 Barclays Group staff will lose their jobs.")
    assert 200 in values_of("Some 200 Tesco workers went on strike.")


# --- a change set off by a dash or told in a relative clause counts what the figure before counts ---


def test_change_after_a_dash_counts_the_level_before() -> None:
    text = "The average home in the UK stood at £202,859 in September – down 0.9% from August."
    assert nth_counts_of(text, 0.9) == "average home"


def test_change_in_a_relative_clause_counts_the_level_before() -> None:
    text = "Exports reached $34.64 billion, which was 49.44 per cent higher than last year."
    assert "Exports" in nth_counts_of(text, 49.44)


def test_near_miss_change_with_its_own_noun_keeps_it() -> None:
    text = "The average home stood at £202,859 – down 0.9% from August, while rents rose 2% in the period."
    assert nth_counts_of(text, 2) == "rents"


# --- a baseline restated per share is the whole sum ---


def test_baseline_restated_per_share_is_the_whole() -> None:
    text = "The company earned $643 million, or $1.12 a share, up from $482.5 million, or 84 cents a share, a year earlier."
    assert not nth_counts_of(text, 482.5e6).endswith("(per share)")
    assert nth_counts_of(text, 84).endswith("(per share)")


def test_near_miss_per_share_baseline_keeps_its_label() -> None:
    text = "The company earned $1.12 a share, up from 84 cents a share a year earlier."
    assert nth_counts_of(text, 84).endswith("(per share)")


# --- East African and Indian sums: "Sh5.7 billion", "8.53 billion shillings", "Rs 6 lakh crore" ---


def test_kenyan_shilling_sign_against_the_digits_is_money() -> None:
    figures = story_figures("Its earnings for the period stood at Sh5.7 billion, compared to Sh4.92 billion in 2014.")
    assert [(f.value, f.unit) for f in figures] == [(5.7e9, "KES"), (4.92e9, "KES")]
    assert "earnings" in counts_in(figures, 5.7e9)


def test_shillings_after_the_number_are_the_unit() -> None:
    figures = story_figures("Its pretax profit rose to 8.53 billion shillings from 6.19 billion shillings.")
    assert figures[0].unit == "KES" and "profit" in (figures[0].counts or "")


def test_lakh_crore_stacks_its_scales() -> None:
    assert values_of("The market cap of listed companies fell by about Rs 6 lakh crore today.") == [6e12]
    assert values_of("The state will spend Rs 2,000 crore on roads.") == [2e10]


def test_near_miss_lakh_and_sh_alone_keep_their_reading() -> None:
    assert values_of("About 5 lakh people attended the fair.") == [5e5]
    assert 5 in values_of("Shares of 5 firms rose.")


# --- a clause word glued into a compound by a hyphen opens no clause: "its after-tax earnings stood at" ---


def test_hyphenated_clause_word_is_part_of_the_subject() -> None:
    assert nth_counts_of("It said its after-tax earnings stood at $5.7 billion.", 5.7e9) == "after-tax earnings"


def test_near_miss_clause_word_alone_still_opens_a_clause() -> None:
    assert nth_counts_of("Shares fell after the firm said sales rose 5%.", 5) == "sales"


# --- the baseline of "a N% jump from the $X", a level in "which went up ... to $X", a rating before a plural ---


def test_baseline_after_a_noun_of_change_counts_the_sum_before() -> None:
    text = "Revenues were $14.8 billion, representing a 27 per cent jump from the $11.7 billion recorded a year ago."
    assert nth_counts_of(text, 11.7e9) == "Revenues (recorded)"
    assert nth_counts_of(text, 27) == "jump (Revenues)"
    text = "Profit was $5m, a 10% rise on the $4.5m made a year earlier."
    assert nth_counts_of(text, 4.5e6) == "Profit (made)"


def test_near_miss_change_to_a_level_keeps_its_reading() -> None:
    assert "dividend" in nth_counts_of("Profit was $5m, and the board announced a 10% rise in the dividend to 14p.", 14)


def test_level_in_a_relative_clause_counts_the_antecedent() -> None:
    text = "Higher operating costs which went up by about a quarter to $8.7 billion weighed on profit."
    assert nth_counts_of(text, 8.7e9) == "operating costs (weighed on profit)"


def test_near_miss_count_in_a_relative_clause_keeps_its_noun() -> None:
    assert nth_counts_of("A firm that grew to 500 staff was sold.", 500) == "staff (sold)"


def test_power_rating_before_a_bare_plural_rates_it() -> None:
    assert nth_counts_of("The farm is powered by 100 Vestas 2.2MW turbines.", 2.2) == "turbines"
    assert nth_counts_of("The firm builds 50MW solar farms.", 50) == "solar farms"


def test_near_miss_power_before_a_preposition_keeps_its_reading() -> None:
    assert nth_counts_of("Capacity reached 900 megawatts across the US.", 900) == "Capacity"


def test_per_share_baseline_counts_what_the_sum_before_counts() -> None:
    text = "It recommended a dividend of 30 cents a share, from 20 cents in the previous year."
    assert nth_counts_of(text, 20) == nth_counts_of(text, 30)


# --- digits grouped the Indian way, and kinds named by a number ---


def test_indian_grouped_digits_are_one_number() -> None:
    text = "Passenger car sales rose to 1,42,201 units in February against 1,33,572 units a year ago."
    assert values_of(text) == [142201, 133572]
    assert values_of("Two-wheeler dispatches rose to 11,29,661 units.") == [1129661]


def test_near_miss_other_groupings_keep_their_reading() -> None:
    assert values_of("Sales rose to 142,201 units.") == [142201]
    assert values_of("The scores were 4, 42 and 201.") == [4, 42, 201]


def test_number_naming_a_kind_is_no_figure() -> None:
    assert values_of("The total two-wheeler wholesale dispatches rose 8 per cent.") == [8]
    assert values_of("Daft confirmed a two-tier housing market.") == []


def test_near_miss_count_of_wheelers_stays() -> None:
    assert values_of("He owns two wheelers and three cars.") == [2, 3]


# --- a transitive verb of change: its object is what the size counts ---


def test_object_of_a_verb_of_change_is_what_the_size_counts() -> None:
    text = "Samsung increased its global smartphone market share 0.4 percentage points to 31.4 percent."
    assert nth_counts_of(text, 0.4) == "global smartphone market share"
    assert nth_counts_of(text, 31.4) == "global smartphone market share"
    assert nth_counts_of("The group plans to curb output by more than half a million barrels.", 5e5) == "output"


def test_near_miss_subject_changes_keep_their_reading() -> None:
    assert nth_counts_of("Sales grew by 5% in the year.", 5) == "Sales"
    assert nth_counts_of("The company cut 500 jobs.", 500).startswith("jobs")
    assert nth_counts_of("The economy grew quickly by 5%.", 5) == "economy"


# --- a wage per hour says so ---


def test_rate_sum_names_its_rate() -> None:
    assert nth_counts_of("The firms paid 50 workers as little as $2.43 per hour.", 2.43).endswith("(per hour)")
    assert nth_counts_of("The workers earned $15 an hour.", 15).endswith("(per hour)")


def test_near_miss_sums_without_a_rate_keep_their_reading() -> None:
    assert nth_counts_of("Rents rose to £806 a month.", 806) == "Rents"  # (a month's rate is no noun of it)
    assert nth_counts_of("It costs £5 a head-to-head.", 5).find("per") < 0


def test_a_year_earlier_is_no_rate() -> None:
    text = "Its pretax profit rose to $8.53 billion from $6.19 billion a year earlier."
    assert nth_counts_of(text, 6.19e9) == "pretax profit"


def test_baseline_after_a_bracketed_conversion_counts_the_sum_before() -> None:
    text = "Its pretax profit rose to 8.53 billion shillings ($57 million) from 6.19 billion shillings a year earlier."
    assert nth_counts_of(text, 6.19e9) == "pretax profit"


# --- "in volume terms" says how a change is reckoned ---


def test_change_in_volume_terms_counts_the_subject() -> None:
    text = "The country's gold output fell by 21.2 percent in volume terms in December."
    assert nth_counts_of(text, 21.2) == "country's gold output"


def test_near_miss_change_in_a_noun_keeps_it() -> None:
    assert nth_counts_of("Exports saw a 5% rise in volume last year.", 5).startswith("rise in volume")
