"""Round 37 (k-figs35): English figures of crime, weather, disasters, health and local government, by the shape
that carried them.

Made-up sentences of the shapes read on real pages; near misses keep their old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_in, nth_counts_of, story_figures, values_of


# A US police report's address by its hundred-block: no figure.
def test_hundred_block_of_a_street_is_no_figure() -> None:
    text = "Officers found a 52-year-old man in the 4300 block of Willow Bend Drive around 3 a.m."
    assert 4300 not in values_of(text)
    assert 52 in values_of(text)
    assert 1200 not in values_of("The crash happened in the 1200 block of N. Harlan Avenue on Friday.")


def test_counts_of_blocks_keep_their_reading() -> None:
    # near misses: a count of blocks of flats, a block holding a count, a small "the 12 blocks of"
    assert 20 in values_of("The council plans to demolish 20 blocks of flats by 2030.")
    assert 40 in values_of("The developer built a block of 40 flats on the site.")
    assert 300 in values_of("About 300 blocks of ice were cut from the lake.")


# A verb of putting up or taking its object to a sum: the object is what the sum counts, not the verb nor the
# subject; a restated size ("or almost £1.40 a week") and the level after it count the same.
def test_putting_up_the_bill_by_a_sum_to_a_level() -> None:
    text = "The vote put up the bill for a typical flat by £64 a year or about £1.25 a week, to £1,402."
    assert "bill" in nth_counts_of(text, 64)
    assert "bill" in nth_counts_of(text, 1.25)
    assert "bill" in nth_counts_of(text, 1402)


def test_taking_the_object_to_a_level() -> None:
    text = (
        "The charges set by the county and the Fire and Rescue Authority take the bill for a band B home to £1,311.40."
    )
    assert "bill" in nth_counts_of(text, 1311.40)


def test_taking_to_a_level_with_a_noun_of_its_own_is_not_the_object() -> None:
    # near miss: the level has its own noun after it ("to 3,000 fans"): the fans, not the stadium
    text = "The club took the stadium to 3,000 fans for the first time."
    assert "stadium" not in nth_counts_of(text, 3000)


# A possessive standing for the noun of the figure before (gapping): the noun, with the owner.
def test_possessive_gap_takes_the_noun_of_the_figure_before() -> None:
    text = "While the average band D charge for Wales is £1,702, Glenmoor's is £1,955."
    assert "charge" in nth_counts_of(text, 1955)
    assert "Glenmoor" in nth_counts_of(text, 1955)


def test_possessive_gap_in_the_next_sentence() -> None:
    figures = story_figures("The average band D charge for Wales is £1,702.", "The borough of Ashby's is £804.")
    assert "charge" in counts_in(figures, 804)


def test_possessive_with_its_own_noun_keeps_its_reading() -> None:
    # near misses: the possessive's own noun is there; a different unit before
    text = "While the average band D charge for Wales is £1,702, Glenmoor's charge is £1,955."
    assert "Glenmoor's charge" in nth_counts_of(text, 1955)
    assert "charge" not in nth_counts_of("Turnout was 64%, and Glenmoor's is £1,955.", 1955)


# A plural noun of age ("the 16-year-olds"): an age, not the "s" left after "-year-old" nor the clause after it.
def test_plural_noun_of_age_is_an_age() -> None:
    assert nth_counts_of("The 16-year-olds, who cannot be named for legal reasons, were arrested.", 16) == "age"
    assert nth_counts_of("The 17-year-olds were charged with affray.", 17) == "age"
    assert nth_counts_of("Two 19-year-olds are in a stable condition.", 19) == "age"
    assert "19-year-olds" in nth_counts_of("Two 19-year-olds are in a stable condition.", 2)


def test_singular_ages_keep_their_holders() -> None:
    # near misses: a singular age with its noun, an owner's age, an age stated after the holder
    assert nth_counts_of("A 31-year-old man was arrested on Friday.", 31) == "age (man)"
    assert nth_counts_of("Police praised the 31-year-old's courage.", 31) == "age"
    assert nth_counts_of("The children were aged 5 years old.", 5) == "age (children)"


# A range whose participle hangs on a noun before a comma: the noun, not "ranging".
def test_range_after_a_participle_of_ranging_counts_the_noun_before() -> None:
    assert nth_counts_of("On the pollen index, ranging between 6 and 8, the forecaster said this was high.", 6) == (
        "pollen index"
    )
    assert nth_counts_of("The fines, varying from £60 to £250, were paid in full.", 60) == "fines"


def test_range_with_its_own_noun_keeps_its_reading() -> None:
    # near miss: the range has its noun after it, no comma before the participle
    assert "years" in nth_counts_of("Sentences ranging from two to six years were handed down.", 2)


# A figure read as a bare plural pronoun: the noun of the nearest earlier count.
def test_percent_restating_n_of_them_counts_the_earlier_noun() -> None:
    text = "Some 12,410 pupils registered, and 12,302 of them, equivalent to 99.1% sat the tests."
    assert nth_counts_of(text, 99.1) == "pupils (sat the tests)"


def test_n_of_them_in_the_next_sentence_keeps_its_bracket() -> None:
    figures = story_figures("Officials say 40 districts were flooded.", "He says 25 of them are in the north.")
    assert counts_in(figures, 25).startswith("districts")


def test_pronoun_reading_with_no_earlier_count_stays() -> None:
    # near miss: no count before it (only a sum), the pronoun stays as read
    figures = story_figures("The fund paid £2m.", "Of those, 25 are in the north.")
    assert "£" not in counts_in(figures, 25)
