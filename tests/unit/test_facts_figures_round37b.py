"""Round 37, second pass (k-fig37): English figures of any genre, what they count and their qualifiers.

Made-up sentences of the shapes read on real pages (wildfires, company results, box office); each shape has a near
miss that keeps its old reading.
"""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.figure_helpers import figures_of, nth_counts_of


def _figure_of(text: str, value: float) -> Fact:
    found = [f for f in figures_of(text) if f.value is not None and abs(f.value - value) <= 1e-6 * value]
    assert found, f"no figure {value} in {text!r}"
    return found[0]


def _qualifier_of(text: str, value: float) -> str | None:
    return _figure_of(text, value).qualifier


# A qualifier before a currency sign ("more than $40bn", "almost US$ 60 billion", "up to £500"): the sum's own, as
# before a bare number.
def test_qualifier_before_a_currency_sign() -> None:
    assert _qualifier_of("The merger wiped almost $40 billion off the group's value.", 40e9) == "almost"
    assert _qualifier_of("Fines of up to £500 can be imposed on drivers.", 500) == "up to"
    assert _qualifier_of("The plan costs about US$7,500 per household.", 7500) == "about"
    assert _qualifier_of("Investors lost nearly $ 60 billion in one day.", 60e9) == "nearly"
    assert _qualifier_of("The council spent more than €2m on the bridge.", 2e6) == "more than"


def test_a_sum_with_no_qualifier_keeps_none() -> None:
    # near miss: a word before the sign that is no qualifier ("over" as a particle is one, "spent" is not)
    assert _qualifier_of("The council spent $2m on the bridge.", 2e6) is None
    assert _qualifier_of("Tickets cost £45 at the door.", 45) is None


# A verb that narrows or widens a measure the subject owns: the measure is what the sum counts, even where an aside
# stands between the subject and the verb.
def test_narrowed_its_loss_to_a_sum() -> None:
    assert nth_counts_of("The group narrowed its operating loss to $52 million in the period.", 52e6) == (
        "operating loss"
    )
    text = "The Home and Garden Unit, which includes the tools arm, narrowed its operating loss to $52 million."
    assert nth_counts_of(text, 52e6) == "operating loss"
    assert "deficit" in nth_counts_of("The state widened its budget deficit to $3.1 billion.", 3.1e9)


def test_a_subject_after_an_aside_still_counts_an_intransitive_change() -> None:
    # near miss: no object after the verb: the subject before the aside is still what changed
    text = "The price cap, which sets a maximum rate per unit, will rise by £111 for the year."
    assert "price cap" in nth_counts_of(text, 111)


# "forecast/projected/pegged X at N": the object is what the figure counts, as after "estimated X at".
def test_forecast_an_object_at_a_figure() -> None:
    assert "profits" in nth_counts_of("Analysts forecast the group's profits at $2.10 per share.", 2.10)
    assert "growth" in nth_counts_of("The central bank pegged growth at 3.4% for the year.", 3.4)


def test_forecast_without_an_object_at_is_unchanged() -> None:
    # near miss: "forecast" as a noun before the figure keeps its own reading
    assert "forecast" in nth_counts_of("The company raised its annual forecast to $4.1 billion.", 4.1e9)


# "X premiered in 534 cinemas and brought in $265,000": a second verb after "and" ends the first figure's noun, and
# the sum after it is the subject's takings.
def test_second_verb_with_a_particle_after_a_count() -> None:
    text = "The music film premiered in 120 cinemas and brought in $310,000 over the weekend."
    assert nth_counts_of(text, 120) == "cinemas"
    assert nth_counts_of(text, 310000) == "music film"
    text = 'Among small releases, the music film "The Dogs," from Blue Pictures, premiered in 534 cinemas and took in $265,000.'
    assert nth_counts_of(text, 534) == "cinemas"
    assert "music film" in nth_counts_of(text, 265000)


def test_a_list_of_nouns_after_a_count_is_kept() -> None:
    # near miss: "and" between two nouns is still one list of what is counted
    assert "shops" in nth_counts_of("The storm damaged 120 homes and shops in the town.", 120)
    assert "homes" in nth_counts_of("The storm damaged 120 homes and shops in the town.", 120)


def _unit_of(text: str, value: float) -> str | None:
    return _figure_of(text, value).unit


# A whole unit word written against the digits, as police and customs releases do ("seized 420grams of cannabis").
def test_whole_unit_words_glued_to_the_digits() -> None:
    assert _unit_of("Officers seized 420grams of cannabis at the house.", 420) == "grams"
    assert _unit_of("The van held 40litres of diesel.", 40) == "litres"
    assert "cannabis" in nth_counts_of("Officers seized 420grams of cannabis at the house.", 420)


def test_a_model_name_glued_to_its_number_is_still_no_figure() -> None:
    # near miss: letters that are no unit word keep the model reading
    assert not [f for f in figures_of("The airline flies the 787dreamliner to Lisbon.") if f.value == 787]


# "killing 200 people and injuring dozens": a second participle after a plural head opens its own clause.
def test_second_participle_after_a_plural_head() -> None:
    text = "The quake struck the region, killing more than 200 people and injuring dozens as roofs fell in."
    assert "injuring" not in nth_counts_of(text, 200)
    assert "people" in nth_counts_of(text, 200)


def test_coordinated_modifiers_before_a_head_are_kept() -> None:
    # near miss: "sailing and fishing boats" is one head with two modifiers
    assert nth_counts_of("The yard builds 300 sailing and fishing boats a year.", 300) == "sailing and fishing boats"


# "paid the club £4.2m for him": an object pronoun after "for" is nothing the sum counts.
def test_object_pronoun_after_a_sum_is_no_noun() -> None:
    assert "him" not in nth_counts_of("The club paid the champions £4.2m for him in 2019.", 4.2e6).split()


def test_a_noun_after_for_is_kept() -> None:
    # near miss: a noun after "for" is read as before
    assert "repairs" in nth_counts_of("The council paid £4.2m for repairs to the bridge.", 4.2e6)


# "The rise means households pay £N": "means" with "that" left out opens a clause whose own subject pays the sum.
def test_means_opens_a_clause_with_its_own_subject() -> None:
    assert nth_counts_of("The rise means households pay £1,520.40.", 1520.40) == "households pay"
    assert "Band D properties" in nth_counts_of("The 8% increase means Band D properties pay £1,520.40.", 1520.40)


def test_means_before_a_noun_phrase_is_unchanged() -> None:
    # near miss: "means an extra £135" has no clause after "means"
    assert "rise" in nth_counts_of("The rise means an extra £135 a year for each home.", 135)


# "north of $20M": business slang for "more than", only before a sum.
def test_north_of_a_sum_is_a_qualifier() -> None:
    assert _qualifier_of("Half of its films have debuted north of $30M this year.", 30e6) == "north of"
    assert "films" in nth_counts_of("Half of its films have debuted north of $30M this year.", 30e6)


def test_north_of_a_count_is_a_direction() -> None:
    # near miss: before a bare count "north of" is where, no bound
    assert _qualifier_of("The town lies north of 12 villages on the plain.", 12) is None
