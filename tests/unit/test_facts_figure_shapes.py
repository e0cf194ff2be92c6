"""Figures by the shape of their writing: glued units, signs, bare scale words, numbered streets, measures named
before a copula or "of", and participles that say which ones are counted (issue 10, classes seen on held-out news).

Every sentence here is made up for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of, figures_of


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The airliner was cruising at 36,000ft when a window cracked.", 36000, "feet"),
        ("Radar showed the jet at 503knts over the bay.", 503, "knots"),
        ("The driver was doing 60mph in a residential street.", 60, "mph"),
        ("The twins each weighed 5lb at birth.", 5, "pounds"),
        ("Overnight the storm left 12in of snow on the pass.", 12, "inches"),
        ("The ferry crossed the 8km strait in an hour.", 8, "kilometers"),
        ("The new turbine delivers 15MW at full load.", 15, "megawatts"),
        ("The glider descended to 2,000 ft before landing.", 2000, "feet"),
    ],
)
def test_a_unit_written_against_the_digits_is_the_figures_unit(text: str, value: float, unit: str) -> None:
    # "36,000ft", "503knts": the letters glued to the number are its unit, not a model's name
    found = [f for f in figures_of(text) if f.value == value]
    assert [f.unit for f in found] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "Millions still read 4chan every day.",
        "The airline grounded its 737MAX fleet.",
        "Users were offered a Windows 10in-place upgrade.",
    ],
)
def test_letters_glued_to_digits_that_are_no_unit_still_name_something(text: str) -> None:
    assert not [f for f in figures_of(text) if f.value in (4, 737, 10)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On the plateau the thermometer showed -5 degrees at dawn.", -5),
        ("Night temperatures fell to minus 40 degrees in the valley.", -40),
        ("The coldest reading of the winter was −12C.", -12),
        ("The economy shrank by -2.5% in the last quarter.", -2.5),
        ("Temperatures in the capital reached 35C.", 35),
    ],
)
def test_a_minus_before_a_temperature_or_a_percentage_makes_it_negative(text: str, value: float) -> None:
    assert value in [f.value for f in figures_of(text)]


def test_a_dash_glued_to_a_name_is_no_sign() -> None:
    assert [f.value for f in figures_of("COVID-19 wards admitted 300 patients.")] == [300]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Two killed, hundred injured as a bus overturns on the hill road.", 100, "injured"),
        ("Hundred arrested after the match, police say.", 100, "arrested"),
        ("Five dead, thousand displaced by the floods in the delta.", 1000, "displaced"),
        ("Three dead, dozen hurt as a roof collapses.", 12, "hurt"),
    ],
)
def test_a_bare_hundred_or_thousand_opening_a_clause_is_the_number(text: str, value: float, key: str) -> None:
    # a headline leaves out the "a" of "a hundred"; the word is still the number
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of fans waited outside the stadium.",
        "Thousands of workers marched to the square.",
        "Thousand Oaks lies west of the city.",
        "Several dozen protesters waited at the gate.",
        "Dozens of homes were flooded.",
        "The hundred days of the new cabinet ended quietly.",
    ],
)
def test_plural_or_named_scale_words_are_no_figures(text: str) -> None:
    # "hundreds of", "thousands of": no number is written (the corpus conventions); "Thousand Oaks" is a name
    assert not figures_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shots were fired on 74 Street near the market.",
        "The parade turned into 5 Avenue at noon.",
        "The parade turned into 74th Street at noon.",
        "Traffic on Route 66 was stopped by the flood.",
        "The crash closed Highway 1 for the night.",
        "He grew up on West 110 Street.",
    ],
)
def test_a_street_or_road_named_by_its_number_is_no_figure(text: str) -> None:
    assert not figures_of(text)


def test_a_count_of_streets_is_still_a_figure() -> None:
    assert counts_of("Police closed 12 streets around the stadium.", "en", 12).startswith("streets")


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The surface temperature of the star is more than 4,000 °C.", 4000, "temperature"),
        ("The airliner reached a ground speed of 353 knots in the jet stream.", 353, "speed"),
        ("Divers found the hull at a depth of 30 metres.", 30, "depth"),
        ("The island has a population of 12,000.", 12000, "population"),
        ("The top wind speed was 210 km/h, the weather office said.", 210, "speed"),
        ("The maximum speed of the new train is 320 km/h.", 320, "speed"),
        ("Its wingspan is 35 metres.", 35, "wingspan"),
    ],
)
def test_a_measure_before_a_copula_or_of_is_what_the_figure_measures(text: str, value: float, key: str) -> None:
    # "speed" ends in -ed but is no past tense: the measure's noun phrase runs on to the copula
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Officials said 200 people injured in the blast were taken to hospital.", 200, "injured"),
        ("More than 1,000 homes damaged by the storm still have no power.", 1000, "damaged"),
        ("Some 40 villages hit by the earthquake remain cut off.", 40, "hit"),
        ("Rescuers reached 15 miners trapped underground.", 15, "trapped"),
        ("The clinic treats 75 children suffering from burns.", 75, "suffering"),
    ],
)
def test_a_participle_after_the_counted_noun_says_which_ones(text: str, value: float, key: str) -> None:
    # a reduced relative clause ("injured in the blast", "damaged by the storm") belongs to the noun phrase
    assert key in counts_of(text, "en", value)


def test_a_participle_phrase_ends_before_an_adverb_of_the_clause() -> None:
    counts = counts_of("More than 1,000 homes damaged by the storm still have no power.", "en", 1000)
    assert "still" not in counts


def test_the_clauses_own_past_tense_is_no_part_of_what_is_counted() -> None:
    assert counts_of("Sixteen players made it to the final.", "en", 16) == "players (made it to the final)"


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Researchers say the surface temperature is more than 4,000 °C.", 4000, "temperature"),
        ("Engineers believe the core temperature is about 900 degrees.", 900, "temperature"),
    ],
)
def test_a_verb_of_saying_opens_the_clause_whose_subject_is_measured(text: str, value: float, key: str) -> None:
    # "Researchers say | the surface temperature is ...": the subject is after the verb of saying, not before it
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("With a population of 12,000, the town is the largest in the valley.", 12000, "population (town)"),
        ("At a cost of $5 million, the bridge is the dearest in the state.", 5e6, "cost (bridge)"),
    ],
)
def test_a_fronted_measure_keeps_its_noun_and_whose_it_is(text: str, value: float, expected: str) -> None:
    assert counts_of(text, "en", value) == expected


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Population: 12,000.", 12000, "Population"),
        ("Budget: $4m.", 4e6, "Budget"),
    ],
)
def test_a_label_before_a_colon_names_the_figure(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_pronoun_and_a_verb_before_a_colon_are_no_label() -> None:
    assert counts_of("She said: 40.", "en", 40) != "She said"


@pytest.mark.parametrize(
    ("text", "value", "keys"),
    [
        ("The blast killed 12 people and injured 200.", 12, ("people", "killed")),
        ("The attack, which wounded 30 villagers, was condemned.", 30, ("villagers", "wounded")),
        ("The fighting has displaced 2 million people.", 2e6, ("people", "displaced")),
        ("Police arrested 45 people suspected of looting.", 45, ("suspected", "arrested")),
    ],
)
def test_a_verb_of_harm_before_the_noun_says_which_ones_are_counted(
    text: str, value: float, keys: tuple[str, ...]
) -> None:
    # "killed 12 people": both the people and what befell them
    counts = counts_of(text, "en", value)
    assert all(k in counts for k in keys), counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The ministry reported 500 new cases, bringing the total to 12,000.", 12000, "total"),
        ("A late goal rush, taking the tally to 9, sealed the title.", 9, "tally"),
    ],
)
def test_a_total_brought_to_a_figure_is_what_it_counts(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Some 300 people forced from their homes have returned.", 300, "forced"),
        ("Police said 200 protesters gathered in the square were dispersed.", 200, "gathered"),
        ("The agency counted 12,000 migrants caught at the border.", 12000, "caught"),
        ("The firm sold 3,000 cars built in Mexico.", 3000, "built"),
        ("The 12 activists being held were freed.", 12, "held"),
    ],
)
def test_a_reduced_relative_clause_stays_with_the_noun_it_describes(text: str, value: float, key: str) -> None:
    # a participle phrase followed by the clause's own verb ("forced from their homes | have returned"), an
    # irregular participle with its complement after an object, "being" and its participle
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    "text",
    ["About 300 protesters marched to the square.", "Some 300 protesters marched to the square and were dispersed."],
)
def test_the_subjects_own_verb_and_complement_are_no_part_of_what_is_counted(text: str) -> None:
    assert counts_of(text, "en", 300).split(" (")[0] == "protesters"


@pytest.mark.parametrize(
    ("text", "value", "unit", "key"),
    [
        ("A sack of maize now costs KSh 3,000 in the market.", 3000, "KES", "maize"),
        ("The fine is Rs. 5,000 for each offence.", 5000, "INR", "fine"),
        ("The budget is about USD 5 million.", 5e6, "USD", "budget"),
        ("The state spent N50 billion on the new port.", 5e10, "NGN", "port"),
        ("A bag of rice now costs N25,000.", 25000, "NGN", "rice"),
        ("The deal is worth R50 million.", 5e7, "ZAR", "deal"),
    ],
)
def test_a_currency_code_or_abbreviation_before_an_amount_is_its_currency(
    text: str, value: float, unit: str, key: str
) -> None:
    # "KSh 3,000", "USD 5 million": a code before the amount is no name before a model number
    found = [f for f in figures_of(text) if f.value == value]
    assert [f.unit for f in found] == [unit]
    assert key in (found[0].counts or "")


@pytest.mark.parametrize("text", ["Nurses asked for N95 masks.", "The R2 road was closed by the flood."])
def test_a_letter_and_digits_with_no_amount_shape_are_a_name(text: str) -> None:
    assert not figures_of(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The reserve has an area of 500 km2.", 500, "square kilometers"),
        ("The reserve covers 500km² of forest.", 500, "square kilometers"),
        ("The flat measures 80 m².", 80, "square metres"),
    ],
)
def test_square_units_written_with_a_power_are_units(text: str, value: float, unit: str) -> None:
    assert [f.unit for f in figures_of(text) if f.value == value] == [unit]


def test_a_duration_after_a_copula_measures_the_subject_not_the_copula() -> None:
    assert counts_of("The life expectancy is 54 years.", "en", 54) == "life expectancy"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Maria, 16 at the time, said a stranger came to her rescue.", 16),
        ("The novelist dies at 83.", 83),
        ("The painter died at 91 in his studio.", 91),
    ],
)
def test_an_age_in_apposition_or_at_death(text: str, value: float) -> None:
    assert counts_of(text, "en", value).split()[0] == "age"


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Officials said three people had already been rescued from the rubble.", 3, "rescued"),
        ("Banned were assemblies of five or more people with political aims.", 5, "assemblies"),
        ("The parties form a coalition of at least 70 members of parliament.", 70, "coalition"),
        ("Charities that could lose funding of between $25,000 and $30,000 a year objected.", 25000, "funding"),
        ("None of the atolls rises more than six feet (1.8 metres) above sea level.", 6, "sea level"),
        ("None of the atolls rises more than six feet (1.8 metres) above sea level.", 1.8, "sea level"),
        ("The farm lies well outside the state's 20-kilometre exclusion zone.", 20, "exclusion zone"),
        ("Inspectors logged one reading of 10 sieverts per hour.", 10, "reading"),
        ("Volunteers found ground readings of 20,000 counts per minute.", 20000, "readings"),
        ("The court gave him 80 days to appeal the verdict.", 80, "appeal"),
        ("The farm has 155 turbines, each generating 1.5 megawatts.", 1.5, "turbines"),
        ("The new line will cost an estimated $1.1 billion.", 1.1e9, "cost"),
    ],
)
def test_what_a_measure_is_of(text: str, value: float, key: str) -> None:
    # the passive past an adverb, a group named before "of", "of between", a height above sea level (and its
    # conversion in brackets), a possessive before a measure used as an adjective, a rate's unit after the noun
    # it reads, the purpose of a span, "each" after a plural, and the verb of costing
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    "text",
    [
        "She is in the top five scorers of the league.",
        "Several retired four-star admirals were charged.",
        "They stayed in a 5-star hotel near the port.",
        "The city wants a zero-carbon economy.",
        "Critics call him a political zero.",
        "The rule is set out in canon 265.",
    ],
)
def test_ranks_grades_a_zero_that_counts_nothing_and_citations_are_no_figures(text: str) -> None:
    assert not figures_of(text)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The party won zero seats in the north.", 0, "seats"),
        ("Official figures show 43.6% of workers are informal.", 43.6, "informal"),
        ("A poll found that 40% of voters are undecided.", 40, "undecided"),
        ("About 40% of the victims were women.", 40, "women"),
    ],
)
def test_a_zero_with_a_plural_and_a_share_with_its_predicate(text: str, value: float, key: str) -> None:
    # "43.6% of workers are informal": the part is the workers who are so
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The president pledged 5m litres of fuel to the neighbours.", 5e6, "litres"),
        ("The app now has 2m users in the region.", 2e6, None),
        ("The sea wall is 5m high.", 5, "meters"),
    ],
)
def test_a_glued_m_is_millions_before_what_is_counted_and_metres_otherwise(
    text: str, value: float, unit: str | None
) -> None:
    assert [f.unit for f in figures_of(text) if f.value == value] == [unit]


def test_a_capital_m_after_digits_names_a_movement() -> None:
    assert not figures_of("The 15M movement began in a square.")


@pytest.mark.parametrize(
    "text",
    [
        "בשנה שעברה עברה המשפחה לגור בקרית ארבע.",
        "קברים כאלה אופייניים לאלף השני לפנה\"ס.",
    ],
)
def test_hebrew_number_words_in_a_town_name_or_a_millennium_are_no_figures(text: str) -> None:
    # "קרית ארבע" is a town; "האלף השני" the second millennium
    assert not figures_of(text, "he")


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("הוא לקח איתו את בתו בת ה-13 לסיור במערה.", 13, "בת"),
        ("השווי הנקוב של כל איגרת הוא 100 אג' (1 שקל).", 100, "השווי"),
        ("השווי הנקוב של כל איגרת הוא 100 אג' (1 שקל).", 1, "השווי"),
        ("האיגרות מונפקות לתקופה של עד שנה אחת.", 1, "תקופה"),
    ],
)
def test_hebrew_ages_agorot_conversions_and_one_of_a_unit(text: str, value: float, key: str) -> None:
    # "בת ה-13" is an age (not an ordinal), "אג'" the agorot, a conversion in brackets measures the same, and in
    # "שנה אחת" the year is the unit, not what is counted
    assert key in counts_of(text, "he", value)


def test_hebrew_one_year_has_years_as_its_unit() -> None:
    assert [f.unit for f in figures_of("האיגרות מונפקות לתקופה של עד שנה אחת.", "he")] == ["years"]


def test_a_share_with_its_own_whole_keeps_it_when_another_share_follows() -> None:
    text = "Official data say 43.6% of workers are informal and 49.2% of the rest earn below the minimum wage."
    assert "workers" in counts_of(text, "en", 43.6)


def test_a_bare_share_before_another_takes_its_whole() -> None:
    assert "users" in counts_of("About 4% and 11% of the world's internet users live there.", "en", 4)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The firm's value rose tenfold.", 10),
        ("Exports grew 10-fold in a decade.", 10),
        ("Its share has grown fourfold since the reform.", 4),
    ],
)
def test_a_multiplicative_in_fold_is_a_figure_in_times(text: str, value: float) -> None:
    # the corpus conventions: multiplicatives are figures with the unit "times"
    assert [(f.value, f.unit) for f in figures_of(text)] == [(value, "times")]


@pytest.mark.parametrize(
    "text", ["The bill was approved by a vote of 68-31.", "The Senate voted 68–31 to pass the bill."]
)
def test_a_vote_tally_with_a_dash_is_two_counts_of_votes(text: str) -> None:
    # not a match score: each side is a number of votes
    assert {f.value: "vote" in (f.counts or "") for f in figures_of(text)} == {68: True, 31: True}


@pytest.mark.parametrize("text", ["The visitors won 3-1 after a vote of confidence in the coach.", "Spain beat Italy 2-0."])
def test_a_match_score_stays_no_figure(text: str) -> None:
    assert not figures_of(text)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("There were 30 children who lost their parents.", 30, "children who lost their parents"),
        ("Some 3,000 migrants who arrived by boat were sent back.", 3000, "migrants who arrived by boat (sent back)"),
        ("The storm destroyed 200 homes that were built on the coast.", 200, "homes that were built on the coast"),
        ("He met 20 people that day.", 20, "people"),
    ],
)
def test_a_relative_clause_on_the_counted_noun_says_which_ones(text: str, value: float, expected: str) -> None:
    # "who" always opens one; "that" and "which" only before a verb ("that day" is a determiner)
    assert counts_of(text, "en", value) == expected


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The index closed up 120 points at 15,300.", 120, "index"),
        ("The market fell 300 points, or 1.2%.", 300, "market"),
    ],
)
def test_points_of_an_index_keep_whose_points_they_are(text: str, value: float, key: str) -> None:
    counts = counts_of(text, "en", value)
    assert key in counts and "points" in counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The surface is about 5,500 degrees Celsius (9,900 degrees Fahrenheit).", 9900, "surface"),
        ("Its cruising altitude is 35,000 feet (10,700 m).", 10700, "altitude"),
        ("The lake's maximum depth is 1,642 m.", 1642, "depth"),
    ],
)
def test_a_conversion_after_a_two_word_unit_and_a_spaced_m(text: str, value: float, key: str) -> None:
    # "degrees Celsius (...)": the conversion measures the same; "1,642 m" is metres, not what is counted
    assert key in counts_of(text, "en", value)


def test_a_hebrew_acronym_with_a_straight_quote_does_not_split_the_clause() -> None:
    # 'המק"ם': the quote is the acronym's gershayim, not a quote mark that ends the clause
    assert "שער" in counts_of('שער המק"ם בסוף החודש הוא 99.05 אג\'.', "he", 99.05)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Some 35,000 people who claimed to be victims came forward.", 35000, "people who claimed to be victims"),
        ("The fire killed 70 people who were trapped in what remained.", 70, "people who were trapped"),
    ],
)
def test_a_relative_clause_ends_before_the_main_verb_or_another_clause(
    text: str, value: float, expected: str
) -> None:
    assert counts_of(text, "en", value).startswith(expected)


def test_a_hebrew_and_they_after_a_figure_opens_a_new_clause() -> None:
    # "והם מפורסמים": "and they are published" is no part of what the sum counts
    counts = counts_of('תקציב הקרן השנה הוא 3 מיליארד ש"ח והם יחולקו במאי.', "he", 3e9)
    assert "והם" not in counts and "תקציב" in counts


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Inflation hit a 40-year high of 9.1% in June.", 9.1, "high (Inflation)"),
        ("Unemployment reached a peak of 12%.", 12, "peak (Unemployment)"),
    ],
)
def test_a_level_reached_names_whose_level_it_is(text: str, value: float, expected: str) -> None:
    assert counts_of(text, "en", value) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("The loan, worth $2bn, was approved.", 2e9, "loan"),
        ("The new deal, valued at about $5m, was signed.", 5e6, "deal"),
    ],
)
def test_a_sum_in_an_appositive_of_value_is_the_value_of_the_noun_before(
    text: str, value: float, expected: str
) -> None:
    assert counts_of(text, "en", value) == expected


def test_a_magnitude_before_its_figure_is_what_the_figure_measures() -> None:
    counts = counts_of("A magnitude 6.4 earthquake shook the coast.", "en", 6.4)
    assert "magnitude" in counts and "earthquake" in counts


def test_a_past_tense_before_a_pronoun_is_the_clauses_verb_not_an_adjective() -> None:
    # "travelled there": "there" is no noun an -ed adjective could describe
    assert counts_of("Twelve scientists travelled there in May.", "en", 12) == "scientists (travelled)"


@pytest.mark.parametrize(
    ("sentence", "value", "counts"),
    [
        # a range after a participle of worth or cost is still the sum of the noun it hangs on
        ("Tolvane is fighting back with a new range of cameras costing between £79 and £199.", 79, "cameras"),
        ("Customs officers seized cigarettes worth between £2m and £3m.", 2e6, "cigarettes"),
        # (after a subject with an aside: the sum is the cameras', not the firm's)
        ("Tolvane, which made the first pocket camera, is fighting back with cameras costing between £79 and £199.",
         79, "cameras"),
    ],
)
def test_a_range_after_worth_or_costing_counts_the_noun_before(sentence: str, value: float, counts: str) -> None:
    assert counts_of(sentence, "en", value) == counts


def test_near_miss_an_aside_before_a_verb_of_change_still_gives_the_subject() -> None:
    text = "The price cap – which sets a maximum rate per unit – will rise by £111 for an average household."
    assert counts_of(text, "en", 111) == "price cap"
