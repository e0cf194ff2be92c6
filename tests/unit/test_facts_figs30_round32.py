"""Round 32 (k-figs30): what English figures of crime, disasters, health, elections and transport count, by the
grammar that carries it.

Made-up sentences of the shapes read on news pages (shootings, bus crashes, floods, outbreaks, election counts),
each with near misses that keep their old reading.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of
from tests.unit.figure_helpers import counts_of, values_of


def _story_counts(paragraphs: list[str], value: float) -> str:
    """What the figure of `value` in a story (headline first) counts."""
    found = [f for f in facts_of(paragraphs) if f.kind == "figure" and f.value == value]
    assert found, [(f.text, f.value) for f in facts_of(paragraphs) if f.kind == "figure"]
    return found[0].counts or ""


# --- a bare count in a clause joined to a counted one counts the same noun ---------------------------------------


def test_bare_count_after_and_takes_the_noun_of_the_part_before() -> None:
    text = 'Nine people were shot, with two of the patients dying later and four sustaining "grave wounds."'
    assert "patients" in counts_of(text, "en", 4)


def test_bare_count_with_a_copula_takes_the_noun_before() -> None:
    text = "Twenty of the other drivers' injuries were judged serious and eight were judged light."
    assert "drivers" in counts_of(text, "en", 8)


def test_gapped_count_past_a_compound_modifier() -> None:
    text = "The governing party would win about 40 seats and the five-party alliance only about 9; the rest go to others."
    assert "seats" in counts_of(text, "en", 9)


def test_near_miss_count_with_its_own_noun_keeps_it() -> None:
    text = "The linebacker ended with seven tackles, 1.5 sacks and two forced fumbles."
    assert "fumbles" in counts_of(text, "en", 2)
    assert "sacks" not in counts_of(text, "en", 2)
    text = "The school has 30 teachers, including five trained nurses."
    assert "nurses" in counts_of(text, "en", 5)


# --- "Of those," opening a sentence: a part of the group the sentence before named -------------------------------


def test_of_those_takes_the_plural_subject_before() -> None:
    story = ["Coach crash", "The injured travellers were taken to three clinics. Of those, 14 were treated and sent home, while five stayed overnight."]
    assert "injured travellers" in _story_counts(story, 14)
    assert "injured travellers" in _story_counts(story, 5)


def test_of_these_takes_the_count_before() -> None:
    story = ["Festival", "The panel received over 300 entries for films and plays. Of these about 40 were approved."]
    counts = _story_counts(story, 40)
    assert "entries" in counts and "approved" in counts


def test_near_miss_fronted_whole_with_its_own_noun() -> None:
    story = ["Festival", "The panel received over 300 entries. Of those, the oldest was 92 years old."]
    assert "entries" not in _story_counts(story, 92)
    story = ["Festival", "The panel received over 300 entries. Of the 300 entries, 12 were chosen."]
    assert "entries" in _story_counts(story, 12)


# --- a road's number is a name, not a figure -----------------------------------------------------------------------


def test_road_number_after_interstate_is_no_figure() -> None:
    assert 65.0 not in values_of("The coach veered off interstate 65 near the border and hit a culvert.")
    assert 9.0 not in values_of("Traffic was stopped on the motorway 9 bridge.")


def test_near_miss_count_of_interstate_drivers() -> None:
    assert 65.0 in values_of("Police said 65 interstate drivers were stranded.")


# --- "saw X soar to N": the level of what was seen change, for a measure as for a percent --------------------------


def test_level_reached_after_saw_counts_the_thing_seen() -> None:
    assert "temperatures" in counts_of("The capital saw temperatures soar to 41C on Sunday.", "en", 41)
    assert "rainfall" in counts_of("The town saw rainfall climb to 300mm.", "en", 300)


def test_near_miss_saw_with_an_article_or_a_noun_after_the_figure() -> None:
    assert "sharp" not in counts_of("Shares saw a sharp rise to 5%.", "en", 5)
    assert "employees" in counts_of("The mill saw its workforce shrink to 300 employees.", "en", 300)


# --- a conversion in brackets keeps the final reading of the measure it converts ----------------------------------


def test_bracketed_conversion_reads_as_the_measure_before() -> None:
    text = "Kessby hit the highest temperature ever recorded in the region at 95.2F (35.1C)."
    assert counts_of(text, "en", 35.1) == counts_of(text, "en", 95.2)
    assert "temperature" in counts_of(text, "en", 35.1)


def test_near_miss_count_in_brackets_is_another_thing() -> None:
    text = "Police logged 205 incidents (433 videos) in the month."
    assert "videos" in counts_of(text, "en", 433)


# --- a second bare count with its own state does not take the first one's state ----------------------------------


def test_bare_count_with_its_own_state_keeps_it() -> None:
    text = "More than 3,000 were hurt and at least 400 remain trapped under the rubble."
    assert "trapped" in counts_of(text, "en", 400)
    assert "hurt" not in counts_of(text, "en", 400)


def test_near_miss_bare_count_sharing_the_first_ones_noun() -> None:
    assert "injured" in counts_of("Twelve were killed and 30 injured.", "en", 30)


# --- a number hyphened to a noun that ends its phrase counts that noun ---------------------------------------------


def test_magnitude_hyphened_at_the_end_of_a_clause() -> None:
    text = "The tremor was measured by the survey at 5.8-magnitude, 12 kilometres below ground."
    assert "magnitude" in counts_of(text, "en", 5.8)
    text = "The centre first measured the tremor at 6.2-magnitude, with its epicentre near a village."
    assert "magnitude" in counts_of(text, "en", 6.2)


def test_near_miss_hyphened_number_before_its_head_noun() -> None:
    assert "magnitude" in counts_of("A 7.1-magnitude tremor struck the coast.", "en", 7.1)
    assert counts_of("She is a 10-year-old.", "en", 10).startswith("age")


# --- a margin of one written "one-point", "one-seat" -----------------------------------------------------------------


def test_one_point_lead_is_a_figure() -> None:
    text = "Two polls show each candidate with a one-point lead, while a third shows the mayor ahead by five points."
    assert 1.0 in values_of(text)
    assert "point" in counts_of(text, "en", 1)
    assert 1.0 in values_of("The coalition now holds a one-seat majority.")


def test_near_miss_one_off_and_one_day_stay_out() -> None:
    assert 1.0 not in values_of("It was a one-off payment to the club.")
    assert 1.0 not in values_of("They lost the one-day international at home.")


# --- depths and bearings from a place ------------------------------------------------------------------------------


def test_depth_below_the_earths_surface_and_a_bearing_of_three_points() -> None:
    text = "The tremor struck about 8 miles below the earth's surface, about 90 miles east-southeast of Kessby."
    assert "surface" in counts_of(text, "en", 8)
    assert "Kessby" in counts_of(text, "en", 90)


# --- "of those who ..." is a group of its own, not a pointer back ---------------------------------------------------


def test_share_of_those_who_is_no_part_of_the_figure_before() -> None:
    text = 'The senator holds 81% of his base and 70% of those who say they are "very conservative."'
    assert "those who" in counts_of(text, "en", 70)
    assert "base" not in counts_of(text, "en", 70)


def test_near_miss_of_these_still_points_back() -> None:
    text = "Auditors counted 277 flaws; 39 percent of these were severe."
    assert "flaws" in counts_of(text, "en", 39)


# --- a sum opening its sentence with "Total" is no numbered name ---------------------------------------------------


def test_total_opening_a_list_of_counts_in_places() -> None:
    text = "Total 12 passengers were in the first coach, 13 in the second and 16 in the third."
    assert 12.0 in values_of(text)
    assert "passengers" in counts_of(text, "en", 16)


def test_near_miss_numbered_name_keeps_out() -> None:
    assert 747.0 not in values_of("The Boeing 747s were grounded after the incident.")


# --- "Two of them" opening a sentence: a part of the group the sentence before counted --------------------------


def test_part_of_them_after_a_long_sentence_with_the_whole() -> None:
    story = [
        "Derailment",
        "All 18 carriages of the overnight express, on its way to the coast from the capital, came off the track "
        "near a small station in the hill district of the province, the district officer said. "
        "Three of them overturned and rested on their sides.",
    ]
    assert "carriages" in _story_counts(story, 3)


def test_part_of_them_keeps_what_is_said_of_it() -> None:
    story = ["Arrests", "Police arrested 12 men on Monday. Two of them were later released."]
    counts = _story_counts(story, 2)
    assert "men" in counts and "released" in counts


# --- a fact box's labelled line: the label names what its bare numbers count ---------------------------------------


def test_fact_box_label_with_a_qualifier_and_a_second_count() -> None:
    story = ["Fire at a glance", "Homes destroyed: At least 900, according to county officials.",
             "Injuries: 40 to firefighters, and 12 to residents."]
    assert "Homes destroyed" in _story_counts(story, 900)
    counts = _story_counts(story, 12)
    assert "Injuries" in counts and "firefighters" not in counts


def test_near_miss_fact_box_count_with_its_own_noun() -> None:
    story = ["Fire at a glance", "Evacuees: 2,100 people in 14 shelters."]
    assert _story_counts(story, 2100) == "people"
    assert "shelters" in _story_counts(story, 14)


# --- the whole after "out of" counts the part's noun ----------------------------------------------------------------


def test_whole_out_of_with_an_adjective_counts_the_parts_noun() -> None:
    text = "The ruling bloc will hold at least 40 seats out of 60 available in the list vote."
    assert "seats" in counts_of(text, "en", 60)


def test_near_miss_whole_out_of_with_its_own_noun() -> None:
    assert "weapons" in counts_of("Police traced 12 guns out of 40 weapons seized.", "en", 40)


# --- margins: a lead built or brought "to within" a level, and a margin of one --------------------------------------


def test_lead_built_to_a_level_counts_the_lead() -> None:
    text = "Late baskets by two reserves built the lead to seven in the final minute."
    assert "lead" in counts_of(text, "en", 7)


def test_score_brought_to_within_a_margin() -> None:
    text = "A late three-pointer brought the score to within six: 48-42."
    assert 6.0 in values_of(text)
    assert "score" in counts_of(text, "en", 6)


def test_margin_of_one_after_within_or_by() -> None:
    assert "point" in counts_of("The visitors closed the home side's lead to within one point.", "en", 1)
    assert "goal" in counts_of("The home side won by one goal.", "en", 1)


def test_near_miss_to_within_is_no_verb() -> None:
    counts = counts_of("The visitors closed the lead to within 5 points.", "en", 5)
    assert "withined" not in counts and "points" in counts


def test_near_miss_one_day_after_by_stays_out() -> None:
    assert 1.0 not in values_of("He came by one day to see the house.")


# --- an adverb of scope after a share ("42% statewide oppose") -----------------------------------------------------


def test_share_with_a_scope_adverb_reads_its_verb() -> None:
    text = "In the poll, 41% statewide oppose the plan, 37% support it."
    assert "oppose" in counts_of(text, "en", 41)


def test_near_miss_scope_adverb_after_a_counted_noun() -> None:
    assert "people" in counts_of("The firm employs 300 people nationwide.", "en", 300)


# --- "The figure is down from N": the count of the sentence before, not the span it gave ----------------------------


def test_figure_anaphora_takes_the_count_not_the_span() -> None:
    story = ["Waits", "Some 21,300 patients were still waiting more than two years in May. The figure is down from "
             "48,115 in May last year."]
    assert "patients" in _story_counts(story, 48115)


def test_near_miss_figure_anaphora_of_a_count_alone() -> None:
    story = ["Cases", "In the week 1,816 new cases were recorded each day. That figure is up 14% on the week."]
    assert "cases" in _story_counts(story, 14)
