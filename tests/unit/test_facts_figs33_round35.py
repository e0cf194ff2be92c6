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
