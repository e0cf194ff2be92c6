"""Round 37 (k-figs36): English figures of disasters, health, elections and courts, by the shape that carried them.

Made-up sentences of the shapes read on real pages; near misses keep their old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import figures_of, nth_counts_of, values_of


def _unit_of(text: str, value: float) -> str | None:
    found = [f for f in figures_of(text) if f.value is not None and abs(f.value - value) <= 1e-6 * value]
    assert found, f"no figure {value} in {text!r}"
    return found[0].unit


# A share used as the adjective of a change whose modifier joins a capitalised part by a hyphen ("all-Wales"):
# the whole modifier and the change, not the modifier's first half.
def test_share_before_a_hyphened_capitalised_modifier() -> None:
    text = "Referrals in the valleys rose by 54%, double the 27% all-Scotland increase."
    assert nth_counts_of(text, 27) == "all-Scotland increase"
    assert "rise" in nth_counts_of("Councils reported a 12% non-EU rise in applications.", 12)


def test_share_before_a_lower_case_hyphened_modifier_is_unchanged() -> None:
    # near miss: an all-lower-case hyphened modifier read as before
    assert nth_counts_of("The board agreed a 5% across-the-board cut.", 5) == "across-the-board cut"
    assert "increase" in nth_counts_of("Sales showed a 9% year-on-year increase.", 9)


# Abbreviated plural units spaced from the digits ("50 kms", "3 hrs", "20 mins"): the unit, only as a whole word.
def test_spaced_abbreviated_plural_units() -> None:
    assert _unit_of("The village lies about 30 miles (48 kms) north of the port.", 48) == "kilometers"
    assert _unit_of("Patients waited 6 hrs in the corridor.", 6) == "hours"
    assert _unit_of("The ambulance arrived after 40 mins.", 40) == "minutes"


def test_a_word_starting_like_an_abbreviation_is_no_unit() -> None:
    # near miss: "minsters" starts with "mins" but is a word of its own
    assert _unit_of("The county has 12 minsters and 40 parish churches.", 12) is None


# A mixed number with a slash fraction ("2-1/2 feet", "3 1/2 miles"): its unit, what it counts past the unit, and a
# conversion in brackets after it reads the same.
def test_mixed_number_with_a_unit_and_a_conversion() -> None:
    text = "The storm dropped more than 3-1/2 inches (8.9 cm) of rain on the valley overnight."
    assert _unit_of(text, 3.5) == "inches"
    assert "rain" in nth_counts_of(text, 3.5)
    assert "rain" in nth_counts_of(text, 8.9)


def test_plain_slash_fraction_keeps_no_unit() -> None:
    # near miss: a fraction with no whole number before it is a share, no unit
    text = "Officials said 2/3 of voters backed the plan."
    assert _unit_of(text, 2 / 3) is None
    assert "voters" in nth_counts_of(text, 2 / 3)


# An area or length hung on a noun by a participle of extent ("a blaze covering 500 acres"): the noun's, not the
# clause's subject.
def test_extent_participle_measures_the_noun_before_it() -> None:
    assert "blaze" in nth_counts_of("Crews are fighting a blaze covering more than 800 acres near the lake.", 800)
    text = "Several small fires joined to form a huge fire spanning between 5,000 and 9,000 hectares."
    assert "fire" in nth_counts_of(text, 5000)
    assert "park" in nth_counts_of("The council approved a new park measuring 14 hectares.", 14)


def test_extent_participle_after_a_copula_or_of_a_period_is_not_hung() -> None:
    # near misses: "is covering" is the clause's own verb; a report covering months is a period, not an extent
    assert "fire" in nth_counts_of("The fire is now covering 300 hectares.", 300)
    period = nth_counts_of("Officers filed a report covering 18 months of complaints.", 18)
    assert period != "report" and "months" in period


# "worth" with an adverb of how little before the sum ("worth just £20"), and the idioms "to the value of", "to the
# tune of" after a noun: the noun before is what the sum values.
def test_worth_with_an_adverb_values_the_noun_before() -> None:
    assert nth_counts_of("He admitted stealing two bottles of gin worth just £30, which were recovered.", 30) == "gin"
    assert nth_counts_of("She took a scooter worth only £90 from the yard.", 90) == "scooter (from the yard)"


def test_value_and_tune_idioms_value_the_noun_before() -> None:
    assert nth_counts_of("He took some cleaning products, to the value of £12.40, from the store.", 12.40) == "products"
    assert nth_counts_of("The club built up debts to the tune of £3m before it folded.", 3_000_000) == "debts"


def test_value_idiom_after_a_participle_names_no_thing() -> None:
    # near miss: after a participle the idiom hangs on no noun, so the participle is not what the sum values
    assert nth_counts_of("He was fined to the value of £250.", 250) != "fined"


# A council budget's list item, a dash and a gerund of money ("Closure of two museums – saving £90,000"): the item
# is what the sum saves or raises.
def test_budget_list_item_before_a_dash_and_a_gerund() -> None:
    counts = nth_counts_of("Closure of two branch museums – saving £90,000", 90_000)
    assert "savings" in counts and "museums" in counts
    assert "parking" in nth_counts_of("Higher charges for resident parking - raising £410,000", 410_000)


def test_clause_before_a_dash_is_no_list_item() -> None:
    # near miss: a clause (an article opens it, a verb in it) before the dash is no item of a list
    assert "board" not in nth_counts_of("The board agreed a new rota – saving £75,000 a year.", 75_000)


# The participle of an irregular plain verb after "to" or a modal ("plans to find £3m"): "found", not "finded".
def test_irregular_plain_verb_participle() -> None:
    counts = nth_counts_of("The trust must find £3m in savings by April.", 3_000_000)
    assert "finded" not in counts and "savings" in counts
    assert "hired" in nth_counts_of("The board plans to hire 40 nurses.", 40)  # near miss: a regular verb


# A verb of estimating, its object holding a decimal ("the 6.4-magnitude quake") and "at" a figure: the object.
def test_estimate_at_past_a_decimal_in_the_object() -> None:
    text = "Officials put the death toll from the 6.4-magnitude quake at 118, but said it could rise."
    assert "death toll" in nth_counts_of(text, 118)
    # near miss: the same object without a decimal read as before
    assert "death toll" in nth_counts_of("Officials put the death toll from the quake at 118.", 118)


# A bare gap to a rival in a table is in the unit of the standing, not of the games still to play.
def test_gap_after_games_still_to_play_takes_the_points() -> None:
    text = "The draw leaves them 15th on 38 points with four games to play, five ahead of Millbrook."
    counts = nth_counts_of(text, 5)
    assert counts.startswith("points") and counts.endswith("Millbrook)")


def test_gap_after_games_played_keeps_the_points() -> None:
    # near miss: games played ("from 30 games") were already passed over for the points
    text = "Town have 61 points from 30 games, two clear of Rovers."
    assert nth_counts_of(text, 2).startswith("points")


# A list of counts sharing the first one's noun and preposition ("41 suspects for robbery, 19 for fraud"): each
# later count is of the same noun, not the preposition's object.
def test_listed_counts_share_the_first_noun_and_preposition() -> None:
    text = "Officers detained 41 suspects for burglary, 19 for fraud and 8 for arson."
    assert nth_counts_of(text, 19) == "suspects for fraud"
    assert nth_counts_of(text, 8) == "suspects for arson"
    text = "Of the total, 63 of the suspects were charged with assault, 22 with theft and 5 with affray."
    assert "suspects" in nth_counts_of(text, 22)


def test_listed_count_with_its_own_noun_or_another_preposition_is_its_own() -> None:
    # near misses: the second count names its own noun, or takes another preposition
    text = "Officers detained 41 suspects for burglary, and 12 officers in the unit were praised."
    assert "suspects" not in nth_counts_of(text, 12)
    text = "Officers detained 41 suspects for burglary, 19 of them from the estate."
    assert "fraud" not in nth_counts_of(text, 19)


# A negated comparison before a number is its qualifier whole: "no fewer than 143" is at least 143.
def test_negated_comparison_is_kept_in_the_qualifier() -> None:
    found = [f for f in figures_of("The command arrested no fewer than 143 suspects.") if f.value == 143]
    assert found and found[0].qualifier == "no fewer than"
    found = [f for f in figures_of("Not less than 20 people died in the crash.") if f.value == 20]
    assert found and (found[0].qualifier or "").lower() == "not less than"
    # near miss: a plain comparison is as before
    found = [f for f in figures_of("The command arrested fewer than 143 suspects.") if f.value == 143]
    assert found and found[0].qualifier == "fewer than"


# A count right after a place phrase that opens the sentence with no comma ("In Kells General Hospital 31 are
# waiting"): a count with its own verb, not a name's number.
def test_count_after_a_fronted_place_phrase_is_a_figure() -> None:
    assert 31 in values_of("In Kells General Hospital 31 are waiting on trolleys.")


def test_number_of_a_name_before_a_noun_stays_a_name() -> None:
    # near miss: the number goes on into a noun, as a name's does ("In Formula 1 teams ...")
    assert 1 not in values_of("In Formula 1 teams are run like firms.")


# A name's number has no thousands' comma: "for Ward 1 and 2,310 ballots for Ward 2" counts ballots.
def test_count_with_thousands_after_a_named_number_and_and() -> None:
    text = "By noon, 1,905 ballots had been counted for Ward 1 and 2,310 ballots for Ward 2."
    assert 2310 in values_of(text)
    assert 2 not in values_of("Crews were sent to Ward 1 and 2 overnight.")  # near miss: a pair of named wards


# An existential "there" before a bare count is no subject of it.
def test_existential_there_is_no_subject() -> None:
    text = "Today there are 19 in Ennis Hospital."
    assert "there" not in nth_counts_of(text, 19).lower()
    assert "patients" in nth_counts_of("There are 19 patients on trolleys today.", 19)  # near miss: its own noun


# A fronted "Of the X ..., N were ..." whose whole has a longer modifier after its plural head: the head is the whole.
def test_fronted_whole_with_a_long_modifier() -> None:
    text = "Of the ballots cast by post in the northern ward, 6,204 were for Ms Hale."
    assert nth_counts_of(text, 6204) == "ballots"
    assert "patients" in nth_counts_of("Of the patients admitted over the winter, 48 were children.", 48)


def test_fronted_whole_of_few_words_is_as_before() -> None:
    # near miss: a short whole read as before
    assert "passengers" in nth_counts_of("Of the 300 passengers, 12 were hurt.", 12)


# "cent" is a unit only as its own word: "across 2,695 centres" counts centres, no cents.
def test_centres_are_no_cents() -> None:
    text = "Pupils sat the exams across 1,412 centres in 30 districts."
    assert _unit_of(text, 1412) is None
    assert "centres" in nth_counts_of(text, 1412)
    assert _unit_of("A first-class stamp costs 85 cents.", 85) == "cents"  # near miss: the coin itself


def test_listed_counts_with_times_are_no_list_of_kinds() -> None:
    # near miss: "in May ... in June" are times, not kinds; the list reading stays out
    assert "June" not in nth_counts_of("The depot took on 80 drivers in May and 35 in June.", 35)
