"""Round 43 (k-cnt43): what an English figure counts when every reading left no noun (`nounless_counts_en`).

Made-up sentences of the shapes found on unseen British and US pages, each with a near miss that keeps its old
reading:

- a verb phrase before the figure ("now rests on", "are probably worth", "..., holding steady with"): the clause's
  subject, the verb phrase kept in brackets; a pronoun subject stays unresolved;
- a participle after a dash sums up its clause, one after a new object ("set a steeper levy, ranging") may tell
  of the object (no subject read for either), and a reading with two verbs is no one verb phrase;
- a second verb joined by "and" ("slipped 8% to £40,000 and now rests on"): the first verb's subject;
- a preposition right after the figure and its unit ("12 feet above | the car park"): the preposition's noun phrase;
- a prefix glued to the figure by a hyphen ("a near-7% | rise in bookings"): the noun phrase after the figure.
"""

from __future__ import annotations

from tests.unit.figure_helpers import nth_counts_of

# --- a verb phrase before the figure: the clause's subject ---


def test_a_participle_after_a_comma_reads_the_main_clause_subject() -> None:
    text = "The puppet show dipped 4% on its second weekend, holding steady with £3.1m."
    assert nth_counts_of(text, 3_100_000) == "puppet show (holding steady)"


def test_a_participle_after_a_comma_with_a_pronoun_subject_stays_as_it_was() -> None:
    text = "It dipped 4% on its second outing, holding steady with £3.1m."
    assert nth_counts_of(text, 3_100_000) == "holding steady"


def test_a_participle_after_a_new_object_may_tell_of_it_and_reads_no_subject() -> None:
    text = "Most boroughs have set a steeper levy, typically varying between $6 and $9."
    assert "boroughs" not in nth_counts_of(text, 6)


def test_a_second_verb_joined_by_and_reads_the_first_verbs_subject() -> None:
    text = "Pembridge slipped 8% to £40,000 and now rests on £2.6m."
    assert nth_counts_of(text, 2_600_000) == "Pembridge (rests)"


def test_a_participle_before_and_is_no_clause_verb() -> None:
    text = "The depot handles cargo topping £2m in value and projects over £5m."
    assert "cargo" not in nth_counts_of(text, 5_000_000)


def test_an_adverb_after_a_copula_reads_the_copulas_subject() -> None:
    text = "Both Varga sisters are probably worth about $9 million, filings show."
    assert "Varga sisters" in nth_counts_of(text, 9_000_000)


def test_an_adverb_after_a_pronoun_copula_stays_as_it_was() -> None:
    text = "They are probably worth about $9 million, filings show."
    assert "Varga" not in nth_counts_of(text, 9_000_000)
    assert nth_counts_of(text, 9_000_000) == "probably"


def test_a_participle_after_a_dash_sums_up_its_clause_and_reads_no_subject() -> None:
    text = "The guild approved a leaner timetable – trimming £62,000 a season."
    assert "guild" not in nth_counts_of(text, 62_000)


def test_two_verbs_before_the_figure_are_no_one_verb_phrase() -> None:
    # (the tagger may read the plural noun after "and" as a verb: no subject is read past the second verb)
    text = "Rents climbed and wages each slid 3 percent."
    assert "Rents" not in nth_counts_of(text, 3)


# --- a piece of what surrounds the figure: the noun phrase after it ---


def test_a_preposition_after_a_length_reads_its_noun_phrase() -> None:
    text = "The parrot was perched on a gutter 20 feet above the car park."
    assert nth_counts_of(text, 20) == "above the car park"


def test_a_preposition_after_a_length_with_no_noun_after_stays_as_it_was() -> None:
    text = "The parrot was perched on a gutter 20 feet above."
    assert "car park" not in nth_counts_of(text, 20)


def test_a_prefix_glued_by_a_hyphen_reads_the_noun_after_the_figure() -> None:
    assert nth_counts_of("Last quarter the chandler logged a near-7% rise in bookings.", 7) == "rise in bookings"
    assert nth_counts_of("Last quarter the chandler logged a near-7% fall in bookings.", 7) == "fall in bookings"


def test_a_figure_with_a_noun_of_its_own_keeps_it() -> None:
    text = "Last quarter the chandler logged a 7% fall in bookings."
    assert "bookings" in nth_counts_of(text, 7)
    assert "near" not in nth_counts_of(text, 7)
