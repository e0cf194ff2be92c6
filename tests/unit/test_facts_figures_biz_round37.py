"""Round 37 (k-fig36): what English figures of company results, prices, trade and budgets count, and the sums the
Gulf and wire copy writes with a currency code against the digits.

Made-up sentences of the shapes read on results, housing, trade and budget pages from Ireland, India, the Gulf,
Nigeria, Canada and Australia, each with a near miss that keeps its old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_in, figures_of, story_figures


def _only(text: str) -> list[tuple[float | None, str | None, str]]:
    return [(f.value, f.unit, f.counts or "") for f in figures_of(text)]


# --- a plural head in -s that may be a verb, before an auxiliary or a past: "40,000 new accounts were opened" ---


def test_plural_head_before_auxiliary_is_the_noun() -> None:
    figures = figures_of("Some 25,000 new savings accounts were opened in March.")
    assert "accounts" in counts_in(figures, 25_000)


def test_plural_head_before_past_is_the_noun() -> None:
    figures = figures_of("About 25,000 new savings accounts opened in March.")
    assert "accounts" in counts_in(figures, 25_000)


def test_plural_head_before_have_been() -> None:
    figures = figures_of("Around 300 estimates have been revised since May.")
    assert "estimates" in counts_in(figures, 300)


def test_verb_in_s_after_a_noun_stays_a_verb() -> None:
    # near miss: a noun head before the verb in -s, which stays out of the phrase
    figures = figures_of("About 30 firms accounts for most sales.")
    assert "accounts" not in counts_in(figures, 30)


# --- a sum said of "it" after a change in percent: "It now stands at €247,000" ---


def test_pronoun_level_in_money_takes_the_measure_of_the_change_before() -> None:
    figures = story_figures("The average rent in the city rose 4% in the year.", "It now stands at £950 a month.")
    assert "rent" in counts_in(figures, 950)


def test_pronoun_level_in_money_after_a_sum_of_its_own_unit() -> None:
    figures = story_figures("The average rent was £900 in May.", "It now stands at £950.")
    assert "rent" in counts_in(figures, 950)


def test_share_after_pronoun_level_takes_the_same_measure() -> None:
    figures = story_figures(
        "The average price of a flat has risen by 6% in a year.",
        "It now stands at €310,000, 6% higher than a year ago.",
    )
    assert "price" in counts_in(figures, 310_000)


def test_pronoun_with_a_noun_of_its_own_keeps_it() -> None:
    # near miss: the pronoun's object names what the figure counts
    figures = story_figures("Shares in the lender rose 5% in the year.", "It now has 300 branches.")
    assert counts_in(figures, 300) == "branches"


# --- currency codes written against the digits: "AED151 million", "KD3.4 million", "OMR3.1 million" ---


def test_gulf_codes_against_the_digits_are_sums() -> None:
    assert _only("The group reported profit of AED151 million for the quarter.")[0][:2] == (151_000_000, "AED")
    assert _only("Net profit rose to KD3.4 million.")[0][:2] == (3_400_000, "KWD")
    assert _only("The bank made OMR3.1 million in the year.")[0][:2] == (3_100_000, "OMR")
    assert _only("Net income was BHD12.5 million.")[0][:2] == (12_500_000, "BHD")
    assert _only("Exports reached EGP1.2bn.")[0][:2] == (1_200_000_000, "EGP")


def test_code_in_a_word_is_no_sum() -> None:
    # near miss: letters inside a longer word before the digits name a model, no currency
    found = _only("The MAED151 engine was shown.")
    assert all(unit not in ("AED",) for _, unit, _ in found)


# --- "two-per-cent": Canadian copy hyphens the share ---


def test_hyphenated_per_cent_is_a_share() -> None:
    assert _only("Growth was a 2-per-cent rise.")[0][1] == "percent"
    assert _only("The bank expects two-per-cent growth.")[0][1] == "percent"


def test_hyphenated_cent_stays_cents() -> None:
    # near miss: a coin's value in cents
    assert _only("The 5-cent coin was dropped.")[0][1] == "cents"


# --- "a slide from the Dh1.43 billion a year ago": the baseline after a change noun ---


def test_slide_from_the_baseline_takes_the_measure() -> None:
    figures = figures_of("Revenue came to Dh1.1 billion, a slide from the Dh1.4 billion a year ago.")
    assert counts_in(figures, 1_400_000_000) == "Revenue"


def test_leap_from_baseline_in_pounds() -> None:
    figures = figures_of("Turnover came to £1.1bn, a leap from £0.4bn a year ago.")
    assert counts_in(figures, 400_000_000) == "Turnover"


def test_slide_from_a_count_is_left() -> None:
    # near miss: no sum, so no baseline of results copy
    figures = figures_of("Visitors fell to 1.1 million, a slide from the 1.4 million a year ago.")
    assert counts_in(figures, 1_400_000) != "Revenue"


# --- headlines that drop the article: "Acme posts 17% rise in net profit" ---


def test_headline_share_before_change_noun_without_article() -> None:
    assert _only("Brewer posts 17% rise in quarterly net profit")[0][2] == "rise in quarterly net profit"
    assert _only("Grocer reports 5% fall in sales")[0][2] == "fall in sales"


def test_share_after_a_verb_of_change_keeps_the_subject() -> None:
    # near miss: a verb of change, no verb of reporting, before the share
    assert _only("Shares fell 5% in May.")[0][2] == "Shares"


# --- headlines' verbs in the present after a plural: "40 companies record N6.8 trillion revenue" ---


def test_present_verb_before_a_sum_ends_the_plural_subject() -> None:
    assert counts_in(figures_of("40 lenders record N6.8 trillion revenue in 2022"), 40) == "lenders"
    assert counts_in(figures_of("12 insurers post $5bn profit"), 12) == "insurers"
    assert counts_in(figures_of("12 brewers rake in $2bn profit"), 12) == "brewers"


def test_participle_before_a_year_stays_in_the_phrase() -> None:
    # near miss: a participle and the year of its complement say which ones
    assert "retiring" in counts_in(figures_of("The cuts would be 9.9% for workers retiring in 2022."), 9.9)


def test_past_verb_before_a_sum_keeps_its_reading() -> None:
    # near miss: a past verb, read as before
    assert counts_in(figures_of("12 insurers paid $5bn in claims"), 12) == "insurers (paid)"


# --- the half, quarter or financial year of results copy is a time: "N808bn in H1 2022" ---


def test_half_year_label_after_a_sum_is_a_time() -> None:
    figures = figures_of("The cement maker followed with revenue of N808.04billion in H1 2022.")
    assert "H1" not in counts_in(figures, 808_040_000_000)
    assert "revenue" in counts_in(figures, 808_040_000_000)


def test_half_year_label_before_a_noun_keeps_the_noun() -> None:
    # near miss: the label modifies a noun of its own
    assert "loans" in counts_in(figures_of("The bank lent $5m in H1 loans."), 5_000_000)


# --- a verb of forecasting before a clause with no "that": "Analysts predicted the economy expanded 3.1 per cent" ---


def test_clause_after_predicted_has_its_own_subject() -> None:
    assert counts_in(figures_of("Analysts predicted the economy expanded 3.1 per cent."), 3.1) == "economy"
    assert counts_in(figures_of("It projected the jobless rate would rise to 6%."), 6) == "jobless rate"


def test_projected_before_an_object_keeps_the_object() -> None:
    # near miss: "projected" with its own object, no clause
    assert counts_in(figures_of("The bank projected a deficit of $5bn."), 5_000_000_000) == "deficit"
    assert counts_in(figures_of("Sales were projected to rise 5%."), 5) == "Sales"


# --- "making the total payout 25.25 cents": the object the participle sets to the figure ---


def test_making_the_object_the_figure() -> None:
    figures = figures_of("The miner declared a final dividend of 13 cents a share, making the total payout 25 cents.")
    assert counts_in(figures, 25) == "total payout"


def test_making_the_total_takes_the_earlier_noun() -> None:
    figures = figures_of("The chain hired 40 staff, making the total 340.")
    assert counts_in(figures, 340).startswith("staff")


def test_making_with_a_comparative_after_is_left() -> None:
    # near miss: the figure is by how much, a comparative after it
    figures = figures_of("The deal is worth $5m, making the company $7m richer.")
    assert counts_in(figures, 7_000_000) != "company"


# --- a comma before the level a change reached: "a nine per cent increase in net profit, to $97.7 million" ---


def test_level_after_comma_takes_the_changed_measure() -> None:
    figures = figures_of("The job site posted a nine per cent increase in full year net profit, to $97.7 million.")
    assert "net profit" in counts_in(figures, 97_700_000)


def test_half_year_inside_the_changed_measure() -> None:
    figures = figures_of(
        "The conglomerate reported a 58 percent decline in its half year pretax profit to N2.14 billion."
    )
    assert "pretax profit" in counts_in(figures, 58)
    assert "pretax profit" in counts_in(figures, 2_140_000_000)


def test_comma_aside_before_another_sum_is_left() -> None:
    # near miss: the comma opens an aside and a sum of its own follows
    figures = figures_of("The firm posted a 9% rise in sales, to the delight of investors, and $5m in cash.")
    assert counts_in(figures, 5_000_000).startswith("cash")


# --- a clause joined by "and" with a subject of its own: "added 187,000 jobs and the jobless rate fell to 3.5%" ---


def test_and_the_opens_the_next_clause_subject() -> None:
    figures = figures_of("The economy added 90,000 jobs and the jobless rate fell to 4.5 percent.")
    assert counts_in(figures, 4.5) == "jobless rate"


def test_and_inside_a_subject_with_no_figure_before_is_left() -> None:
    # near miss: no clause before the "and"; the subject reads as before
    figures = figures_of("Imports of steel and aluminium rose to $5bn.")
    assert "Imports" in counts_in(figures, 5_000_000_000)


# --- the stronger change nouns before the level reached: "a 99 per cent plunge in pre-tax profits to just £1.2m" ---


def test_plunge_in_measure_to_level() -> None:
    figures = figures_of("The store group reported a 90 per cent plunge in underlying pre-tax profits to just £3.4m.")
    assert counts_in(figures, 3_400_000) == "underlying pre-tax profits"


def test_slide_in_measure_to_level() -> None:
    assert counts_in(figures_of("The chain saw a 12% slide in sales to £40m."), 40_000_000) == "sales"


# --- Omani copy's rial "RO" before the amount, and datelines with the month in capitals ---


def test_omani_rial_before_the_amount() -> None:
    found = _only("The budget deficit fell by 0.1 per cent to RO 2.65 billion.")
    assert (2_650_000_000, "OMR") in [(value, unit) for value, unit, _ in found]


def test_letters_before_a_number_in_a_name_stay_no_rial() -> None:
    # near miss: other capitals before a number keep their old reading, no rial
    found = _only("The ROV 2 robot dived 300 metres.")
    assert all(unit != "OMR" for _, unit, _ in found)


def test_capital_month_of_a_dateline_is_a_date() -> None:
    found = _only("SALALAH, MARCH 14 – The port handled 3 per cent more cargo.")
    assert [value for value, _, _ in found] == [3]


def test_capital_word_before_a_share_is_no_dateline() -> None:
    # near miss: a headline in capitals, the share stays
    assert [value for value, _, _ in _only("PRICES MAY 5 PER CENT")] == [5]


# --- a change's start and end after its step, with decimals and pence: "rose by 6.12p from 126.27p to 132.39p" ---


def test_from_to_after_a_decimal_step_is_a_change() -> None:
    values = [value for value, _, _ in _only("The average price of diesel rose by 4.12p from 118.27p to 122.39p.")]
    assert values == [4.12, 118.27, 122.39]


def test_from_to_with_no_change_before_is_a_range() -> None:
    # near miss: no verb of change, so "from ... to ..." spans a range
    found = figures_of("Fares will cost from 90p to 150p.")
    assert [(f.value, f.value_max) for f in found] == [(90, 150)]


# --- "Rs." before an amount ends no sentence: "from Rs. 57.46 crore" ---


def test_rupee_abbreviation_ends_no_sentence() -> None:
    from briefing_app.core.segmentation import segment

    text = "Net profit rose to Rs.72.63 crore from Rs. 57.46 crore a year ago. Sales rose."
    assert len(segment(text, "en")) == 2


# --- the level a change reached, given with "at" and a period between: "61 per cent year-on-year jump in ... at" ---


def test_level_at_after_year_on_year_change() -> None:
    figures = figures_of(
        "The drug maker reported 48 per cent year-on-year (YoY) jump in its net profit at Rs 92 crore."
    )
    assert counts_in(figures, 920_000_000) == "net profit"


def test_at_before_a_place_is_no_level() -> None:
    # near miss: "at" before a place, and a sum of its own after
    figures = figures_of("The firm reported a 20% rise in sales at its stores, and $5m in cash.")
    assert counts_in(figures, 5_000_000).startswith("cash")


# --- "an amount of" is no noun of what is counted: "The total exports reached an amount of QR133.6bn" ---


def test_amount_of_takes_what_reached_it() -> None:
    assert counts_in(
        figures_of("The total exports reached an amount of QR133.6bn in the quarter."), 133_600_000_000
    ) == ("total exports")


def test_amount_of_a_noun_keeps_the_noun() -> None:
    # near miss: "amount of" with its own noun before the verb
    assert "money" in counts_in(figures_of("The amount of money raised was $5m."), 5_000_000)
