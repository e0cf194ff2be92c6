"""What a figure counts at the end of a quoted sentence: the full stop before the closing mark ends the clause, as a
full stop before a space does, so the words after the figure are not read twice ("lower prices (invested), to lower
prices." was the reading of a sum inside a supermarket chief's quote, briefing an unseen page through a plain pip
install in round 45).
"""

from __future__ import annotations

from tests.unit.facts_helpers import nth_counts


def test_a_full_stop_before_a_closing_quote_mark_ends_the_clause() -> None:
    counts = nth_counts("“We have recently invested a further £90m to cut bread prices.”", 90_000_000, "en")
    assert counts == "cut bread prices (invested)"


def test_near_miss_the_same_words_outside_a_quote_read_the_same() -> None:
    counts = nth_counts("The baker has recently invested a further £90m to cut bread prices.", 90_000_000, "en")
    assert counts == "cut bread prices (baker invested)"
