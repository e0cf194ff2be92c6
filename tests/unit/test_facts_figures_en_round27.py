"""Figures, twenty-seventh round: English figures of results, health and disaster pages nobody here had tuned on (read
whole, the figures written down by hand first): the base of a rate ("per 100,000 people") read as a figure, a sum
restated per share, the level a change was reckoned from, a rate in brackets read as an age. Each class is written
again with made-up sentences and a look-alike that must not change. Every sentence, firm and name is made up."""

from __future__ import annotations

import pytest

from briefing_app.core.facts.figures import find_figures
from briefing_app.core.facts.model import SourceSentence
from tests.unit.figure_helpers import nth_counts_of as counts_of
from tests.unit.figure_helpers import values_of


# The round base of a rate is part of the rate's unit, no figure of its own.
@pytest.mark.parametrize(
    ("text", "rate", "base"),
    [
        ("The district now has 41.2 confirmed cases per 100,000 people, the highest in the region.", 41.2, 100_000),
        ("Tolvik County has 12.5 cases per 10,000 residents.", 12.5, 10_000),
        ("About 87 out of every 100,000 people were admitted to hospital with the illness.", 87, 100_000),
        ("The clinic recorded 3.4 infections per 1,000 patient days last year.", 3.4, 1_000),
        ("The council set the tax rate at $0.52 per $100 of assessed property value.", 0.52, 100),
        ("Owners will pay about $9.40 more for every $100,000 of home value.", 9.40, 100_000),
    ],
)  # fmt: skip
def test_the_base_of_a_rate_is_no_figure(text: str, rate: float, base: float) -> None:
    values = values_of(text)
    assert rate in values
    assert base not in values


def test_a_count_after_per_that_is_no_round_base_stays() -> None:
    # near miss: "per 3 hours" is no base of a rate; "100,000 people" with no "per" is a count
    assert 3 in values_of("The pumps moved 40 tonnes of water per 3 hours.")
    assert 100_000 in values_of("More than 100,000 people signed the petition, organisers said.")
    assert 100 in values_of("Tickets cost $100 per person at the gala.")
    assert 100 in values_of("The fine was raised from $50 to $100 per offence.")


# A sum restated per share counts what the sum before it counts, per share.
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The brewer reported net income of $2.4 billion, or $1.12 per share, for the quarter.", 1.12, "net income"),
        ("Quarterly profit rose to $310 million, or 84 cents per diluted share, the miner said.", 84, "profit"),
        ("Harbour Foods earned $56 million, or 41 cents a share, in the year.", 41, "share"),
    ],
)  # fmt: skip
def test_a_sum_restated_per_share_counts_the_first_per_share(text: str, value: float, key: str) -> None:
    counts = counts_of(text, value)
    assert key in counts
    assert "share" in counts


def test_a_per_share_label_is_no_noun_of_the_sum_after_it() -> None:
    # "$3.10 per diluted share, from the year-earlier quarter's $640 million": the $640 million is profit too
    text = ("Net profit rose 12 percent to $720 million, or $3.10 per diluted share, from the year-earlier quarter's "
            "$640 million, or $2.80 per diluted share.")  # fmt: skip
    assert "profit" in counts_of(text, 640_000_000)
    assert "per share" not in counts_of(text, 640_000_000)
    assert "profit" in counts_of(text, 2.80)


def test_a_sum_not_per_share_keeps_its_noun() -> None:
    # near miss: "$1.1 billion in sales, or $4 million a day" is per day, no per-share sum
    text = "The chain booked $1.1 billion in sales last year, or about $3 million a day."
    assert "share" not in counts_of(text, 3_000_000)


# "That was up 54 percent from $4.31 billion": the level the change was reckoned from.
def test_the_level_a_change_was_reckoned_from_counts_what_changed() -> None:
    told = ["Net income was $3.3 billion, or $1.40 per share, in the quarter.",
            "That was up 18 percent from $2.8 billion a year earlier."]  # fmt: skip
    found = find_figures([SourceSentence(i, i, t) for i, t in enumerate(told)], "en")
    read = {f.value: f.counts or "" for f in found}
    assert "income" in read[2_800_000_000]
    assert "percent" not in read[2_800_000_000]
    assert "income" in read[18]
    assert "share" not in read[18]  # the income the pronoun stands for, not its per-share sum


def test_a_change_reckoned_from_a_named_level_keeps_its_subject() -> None:
    # near miss: the subject is written, and stays what both figures count
    text = "Operating profit was up 9 percent from $450 million a year earlier."
    assert "profit" in counts_of(text, 450_000_000).lower()


# A rate in brackets after a place is no age.
def test_rates_in_brackets_after_places_are_no_ages() -> None:
    text = "There are now 35.5 cases per 100,000 people, with the highest rates in Tolvik (114.1), Harbour (71) and Brant (58)."
    for value in (114.1, 71, 58):
        assert not counts_of(text, value).startswith("age")
        assert counts_of(text, value).startswith("rates (")  # the measure the list gives, in each place


def test_an_age_in_brackets_after_a_name_stays_an_age() -> None:
    # near miss: a person named with a whole number in brackets
    assert counts_of("The driver, Maria Lopez (34), was taken to hospital.", 34).startswith("age")


# Bare parts listed after "including": the whole's head noun (not the last word of its modifier), with what sets each
# part apart, a place or a "with"/"that" phrase.
def test_bare_parts_after_including_take_the_head_of_the_whole() -> None:
    text = ("The region reported 240 patients in its hospitals on Monday, including 130 in Brant County and 45 in "
            "Tolvik County.")  # fmt: skip
    assert counts_of(text, 130).startswith("patients")
    assert counts_of(text, 45).startswith("patients")


def test_bare_parts_with_a_kind_after_including_take_the_whole() -> None:
    text = ("A survey counted about 1,900 damaged homes, including 120 total losses, 410 with major damage and 230 "
            "that are still cut off.")  # fmt: skip
    assert counts_of(text, 410) == "homes with major damage"
    assert counts_of(text, 230).startswith("homes that")
    assert counts_of(text, 120) == "total losses"  # near miss: a part with its own noun keeps it


def test_a_part_with_its_own_noun_after_including_keeps_it() -> None:
    # near miss: "including 30 with" is no bare part when a noun follows the number
    text = "Police arrested 85 people, including 30 teenagers with no previous record."
    assert counts_of(text, 30).startswith("teenagers")


# A fronted "Of the X," with a number inside it, and a part with an irregular verb after it.
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Of the remaining top 10 insurance claims, seven came from flooded basements.", 7, "claims"),
        ("Of the 40 branches, 12 will close by the end of the year.", 12, "branches"),
        ("Of the players, three went home early.", 3, "players"),
    ],
)  # fmt: skip
def test_a_part_after_a_fronted_whole_counts_the_whole(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, value)


def test_a_part_after_a_fronted_whole_with_its_own_noun_keeps_it() -> None:
    # near miss: the part names its own noun
    assert counts_of("Of the 40 branches, 12 branches in rural towns will close.", 12).startswith("branches")


# A count restated as a share in an aside before the whole: "2,580, or 27 percent, of those patients".
def test_a_count_and_its_share_in_an_aside_count_the_whole_after_them() -> None:
    text = "The review found that 1,240, or 31 percent, of those applicants were turned down."
    assert "applicants" in counts_of(text, 1240)
    assert "applicants" in counts_of(text, 31)


def test_a_share_aside_without_a_whole_after_it_is_left_alone() -> None:
    # near miss: ", or 31 percent," with no "of" after it: what the count says is the noun before
    text = "Exports rose by 1,240 tonnes, or 31 percent, in the year."
    assert "applicants" not in counts_of(text, 31)
    assert "Exports" in counts_of(text, 1240) or "tonnes" in counts_of(text, 1240)


# A price after a change in it, and a sum right after the noun of what was expected.
def test_a_price_after_a_change_counts_what_changed() -> None:
    text = "Harbour Foods stock was down $3.10, or 6.2 percent, at $46.90 in after-hours trading."
    assert "stock" in counts_of(text, 46.90)


def test_a_sum_after_an_estimate_of_is_the_estimate() -> None:
    text = ("The firm expects sales of $4.1 billion to $4.3 billion, compared with the average analyst estimate of "
            "$4.25 billion.")  # fmt: skip
    assert "estimate" in counts_of(text, 4_250_000_000)


def test_a_sum_after_an_estimate_of_with_its_own_noun_keeps_it() -> None:
    # near miss: "estimates of $10 billion in damage": the damage
    assert "damage" in counts_of("Insurers gave estimates of $12 billion in damage.", 12_000_000_000)


def test_earnings_per_share_of_a_sum_keep_the_share() -> None:
    # near miss: "per share of $9.50": the noun before the sum is the share, no label of another sum
    assert "share" in counts_of("Earnings per share of $4.20 were below analyst forecasts of $4.45.", 4.20)


# The definite level a figure is set against: "below the 30-day average of 41".
@pytest.mark.parametrize(
    "text",
    [
        "A total of 18 people were admitted in the past day, below the 30-day average of 41.",
        "Twelve boats came in, above the average of 41.",
    ],
)
def test_a_level_set_against_is_the_average(text: str) -> None:
    assert counts_of(text, 41) == "average"


def test_an_indefinite_average_is_still_generic() -> None:
    # near miss: "rose by an average of 4%": what rose says more than "average"
    assert "Rents" in counts_of("Rents rose by an average of 4% last year.", 4)


# A share of a state whose subject is a pronoun: the subject the sentence before opened with.
def test_a_pronoun_in_a_state_counts_the_subject_before() -> None:
    told = ["The blaze near Tolvik destroyed four homes on Monday.", "It's 45 percent contained."]
    found = find_figures([SourceSentence(i, i, t) for i, t in enumerate(told)], "en")
    assert next(f for f in found if f.value == 45).counts == "contained (blaze)"


def test_a_state_with_a_named_subject_keeps_it() -> None:
    # near miss: the subject is written ("The fire is 45 percent contained"), no pronoun to resolve
    told = ["Crews worked through the night.", "The fire is 45 percent contained."]
    found = find_figures([SourceSentence(i, i, t) for i, t in enumerate(told)], "en")
    assert "fire" in (next(f for f in found if f.value == 45).counts or "")


# The levels after a change with its object, or a passive change with its subject.
def test_levels_after_a_revision_of_a_long_object_count_the_object() -> None:
    text = "The agency revised the number of new jobs in March from 210,000 to 188,000."
    assert "jobs" in counts_of(text, 210_000)
    assert "jobs" in counts_of(text, 188_000)


def test_levels_after_a_passive_revision_count_its_subject() -> None:
    text = "The payroll gain in May was revised to 141,000 from 163,000 and in April, from 120,000 to 98,000."
    for value in (141_000, 163_000, 120_000, 98_000):
        assert counts_of(text, value) == "payroll gain"


def test_a_level_with_its_own_noun_after_a_passive_change_keeps_it() -> None:
    # near miss: "to 1,200 workers": the level names its own noun
    text = "The workforce was cut to 1,200 workers from 1,500 last year."
    assert "workers" in counts_of(text, 1200)
    assert counts_of("The visitors were reduced to 10 men after the break.", 10) == "men"  # (an irregular plural)


# A road's number before the kind of road is no count.
def test_a_road_number_before_freeway_is_no_figure() -> None:
    assert 210 not in values_of("The crash closed the 210 Freeway near Irwindale for hours.")
    # near miss: a count before a plural noun
    assert 210 in values_of("The crash closed 210 roads across the county.")


# A sum and its share in an aside before the noun both are; a sum with a verb of motion and its goal after it.
def test_a_sum_and_its_share_before_their_noun_count_the_noun() -> None:
    text = "The plan reflects a $12 million, or 4.2%, increase from last year's budget."
    assert counts_of(text, 12_000_000).startswith("increase")
    assert counts_of(text, 4.2).startswith("increase")


def test_a_share_aside_before_a_clause_word_is_left_alone() -> None:
    # near miss: ", or 4.2%, which ..." is no noun after the aside
    text = "Spending rose $12 million, or 4.2%, which officials blamed on fuel."
    assert not counts_of(text, 12_000_000).startswith("which")


def test_sums_going_to_goals_count_their_goals() -> None:
    text = "About $3.2 million will go toward the school lunch fund while $18.5 million will go toward the bond fund."
    assert counts_of(text, 3_200_000) == "school lunch fund (go)"
    assert counts_of(text, 18_500_000) == "bond fund (go)"


def test_a_sum_that_goes_nowhere_keeps_its_reading() -> None:
    # near miss: "went up to" is a rise, not a goal
    assert "Spending" in counts_of("Spending rose to $18.5 million last year.", 18_500_000)


# A time lag dates the deed its verb and object name: "issue its final report three to five days after ...".
def test_a_time_lag_counts_the_verb_and_its_object() -> None:
    text = "The panel is expected to publish its final findings two to three weeks after the vote is certified."
    assert "findings" in counts_of(text, 2)


def test_a_span_that_is_no_lag_keeps_the_verb_alone() -> None:
    # near miss: "for three weeks" lasts, no lag after an object
    text = "The workers blocked the main road for three weeks."
    assert "(blocked the main road)" not in counts_of(text, 3)  # no verb-and-object reading added
