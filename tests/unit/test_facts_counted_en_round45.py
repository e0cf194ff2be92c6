"""Round 45 (k-cnt45): what English figures count, from shapes seen across British and US probe pages: a time noun
that is a figure's own noun, and a share of a whole named after "that", "all the" or "those in". Made-up sentences,
each with a near miss."""

from __future__ import annotations

from tests.unit.figure_helpers import counts_of, nth_counts_of


def test_a_time_noun_right_after_a_figure_is_its_own_noun() -> None:
    said = "The keeper, who has made 58 starts in four seasons, signed on."
    assert counts_of(said, "en", 4) == "seasons"
    assert counts_of("The orchard sold 900 crates over the last three quarters.", "en", 3) == "quarters"
    # near miss: a baseline's time after an article still takes the reading of the sum before it
    base = "Turnover at the orchard was up 2 per cent to £8.1m, from £7.9m the year before."
    assert nth_counts_of(base, 7_900_000) == nth_counts_of(base, 8_100_000)


def test_a_share_of_a_whole_named_after_a_determiner_counts_that_whole() -> None:
    assert "grant" in counts_of("Nearly 30 percent of that grant paid for ramps.", "en", 30)
    assert "weavers" in counts_of("Over half of all the guild's weavers signed the letter.", "en", 0.5)
    assert "parish" in counts_of("Almost two-fifths of those in the valley's oldest parish own a boat.", "en", 0.4)
    # near miss: "that" before a verb is the whole itself, no noun of it
    assert "went" not in counts_of("A third of that went on ramps.", "en", 1 / 3)
    # near miss: "those who" keeps its relative clause
    assert counts_of("Half of those who applied were refused.", "en", 0.5).startswith("those who")
