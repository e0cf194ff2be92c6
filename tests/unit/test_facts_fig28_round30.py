"""Round 30 (k-fig28): what English figures count, by the grammar that carries it.

Made-up sentences of the shapes read on news pages of every genre (disasters, company results, council budgets),
each with near misses that keep their old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_of, values_of

# --- a verb of amount whose subject follows fronted phrases and asides set off by commas ---


def test_amount_verb_subject_after_fronted_phrase_and_aside() -> None:
    text = "In the Marlow valley, about 120 miles north of Castleby, the regional hub, the death toll stood at 64."
    reading = counts_of(text, "en", 64)
    assert "toll" in reading and "miles" not in reading


def test_amount_verb_near_verb_reads_its_subject() -> None:
    assert "toll" in counts_of("Death toll in Tarvia, Ostland nears 3,000 as rescuers dig", "en", 3000)


def test_amount_verb_comma_inside_subject_keeps_the_head() -> None:
    text = "The number of pupils, including infants, rose to 1,412 last term."
    assert "pupils" in counts_of(text, "en", 1412)
    text = "In the north, near the coast, the number of cases rose to 1,250."
    assert "cases" in counts_of(text, "en", 1250)


# --- a sum that is the object of a gerund of handling money counts the deed ---


def test_sum_after_gerund_counts_the_deed() -> None:
    text = "The board takes the first step towards saving £32 million this winter."
    assert "savings" in counts_of(text, "en", 32e6)
    text = "The plan also includes saving around £2m by closing two depots."
    assert "savings" in counts_of(text, "en", 2e6)
    text = "The trust is slashing $400,000 from the library budget."
    assert "cuts" in counts_of(text, "en", 400000)


def test_sum_after_gerund_near_misses_keep_their_readings() -> None:
    assert "saved" in counts_of("The board saved £32 million last winter.", "en", 32e6)
    assert "investing" in counts_of("The agency is investing $3 billion to repair bridges.", "en", 3e9)
    assert "capital" in counts_of("The firm is raising £20m of new capital.", "en", 20e6)


# --- the ends of "a drop in X from A to B" count X ---


def test_change_span_ends_count_the_measure() -> None:
    text = "The lender reported a drop in trading profit in the period from £41.2 million to £38.9 million."
    assert "profit" in counts_of(text, "en", 41.2e6)
    assert "profit" in counts_of(text, "en", 38.9e6)
    text = "Harbor Mills posted a rise in revenue from $3.1bn to $3.6bn."
    assert "revenue" in counts_of(text, "en", 3.1e9)
    assert "revenue" in counts_of(text, "en", 3.6e9)


def test_change_span_near_misses_keep_their_readings() -> None:
    text = "There was a fall in visits from 1,400 to 980 patients."
    assert "patients" in counts_of(text, "en", 980)
    text = "The lender reported a drop in trading profit, while costs rose from £4m to £5m."
    assert "profit" not in (counts_of(text, "en", 4e6) or "")


def test_share_of_change_to_counts_what_changed() -> None:
    assert "dividend" in counts_of("The grocer announced a 45% increase to its final dividend.", "en", 45)
    assert "wages" in counts_of("The union won a 6% rise in wages for cleaners.", "en", 6)


# --- a price per share written as a compound adjective counts the noun it describes ---


def test_per_share_compound_counts_its_noun() -> None:
    assert "bid" in counts_of("He fought off a hostile 310-pence-per-share takeover bid from a rival.", "en", 310)
    assert "offer" in counts_of("The board rejected a $7-a-share offer from the fund.", "en", 7)
    assert "dividend" in counts_of("Holders will receive a 40-cent-a-share dividend in May.", "en", 40)
    assert "offer" in counts_of("The buyer made a 180p-a-share cash offer for the chain.", "en", 180)


def test_per_share_near_misses_keep_their_readings() -> None:
    assert "dividend" in counts_of("The firm will pay a dividend of 12 pence per share.", "en", 12)
    assert "bid" in counts_of("The firm accepted a £1.4bn takeover bid.", "en", 1.4e9)


# --- a bare gap to a rival in a table counts the standing's unit, not the games played ---


def test_standing_gap_counts_the_standing() -> None:
    text = "But Harlow's men moved on to 61 points from 27 games, three clear of Redcastle, who host Dunmore today."
    assert counts_of(text, "en", 3).startswith("points")
    text = "Ashby moved up to fifth place with 44 points from 29 matches, one ahead of Marston Town."
    assert counts_of(text, "en", 1).startswith("points")


def test_standing_gap_near_misses_keep_their_readings() -> None:
    text = "Ashby went four points clear at the top with a win over Marston."
    assert "points" in counts_of(text, "en", 4)
    text = "She won in 2 hours 14 minutes, finishing 35 seconds ahead of her sister."
    assert "seconds" in counts_of(text, "en", 35)


# --- an age is not shared with the term of the person it describes ---


def test_age_is_not_shared_with_a_prison_term() -> None:
    reading = counts_of("A 44-year-old man was sentenced to nine years in prison.", "en", 9)
    assert not reading.startswith("age")
    reading = counts_of("A man who attacked a seven-year-old boy was jailed for six years.", "en", 6)
    assert not reading.startswith("age")


def test_ages_joined_are_still_ages() -> None:
    assert counts_of("The two men, aged 19 and 23, were arrested.", "en", 23).startswith("age")


# --- a part of a whole named only by a pronoun counts the clause's subject ---


def test_part_of_pronoun_whole_counts_the_subject() -> None:
    text = "Tablets accounted for 41.5 million of those, or 22.4 percent."
    assert "Tablets" in counts_of(text, "en", 41.5e6)
    assert "Tablets" in counts_of(text, "en", 22.4)
    assert "Women" in counts_of("Women made up 2,300 of them.", "en", 2300)


def test_part_of_pronoun_near_misses_keep_their_readings() -> None:
    text = "Police detained 40 people, and 15 of them were later freed."
    assert "people" in counts_of(text, "en", 15)


# --- a share before a participle of state, in a clause joined to one before ---


def test_share_before_state_in_joined_clause() -> None:
    text = "The Brook Fire grew to 12,000 acres and was just 15 percent contained on Monday."
    assert "contained" in counts_of(text, "en", 15)
    assert "contained" not in counts_of(text, "en", 12000)


# --- a figure in apposition to the subject counts the subject's head ---


def test_appositive_figure_counts_subject_head() -> None:
    text = "The majority of cases reported this spring, 88%, are among children under five."
    assert "majority" in counts_of(text, "en", 88)


def test_appositive_near_misses_keep_their_readings() -> None:
    assert "voters" in counts_of("The largest group of voters, 41%, backed the plan.", "en", 41)
    text = "In the north, 300 homes were flooded."
    assert "homes" in counts_of(text, "en", 300)


# --- title-case headlines: "8 Dead," is a count with its state, and "N+" is "N or more" ---


def test_headline_count_with_state_is_a_figure() -> None:
    assert values_of("Floods: 6 Dead, 12 Injured In Valley Towns") == [6.0, 12.0]
    assert "Dead" in counts_of("Floods: 6 Dead, 12 Injured In Valley Towns", "en", 6)


def test_number_naming_a_word_is_still_no_figure() -> None:
    assert values_of("The probe studied an orbit like 41 Tolvika, which is small.") == []


def test_plus_sign_after_a_figure_keeps_its_noun() -> None:
    assert "visitors" in counts_of("The fair drew 12,000+ visitors on Sunday.", "en", 12000)
    assert "Acres" in counts_of("Wildfires: 4 Dead, 90,000+ Acres Burned", "en", 90000)


# --- a figure that repeats the participle of the one before counts the same noun ---


def test_parallel_participle_shares_the_noun() -> None:
    text = "There were 31 new flu cases reported in the last week and 14 reported the week before."
    assert "cases" in counts_of(text, "en", 14)


def test_parallel_participle_near_misses_keep_their_readings() -> None:
    text = "Some 40 voters backed the plan and 12 percent remained undecided."
    assert "cases" not in (counts_of(text, "en", 12) or "")
    text = "Two people were killed and five injured."
    assert "people" in counts_of(text, "en", 5)


# --- a sum followed by the kind of money it is counts that kind ---


def test_sum_in_cash_counts_the_cash() -> None:
    assert counts_of("Police seized nine phones and Rs 4,300 in cash.", "en", 4300).startswith("cash")
    assert "bribes" in counts_of("The official took $80,000 in bribes.", "en", 80000)


def test_sum_in_near_misses_keep_their_readings() -> None:
    assert "cash" not in (counts_of("The firm raised $40m in March.", "en", 40e6) or "")
    assert "fine" in counts_of("The fine is Rs 5,000.", "en", 5000)


# --- a verb of amount in a clause reported by "showed"/"said" reads the reported clause's subject ---


def test_amount_verb_in_reported_clause_reads_its_subject() -> None:
    text = "The figures showed the mix-adjusted average rent in Tarvia stood at £1,245 in May, up from £1,230 in April."
    assert "rent" in counts_of(text, "en", 1245)
    assert "rent" in counts_of(text, "en", 1230)


def test_amount_verb_reported_near_misses_keep_their_readings() -> None:
    text = "Officials said the number of jobless people reached 2.1 million in March."
    assert "jobless" in counts_of(text, "en", 2.1e6)


# --- the levels of a ranking: a superlative measure "at N", and "followed by N" ---


def test_ranked_level_counts_the_superlative_measure() -> None:
    text = "Dunmore continues to be the town with the highest average rent at £1,480."
    assert "rent" in counts_of(text, "en", 1480)
    text = "The lowest average fare continues to be in the north at £12.40."
    assert "fare" in counts_of(text, "en", 12.4)


def test_followed_by_shares_the_measure_before() -> None:
    text = "Harbury remains the dearest town, with homes there averaging £412,300, followed by £388,100 in Castleby."
    assert "homes" in counts_of(text, "en", 388100)


def test_ranked_near_misses_keep_their_readings() -> None:
    assert "jobless" in counts_of("Wales had the lowest jobless rate at 3.1%.", "en", 3.1)


# --- a sum "valued at" before "in the market" values the noun before it ---


def test_valued_sum_before_market_counts_the_goods() -> None:
    text = "Officers seized 3 kilos of opium, valued at approximately Rs 9 crore in the market."
    assert "opium" in counts_of(text, "en", 9e7)


def test_valued_sum_near_misses_keep_their_readings() -> None:
    assert "cocaine" in counts_of("Customs seized cocaine, valued at £3m, from the yacht.", "en", 3e6)


# --- a level in an absolute "with" phrase counts the noun after "with" ---


def test_with_level_counts_the_noun_after_with() -> None:
    text = "Despite the slowdown in annual rent growth, Harbury remains the dearest town, with flats there averaging £1,950."
    assert counts_of(text, "en", 1950).startswith("flats")


# --- round-28 dev shapes: a corner, a golf hole or a game of a series is no count; a margin set to a figure ---


def test_numbered_corners_holes_and_games_are_no_figures() -> None:
    assert values_of("The leader spun in turn 3 on the final lap.") == []
    assert values_of("She made a birdie at hole 18.") == []
    assert values_of("The Hawks won game 7 at home.") == []


def test_numbered_place_near_misses_keep_their_figures() -> None:
    assert values_of("They dug a hole 18 feet deep.") == [18.0]
    assert 3e6 in values_of("The plant will turn 3 million tonnes of waste into power.")


def test_margin_set_to_a_figure_counts_the_margin() -> None:
    text = "The Hawks had a chance to narrow the margin to four points before the break."
    assert "margin" in counts_of(text, "en", 4)


def test_sum_after_a_clause_of_condition_counts_its_subject() -> None:
    text = "Rewards can range from 5 to 20 percent of the money recovered when the fines exceed $2 million."
    assert "fine" in counts_of(text, "en", 2e6)


def test_a_teams_yard_line_is_a_place_not_a_count() -> None:
    assert values_of("The quarterback led the offense to the Hawks' 31-yard line.") == []
    assert values_of("He fumbled at the Rams' four-yard line.") == []


def test_yard_line_near_misses_keep_their_figures() -> None:
    assert values_of("He ran for a 31-yard touchdown.") == [31.0]
