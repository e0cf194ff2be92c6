"""BBC golf copy of 2004-05 gives a player's total against par ("a six-under-par 66", "is 11 under par", "Pennick is
nine under", "slipped to two over") and a round's strokes ("fired a 66", "after a 75"): the figures count shots, not
the golfer the sentence is about (made-up names throughout)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def counts(sentence: str) -> dict[str, str | None]:
    return {f.text: f.counts for f in facts_of([sentence]) if f.kind == "figure"}


# golf_par_en.par_reading, called from counted_lead.lead_reading


@pytest.mark.parametrize(
    ("sentence", "figure", "word"),
    [
        ("England's Tom Harwood fired a six-under-par 66 to take the lead in Dubai.", "six-under-par", "under par"),
        ("The 28-year-old from Kent is 11 under par after two rounds at the Ridgeway club.", "11", "under par"),
        ("Scotland's Gary Pennick is nine under, with Dirk van Loon a further shot back.", "nine", "under par"),
        (
            "Scotland's Gary Pennick is nine under, with Dirk van Loon a further shot back on eight under.",
            "eight",
            "under par",
        ),
        ("Defending champion Luis Morenzo slipped to two over after a 75 and may miss the cut.", "two", "over par"),
        ("Welshman Rhys Tallon carded a four-over-par 76 in the wind.", "four-over-par", "over par"),
    ],
)
def test_a_total_against_par_counts_shots(sentence: str, figure: str, word: str) -> None:
    assert word in (counts(sentence).get(figure) or "")


@pytest.mark.parametrize(
    ("sentence", "figure", "word"),
    [
        ("England's Tom Harwood fired a six-under-par 66 to take the lead in Dubai.", "66", "round"),
        ("Defending champion Luis Morenzo slipped to two over after a 75 and may miss the cut.", "75", "round"),
        ("Ryder Cup captain Ian Carwell, who shot a 70, said the course was playing hard.", "70", "round"),
    ],
)
def test_a_round_score_counts_its_shots(sentence: str, figure: str, word: str) -> None:
    assert word in (counts(sentence).get(figure) or "")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # (near misses: "under"/"over" before a noun, outside golf, or a count with its own noun)
        ("Some 12 under the new rules will lose their benefit.", "12"),
        ("The council said 40 over the age of 65 had been rehoused.", "40"),
        ("Police shot 66 rounds of ammunition during the siege.", "66"),
        ("The club has a membership of 75 and a waiting list.", "75"),
        ("Harwood holed a 60-yard pitch at the 16th in his third round.", "60"),
    ],
)
def test_near_misses_do_not_count_par(sentence: str, figure: str) -> None:
    found = counts(sentence).get(figure) or ""
    assert "par" not in found and "in the round" not in found
