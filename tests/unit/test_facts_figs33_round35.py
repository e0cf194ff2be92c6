"""Round 35 (k-figs33): English figures of crime, courts, weather and disasters, by the shape that carried them.

Made-up sentences of the shapes read on real pages; near misses keep their old reading.
"""

from __future__ import annotations

from briefing_app.core.facts.spaced_dashes_en import spaced_hyphens_as_dashes
from tests.unit.figure_helpers import figures_of, nth_counts_of, story_figures


# An age set off by commas after a name, told twice in a story: no name's number ("Windows 7"), an age each time.
def test_repeated_appositive_age_is_kept() -> None:
    figures = story_figures(
        "Dorin Vasile, 46, jailed for attack on shopper",
        "Dorin Vasile, 46, of Mill Lane, admitted wounding.",
    )
    assert [f.counts for f in figures if f.value == 46] == ["age", "age"]


def test_repeated_name_number_still_dropped() -> None:
    figures = story_figures("Orbix 7 is out today.", "Orbix 7 was delayed twice.")
    assert not [f for f in figures if f.value == 7]


# An age after a full name or a person noun at the sentence's end.
def test_age_at_sentence_end_after_full_name() -> None:
    assert nth_counts_of("He was stabbed with a knife held by Dorin Vasile, 46.", 46) == "age"
    assert nth_counts_of("The victim was named locally as Carla Mendes, 27.", 27) == "age"


def test_number_at_sentence_end_after_one_word_stays() -> None:
    # one capitalised word may be a place or a team: no age read from the comma alone
    assert nth_counts_of("The club's points total was Rovers, 46.", 46) != "age"


# A gapped list of measures: each place's amount is of what the first one measured.
def test_gapped_measure_list_shares_noun() -> None:
    text = "Millbrook recorded 30mm of rain, Eastvale 28mm and Kestrel Point 25mm."
    assert nth_counts_of(text, 28) == "rain (Eastvale)"
    assert nth_counts_of(text, 25) == "rain (Kestrel Point)"


def test_gapped_list_after_earlier_measure() -> None:
    text = "While most suburbs had about 7mm of rain, Millbrook received 30mm, Eastvale 28mm and Ford Hill 25mm."
    assert nth_counts_of(text, 30) == "rain (Millbrook)"
    assert nth_counts_of(text, 25) == "rain (Ford Hill)"


def test_gapped_list_with_own_noun_keeps_it() -> None:
    text = "Millbrook recorded 30mm of rain, Eastvale 28mm of hail."
    assert "hail" in nth_counts_of(text, 28)


# A spaced hyphen is a dash: the parts after it count the whole before it.
def test_spaced_hyphen_parts_take_whole() -> None:
    text = "Officers seized four vans - two in Harlow and two in Epsom."
    assert [f.counts for f in figures_of(text) if f.value == 2] == ["vans seized", "vans seized"]


def test_parts_after_in_total_dash_take_noun_once() -> None:
    text = "She had three cuts in total - one on her arm, one on her leg and one on her hand."
    assert all(c == "cuts (total)" for c in [f.counts for f in figures_of(text) if f.value == 1])


def test_hyphen_between_digits_stays_a_range_or_score() -> None:
    assert spaced_hyphens_as_dashes("Rovers won 2 - 1 at home.") == "Rovers won 2 - 1 at home."
    assert spaced_hyphens_as_dashes("four vans - two in Harlow") == "four vans – two in Harlow"


# A part after "including" set apart by what it was for.
def test_included_part_for_offence() -> None:
    text = "He has 13 previous convictions, including two for burglary and three for theft."
    assert nth_counts_of(text, 2) == "convictions for burglary"
    assert nth_counts_of(text, 3) == "convictions for theft"


def test_included_sum_for_purpose_unchanged() -> None:
    assert "convictions" not in nth_counts_of("The council will spend £10m, including £2m for schools.", 2000000)


def test_for_the_first_time_is_no_part_kind() -> None:
    assert nth_counts_of("The team won 20 games, including five for the first time.", 5) != "won for the first time"


# A baseline after "up/down from" counts what the level nearest in size counts.
def test_baseline_takes_the_level_nearest_in_size() -> None:
    text = "In March, 5.12 million repairs were pending for 4.4 million tenants, up from 5.09 million in February."
    assert nth_counts_of(text, 5090000) == "repairs"


def test_joined_baselines_take_their_level() -> None:
    text = (
        "Two-year delays fell from 2,410 to 2,150, while cases older than 40 weeks dropped to 8,630, "
        "down from 9,120 in June and 41,300 a year earlier."
    )
    assert nth_counts_of(text, 9120) == nth_counts_of(text, 8630)
    assert nth_counts_of(text, 41300) == nth_counts_of(text, 8630)


def test_baseline_with_its_own_noun_is_kept() -> None:
    text = "The trust hired 310 nurses and 45 doctors, up from 290 nurses last year."
    assert "nurses" in nth_counts_of(text, 290)


# A "number of X" phrase labels the figure after its dash.
def test_number_of_label_before_dash() -> None:
    text = "There was a rise in the number of people waiting over a year – 402,000."
    assert nth_counts_of(text, 402000) == "number of people waiting over a year"


def test_number_of_label_keeps_a_reading_the_figure_has() -> None:
    text = "The number of stations fell – 40 closed in the spring."
    assert nth_counts_of(text, 40) != "number of stations fell"


# The same verb before a counted figure and a bare one: the bare one counts the same noun.
def test_repeated_verb_in_who_clauses() -> None:
    text = "Candidate Mary Olsen, who polled 1,412 votes, beat Green Party rival Tom Reyes, who polled 298."
    assert nth_counts_of(text, 298) == "votes polled (Tom Reyes)"


def test_repeated_verb_in_the_next_sentence() -> None:
    figures = story_figures("Olsen polled 1,412 votes.", "Reyes polled 298.")
    assert [f.counts for f in figures if f.value == 298] == ["votes polled (Reyes)"]


def test_other_verb_is_not_shared() -> None:
    figures = story_figures("Olsen polled 1,412 votes.", "The Greens' share reached 41.")
    assert ["votes" not in (f.counts or "") for f in figures if f.value == 41] == [True]


# A mile post and a golf hole after their verbs are places in a race, no counts.
def test_mile_post_and_hole_are_no_figures() -> None:
    assert not figures_of("She made her move at mile 21, pulling clear of the pack.")
    assert not figures_of("He birdied hole 14 to take the lead.")


def test_miles_and_holes_counted_stay() -> None:
    assert nth_counts_of("The runners covered 21 miles before the storm.", 21).startswith("runners")
    assert figures_of("They dug a hole 3 metres deep.")


# A weight or a value hung on a noun by "weighing", "worth" or "with a street value of" measures that noun.
def test_weight_and_value_after_participles() -> None:
    text = "Police seized 420 ecstasy pills weighing 95 grams worth £6,000."
    assert nth_counts_of(text, 95) == "weight of ecstasy pills"
    assert nth_counts_of(text, 6000) == "ecstasy pills"


def test_weight_of_a_found_object() -> None:
    assert nth_counts_of("Officers recovered a holdall weighing 3kg from the boot.", 3) == "weight of holdall"


def test_street_value_names_the_drug_not_the_place() -> None:
    text = "Border officers found heroin with a street value of £1.5m in the van."
    assert nth_counts_of(text, 1500000) == "heroin"


def test_value_reading_naming_the_noun_is_kept() -> None:
    assert nth_counts_of("Officers seized cannabis worth £20,000.", 20000) == "cannabis"


# Ages after "Jr." and in a semicolon list of full names; a table's points stay no ages.
def test_age_after_name_suffix() -> None:
    assert nth_counts_of("Robert Hale Jr., 41, was sentenced on Monday.", 41) == "age"


def test_ages_in_semicolon_list_of_names() -> None:
    text = "The dead included Anna Berg, 22; Tomas Lind, 19; and Clara Holm, 31."
    assert [f.counts for f in figures_of(text)] == ["age", "age", "age"]


def test_table_points_after_one_word_names_are_no_ages() -> None:
    text = "The standings after the race: Keller, 66; Brandt, 61; Moss, 58."
    assert "age" not in [f.counts for f in figures_of(text)]


# A term "in federal prison": the prison kept whole.
def test_term_in_federal_prison() -> None:
    text = "A Fairview man was sentenced today to 15 years in federal prison for fraud."
    assert nth_counts_of(text, 15).endswith("in federal prison)")


# A cited code's title number is no figure.
def test_code_title_is_no_figure() -> None:
    assert not figures_of("He pleaded guilty to a violation of 21 U.S.C. § 841.")
    assert figures_of("He pleaded guilty to 21 counts of fraud.")


# "Of the 18," pointing back is anaphora; "Of the 18 injured" is a figure.
def test_of_the_number_comma_is_anaphora() -> None:
    assert [f.value for f in figures_of("Of the 18, only two were admitted.")] == [2]
    assert 18 in [f.value for f in figures_of("Of the 18 injured, only two were admitted.")]


# A measure per period keeps the period; a span per period ("seven days a week") does not take one.
def test_rate_period_is_kept() -> None:
    assert nth_counts_of("Volunteers walked at least 12 kilometres a day.", 12).endswith("(a day)")


def test_span_per_period_and_time_ago_unchanged() -> None:
    assert "week" not in nth_counts_of("We check licences seven days a week.", 7).replace("days", "")
    assert "(a day" not in nth_counts_of("The storm dropped 40mm of rain a day ago.", 40)


# A ranked holder's share "with N%" measures the share named before it.
def test_ranked_share_after_with_takes_the_measure_before() -> None:
    figures = story_figures(
        "Northvale led with a 91% pass rate.",
        "It was followed by the Lake District with 88.5%.",
        "Eastmoor ranked third with 84.1%.",
    )
    assert [f.counts for f in figures if f.value in (88.5, 84.1)] == [
        "pass rate (Lake District)",
        "pass rate (Eastmoor)",
    ]


def test_ranked_share_with_its_own_noun_is_kept() -> None:
    figures = story_figures("Turnout was 64%.", "Labour won with 41% of the vote.")
    assert "vote" in [f.counts for f in figures if f.value == 41][0]


# A place before "worth" is no thing that is worth the sum.
def test_place_before_worth_is_not_the_thing() -> None:
    assert "Port" not in nth_counts_of("Agents seize 2 kilos of heroin in Port Lane worth $90K", 90000)


# A title-case headline: "20-Year" is no model number, and its figures are read as in sentence case.
def test_title_case_headline_term_is_a_figure_read_in_sentence_case() -> None:
    figures = story_figures("Fairview Man Ordered to Serve 15-Year Federal Prison Sentence", "Body text here.")
    assert ["prison" in (f.counts or "") for f in figures if f.value == 15] == [True]


def test_title_case_headline_jail_term() -> None:
    figures = story_figures("Driver Jailed For 9 Years After Fatal Crash", "Body text here.")
    assert [f.counts for f in figures if f.value == 9][0].startswith("years")


def test_model_numbers_and_names_in_headlines_stay() -> None:
    assert not [f for f in story_figures("Rebels Seize AK-47 Rifles In Raid", "Body.") if f.value == 47]
    assert not [f for f in story_figures("Windows 7 Update Leaves Users Stranded", "Body.") if f.value == 7]


def test_a_headline_in_capitals_is_read_once() -> None:
    # (the title-case reader lowers a headline's capitalised words and reads it again; a headline in capitals has
    # none it can lower, and reading it again came back to the same reader without end: a RecursionError)
    assert [f.value for f in story_figures("LEADERS MEET ON 2 TRADE PLANS AT SUMMIT IN OTTAWA", "Body.")] == [2]
    assert [f.value for f in story_figures("THREE LEADERS TAKE ON NEW TRADE PLANS AT SUMMIT", "Body.")] == [3]
    assert [f.value for f in story_figures("Driver Jailed For 9 Years After Fatal Crash", "Body text here.")] == [9]
