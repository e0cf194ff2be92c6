"""Round 30 (k-fig28): what English figures count, by the grammar that carries it.

Made-up sentences of the shapes read on news pages of every genre (disasters, company results, council budgets),
each with near misses that keep their old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_of

# --- a verb of amount whose subject follows fronted phrases and asides set off by commas ---


def test_amount_verb_subject_after_fronted_phrase_and_aside() -> None:
    text = "In the Marlow valley, about 120 miles north of Castleby, the regional hub, the death toll stood at 64."
    reading = counts_of(text, "en", 64)
    assert "toll" in reading and "miles" not in reading


def test_amount_verb_near_verb_reads_its_subject() -> None:
    assert "toll" in counts_of("Death toll in Tarvia, Ostland nears 3,000 as rescuers dig", "en", 3000)


def test_amount_verb_comma_inside_subject_keeps_the_head() -> None:
    text = "The number of pupils, including infants, rose to 1,412 last term."
    assert "pupils" in counts_of(text, "en", 1412)
    text = "In the north, near the coast, the number of cases rose to 1,250."
    assert "cases" in counts_of(text, "en", 1250)
