"""Round 56b (k-enfig56b): English figures of central-bank and market copy whose "counts" was wrong.

Made-up sentences of the shapes found on unseen pages, each with a near miss that keeps its old reading:

- a bare "half" right before its unit, with no "of" ("trimmed by half a percentage point"): a step of that unit;
- a step restated after ", or" ("30 basis points, or ..."): what the step before it counts;
- a step taken off or put on a rate named after it ("shaved half a point from the Marlow rate");
- a noun of change naming what changed ("a lift in tariffs of half a percentage point");
- a result per share before a gerund ("earnings per share sliding to 6.3 cents"): the result, not "share";
- a "respectively" run far past a comma: the two named subjects opening the sentence;
- an excluding phrase after "with" and a gerund of change: the measure before "excluding".
"""

from __future__ import annotations

from tests.unit.figure_helpers import figures_of


def _half(sentence: str):  # noqa: ANN202 - a Fact
    return next(f for f in figures_of(sentence) if f.value == 0.5)


def test_half_a_percentage_point_is_a_step_of_the_rate_changed() -> None:
    half = _half("The Brannock reserve trimmed its lending rate by half a percentage point in June.")
    assert half.unit == "percentage points"
    assert half.counts is not None and "lending rate" in half.counts


def test_half_a_point_after_a_verb_of_change_counts_its_subject() -> None:
    half = _half("Consumer prices slowed half a percent over the winter months.")
    assert half.unit == "percent"


def test_near_miss_half_an_hour_and_half_a_dozen_are_no_step() -> None:
    assert [f.unit for f in figures_of("The Brannock board met for half an hour.")] == []
    found = figures_of("Half a dozen lenders joined the Brannock scheme.")
    assert [f.value for f in found] == [6]


def test_a_step_restated_after_or_counts_what_the_first_counts() -> None:
    found = figures_of("Members backed the customary rise of 25 basis points, or a quarter of a percentage point.")
    step = next(f for f in found if f.value == 0.25)
    assert step.counts == "customary rise"


def test_near_miss_or_after_a_count_with_no_unit_is_not_restated() -> None:
    found = figures_of("Quill Haulage laid off 40 drivers, or a quarter of a percentage point of its staff.")
    step = next(f for f in found if f.value == 0.25)
    assert step.counts != "drivers"


def test_a_step_taken_from_a_rate_named_after_it() -> None:
    half = _half("Since then the governor has shaved half a percentage point from the Marlow rate twice.")
    assert half.counts == "Marlow rate"


def test_near_miss_a_step_added_on_the_week_counts_no_week() -> None:
    found = figures_of("Gilt yields added a quarter of a point to the prior close.")
    step = next(f for f in found if f.value == 0.25)
    assert step.counts is None or "prior" not in step.counts


def test_a_noun_of_change_naming_what_changed() -> None:
    half = _half("The Brannock board weighed a lift in tariffs of half a percentage point.")
    assert half.counts == "lift in tariffs"


# --- a result per share read as counting "share" (per_share_measures_en) ---


def test_earnings_per_share_before_a_gerund_count_the_earnings_per_share() -> None:
    found = figures_of("That left the Harwick group's earnings per share sliding to 6.3 cents, from 6.8 cents before.")
    assert [f.counts.split(" (")[0] for f in found if f.counts] == ["earnings per share", "earnings per share"]


def test_near_miss_a_firm_s_share_is_no_result_per_share() -> None:
    found = figures_of("The Harwick share sliding to 6.3 cents worried traders.")
    assert all("per share" not in (f.counts or "") for f in found)


# --- a far "respectively" pair: named subjects opening the sentence (sharing_lists) ---


def test_a_far_respectively_pair_pairs_the_named_subjects() -> None:
    text = "Harwick and Tolland Mining were among the worst performers, ending Friday off 1.2% and 2.4% respectively."
    found = figures_of(text)
    assert [(f.value, f.counts) for f in found] == [(1.2, "Harwick"), (2.4, "Tolland Mining")]


def test_near_miss_common_nouns_opening_the_sentence_are_no_pair() -> None:
    found = figures_of("The Harwick and Tolland plants were shut, with output down 12% and 9% respectively.")
    assert [f.counts for f in found] == ["output", "output"]


# --- an excluding phrase after "with", a gerund of change (excluded_subjects_en) ---


def test_with_a_measure_excluding_a_list_slowing_to_levels_counts_the_measure() -> None:
    text = "She sees demand cooling, with output excluding the oil and timber industries slowing to 1.5% by June."
    found = figures_of(text)
    assert [f.counts for f in found] == ["output"]


def test_near_miss_with_a_measure_and_no_excluding_phrase_keeps_its_reading() -> None:
    text = "She sees demand cooling, with output in the oil and timber industries slowing to 1.5% by June."
    found = figures_of(text)
    assert [f.counts for f in found] != ["output"]
