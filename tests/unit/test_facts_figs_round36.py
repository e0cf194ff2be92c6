"""Round 36 (k-figs34): English figures of crime, courts, disasters, weather, health and local government, by the
shape that carried them.

Made-up sentences of the shapes read on real pages; near misses keep their old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import nth_counts_of


# A toll whose subject carries a relative clause with a possessive in it: the toll, not the quake.
def test_toll_past_a_relative_clause_with_a_possessive() -> None:
    text = "The death toll from a storm that struck Norland's eastern coast on Friday has risen to 57, officials said."
    assert nth_counts_of(text, 57) == "death toll"


def test_possessive_subject_still_read_before() -> None:
    assert nth_counts_of("The party's share of the vote fell to 29%.", 29) == "share of the vote"
    assert nth_counts_of("The bank's profit rose to $5 million.", 5_000_000) == "bank's profit"


def test_figure_inside_the_subject_keeps_its_own_reading() -> None:
    text = "The number of patients treated at the city's two hospitals rose to 1,326."
    assert nth_counts_of(text, 1326) == "number of patients"
    assert nth_counts_of(text, 2) != "number of patients"


# A sum paid with its own noun after it: the costs, not the order to pay.
def test_ordered_to_pay_a_sum_with_its_noun() -> None:
    assert "costs" in nth_counts_of("Marsh was fined £120 and ordered to pay £85 costs.", 85)
    assert "compensation" in nth_counts_of("The firm was ordered to pay £9,000 compensation to a tenant.", 9000)


def test_purpose_kept_without_a_noun_after_the_sum() -> None:
    assert nth_counts_of("The trust launched a plan to save $30 million.", 30_000_000) == "plan to save"
    assert nth_counts_of("He was ordered to pay £1,000 within 28 days.", 1000) == "ordered to pay"
    assert nth_counts_of("The club agreed to pay £45m plus add-ons for the winger.", 45_000_000) == "agreed to pay"


# A label's letter "A" after a capitalised word is no article: "Band A properties".
def test_label_letter_a_in_the_subject() -> None:
    assert "Band A properties" in nth_counts_of("Band A properties pay around £994 a year.", 994)
    assert nth_counts_of("Class A drug offences rose by 12%.", 12) == "Class A drug offences"


def test_article_a_after_a_fronted_place_still_an_article() -> None:
    assert "people" in nth_counts_of("In Tarvik A total of 40 people died.", 40)


# An aside of members between a count's noun and its verb: the verb is still the count's.
def test_others_including_aside_then_verb() -> None:
    text = "One man was killed and three others, including a 10-year-old girl, were injured in the crash."
    assert nth_counts_of(text, 3).startswith("others injured")
    assert "injured" in nth_counts_of("Six people, among them a nurse, were injured on Monday.", 6)


def test_aside_of_place_not_taken_for_members() -> None:
    text = "The company employs 300 people, including 40 engineers, in the town."
    assert nth_counts_of(text, 300) == "people"
    assert nth_counts_of(text, 40) == "engineers"


# "others" after an aside of members: others of the group, not of the members.
def test_others_after_members_aside_are_of_the_group() -> None:
    text = "The blast killed 14 people, including three soldiers, and injured 25 others, police said."
    assert nth_counts_of(text, 25) == "others injured (people killed)"
    assert (
        nth_counts_of("The storm killed two children and injured five others.", 5) == "others injured (children killed)"
    )


# A time adverb opening the sentence with no comma is no name the number belongs to.
def test_fronted_time_adverb_before_a_count() -> None:
    assert nth_counts_of("Yesterday 640 flights were cancelled.", 640) == "flights cancelled"
    assert "people" in nth_counts_of("Today 300 people marched through the town.", 300)


def test_capitalised_name_before_a_number_still_a_name() -> None:
    from tests.unit.figure_helpers import values_of

    assert 21 not in values_of("The album Today 21 topped the charts.")


# An age by decade with a part of it ("early", "mid", "late"), and a band of temperatures, which is no figure.
def test_decade_age_with_its_part() -> None:
    assert nth_counts_of("A woman in her early 30s was taken to hospital.", 30) == "age"
    assert nth_counts_of("A man in his mid-40s died at the scene.", 40) == "age"
    assert nth_counts_of("Police want to trace two men in their late teens or early 20s.", 20) == "age"


def test_band_of_temperatures_and_decades_are_no_figures() -> None:
    from tests.unit.figure_helpers import values_of

    assert values_of("Temperatures are expected to be in the high 20s or early 30s.") == []
    assert values_of("The band was at its height in the late 1960s.") == []
    assert nth_counts_of("A man in his 20s was arrested on Friday.", 20) == "age"


# A round hundred of a year's shape before a plural noun of people: a count, not a year.
def test_round_year_shaped_count_of_people() -> None:
    assert "firefighters" in nth_counts_of("Six volunteers are among 2000 firefighters battling blazes.", 2000)
    assert "firefighters" in nth_counts_of("Rain should help the 2000 firefighters contain the fires.", 2000)


def test_year_before_an_event_stays_a_year() -> None:
    from tests.unit.figure_helpers import values_of

    assert 2000 not in values_of("The 2000 elections were marred by violence.")
    assert 2000 not in values_of("Since 2000 workers have lost ground.")


# A share compared with another share of its own whole after "of": not the whole of the first.
def test_compared_share_keeps_its_own_whole() -> None:
    text = "Just 12% of secondary schools were open, compared to 48% of primary schools and 30% of special schools."
    assert "primary schools" in nth_counts_of(text, 48)
    assert nth_counts_of("Turnout was 40%, compared with 35% in 2015.", 35) == "Turnout"


# A bare count with nothing after it: the thing named before, past a time the clause is set in.
def test_bare_count_passes_over_a_time_noun() -> None:
    text = "Crews contained many of the blazes throughout the day, but about 30 remain out of control."
    assert nth_counts_of(text, 30) == "blazes"


# A headline drops the article before an appositive age: "Shrewsbury man, 18, locked up".
def test_headline_person_noun_with_age_and_no_article() -> None:
    assert nth_counts_of("Tarvik man, 19, jailed for stabbing outside flats.", 19) == "age"
    assert nth_counts_of("Local woman, 84, dies in house fire.", 84) == "age"


def test_headline_thing_with_number_is_no_age() -> None:
    assert nth_counts_of("The first round, 12, was shorter.", 12) != "age"


# A tally brought to a level past a span of it: "to take his tally for the season to 12".
def test_tally_for_a_span_taken_to_a_level() -> None:
    assert nth_counts_of("Okoro scored twice to take his tally for the season to 14.", 14) == "tally for the season"


# Two figures joined by "and" sharing one noun phrase before the first: the second is not only its unit.
def test_second_of_joined_figures_shares_the_noun() -> None:
    text = "The offences carry maximum sentences of five and 10 years respectively."
    assert "maximum sentences" in nth_counts_of(text, 10)
    assert nth_counts_of("Between 20 and 30 people died.", 20) == "people died"


# A mark reached by a participle after a comma, or a copula "at" a mark with the figure set off after it: whose level.
def test_participle_reaching_a_record_after_a_comma() -> None:
    text = "Waiting lists for routine surgery have soared this year, hitting a record of 5.9 million in May."
    assert nth_counts_of(text, 5_900_000).startswith("Waiting lists")


def test_copula_at_a_mark_with_the_figure_apposed() -> None:
    text = (
        "The number of people waiting for treatment, such as hip replacements, was at its highest level, 3.8 million."
    )
    assert nth_counts_of(text, 3_800_000).startswith("number of people waiting")
    assert nth_counts_of("The waiting list hit a new high of 7.1 million.", 7_100_000) == "waiting list (new high)"


# An adverb between the copula and a participle of setting is no noun: "are also capped at".
def test_adverb_before_a_participle_of_setting() -> None:
    assert nth_counts_of("Fees for students from Tarvik are also capped at £3,100.", 3100) == "Fees for students"
    assert nth_counts_of("Tuition fees capped at £9,000 will rise.", 9000) == "Tuition fees (rise)"


# A part of a whole whose number is qualified: the part counts the whole's noun.
def test_part_of_a_qualified_whole() -> None:
    text = "Crews restored power to nearly 90,000 of the more than 120,000 customers hit by the storm."
    assert nth_counts_of(text, 90_000).startswith("customers")
    assert nth_counts_of(text, 120_000).startswith("customers")


# An age modifier inside the subject: "Applications from students aged 18 and 19 are down by 7%".
def test_subject_past_an_age_modifier() -> None:
    text = "Applications from pupils aged 17 and 18 are down by about six per cent."
    assert nth_counts_of(text, 6) == "Applications"
    assert nth_counts_of(text, 17) == "age (pupils)"


# "That's down from over N": the pronoun's figure of the sentence before, past the qualifier.
def test_pronoun_down_from_a_qualified_figure() -> None:
    from tests.unit.figure_helpers import story_figures

    figures = story_figures(
        "By Friday, 4,000 homes remained without power.", "That's down from over 11,000 at the peak of the storm."
    )
    assert [(f.counts or "").startswith("homes") for f in figures if f.value == 11_000] == [True]


# The level compared after a subject read past "including ...": the same subject for both.
def test_compared_level_after_an_including_subject() -> None:
    text = "The figure including fraud and online theft was 4.95 million, up from 4.52 million a year earlier."
    assert nth_counts_of(text, 4_950_000) == "figure"
    assert nth_counts_of(text, 4_520_000) == "figure"


# A present-tense headline verb after a subject holding two names joined by "and".
def test_headline_subject_with_two_names_joined() -> None:
    assert nth_counts_of("Knife crime in Norland and Tarvia rises 7% over year.", 7) == "Knife crime"
    assert nth_counts_of("Exports dip and unemployment rate falls to 3.6%.", 3.6) == "unemployment rate"


# "total" as the adjective of another measure is no measure of its own: "The total number of X rose by 20%".
def test_total_number_is_the_number() -> None:
    assert nth_counts_of("The total number of burglary offences rose by 14%.", 14) == "number of burglary offences"
    assert nth_counts_of("The total rose by 14%.", 14) == "total"


# An adverb before a figure after "with" is no noun that changed by it: "with only 327 more votes than".
def test_adverb_is_no_noun_before_a_comparative() -> None:
    assert nth_counts_of("The tally showed Okafor with only 212 more votes than his rival.", 212) == "more votes"
    assert nth_counts_of("The deal left the town with taxes £41 billion a year higher.", 41_000_000_000) == "taxes"
