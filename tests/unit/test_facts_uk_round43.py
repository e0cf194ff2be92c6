"""Round 43 (k-uk43): English figures and quotes of British news, read on unseen newspaper and trade pages.

Made-up sentences of the shapes found there, each with a near miss that keeps its old reading:

- a sum or a percentage in a relative clause whose verb says a level reached or held ("the levies, which total
  £6m", "the sequel, which opened with £3.1m", "a trade that shot up from £40m to £65m"): the noun the clause
  hangs on is what the figure counts, not the clause's verb;
- a court report's advocate set off with a participle ("Name, prosecuting,"): a later "The prosecutor said:" is that
  advocate, not the accused the sentence before named.
"""

from __future__ import annotations

from tests.unit.figure_helpers import nth_counts_of
from tests.unit.quote_case_checks import said

# --- a level in a relative clause: the antecedent counts it ---


def test_a_total_in_a_relative_clause_counts_its_antecedent() -> None:
    text = "Most of the harbour levies, which total £6m a season, are paid by ferry operators."
    assert "levies" in nth_counts_of(text, 6_000_000)


def test_an_opening_sum_in_a_relative_clause_counts_the_film_before_it() -> None:
    text = "That puts it behind the earlier musical, which opened with £3.1m across Britain."
    assert nth_counts_of(text, 3_100_000) == "earlier musical"


def test_both_ends_of_a_rise_in_a_relative_clause_count_the_antecedent() -> None:
    text = "Sales grew in kayak hire, a trade that shot up from £40m to £65m over a decade."
    assert nth_counts_of(text, 40_000_000) == "trade"
    assert nth_counts_of(text, 65_000_000) == "trade"


def test_a_rate_standing_in_a_relative_clause_counts_its_antecedent() -> None:
    text = "Ministers blamed the mortgage rate, which stands at 6.2%, for the slump."
    assert "rate" in nth_counts_of(text, 6.2)


def test_near_miss_a_count_in_a_relative_clause_keeps_its_own_noun() -> None:
    text = "The ferry firm, which employs 340 deckhands, opened a depot."
    assert nth_counts_of(text, 340) == "deckhands"


def test_near_miss_a_figure_after_that_opening_a_reported_clause_is_no_relative() -> None:
    text = "The survey found that 58% back the new ferry timetable."
    assert "found" not in nth_counts_of(text, 58)
    assert "timetable" in nth_counts_of(text, 58)


def test_near_miss_a_sum_its_own_subject_counts_is_kept() -> None:
    text = "Harbour fees, which rose sharply last year, reached £7.5m in March."
    assert "fees" in nth_counts_of(text, 7_500_000)


# --- a court report's advocate: "Name, prosecuting," then "The prosecutor said:" ---

_HEARING = (
    "Dorian Pellow, 44, admitted stealing lead from a chapel roof at Kendal magistrates court.\n\n"
    "Wendy Marsh, prosecuting, told the bench the metal was sold to a scrapyard.\n\n"
    "Pellow had loaded the lead into a borrowed trailer.\n\n"
    "Magistrates heard Pellow owed money to a neighbour.\n\n"
)


def test_the_prosecutor_is_the_advocate_set_off_with_prosecuting() -> None:
    text = _HEARING + 'The prosecutor said: "The chapel will need a new roof before winter."'
    assert said(text, "en")[-1][1] == "Wendy Marsh"


def test_near_miss_the_defending_advocate_is_no_prosecutor() -> None:
    text = _HEARING.replace("prosecuting", "defending") + 'The prosecutor said: "The chapel needs a new roof."'
    assert said(text, "en")[-1][1] != "Wendy Marsh"
