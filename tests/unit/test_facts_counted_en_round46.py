"""Round 46 (k-ukfig46): what English figures count in British business and politics copy, from shapes seen on
probe pages: "by a total of N%", a sum put "into" what it pays for, an extra sum "on top of" another, a bracket
that restates a share with "or", and a size set after a dash behind its noun. Made-up sentences, each with a
near miss that must keep its reading."""

from __future__ import annotations

from tests.unit.figure_helpers import counts_of, nth_counts_of


def test_a_total_of_a_change_measures_what_changed_not_the_total() -> None:
    assert "levy" in counts_of("The board will raise the harbour levy by a total of 3.5% over two years.", "en", 3.5)
    assert "Fares" in counts_of("Fares rose by a total of 12% last year.", "en", 12)
    assert "total" not in counts_of("Fares rose by a total of 12% last year.", "en", 12)
    # near miss: a total with its own noun keeps the noun
    assert "jobs" in counts_of("A total of 300 jobs will go at the mill.", "en", 300)
    # near miss: "by an average of" already read the measure
    assert "levy" in counts_of("The board will raise the harbour levy by an average of 3.5%.", "en", 3.5)


def test_a_sum_put_into_something_counts_what_it_goes_into() -> None:
    put = "The trust has pumped £40m into rebuilding its village halls."
    assert "village halls" in counts_of(put, "en", 40_000_000)
    assert "canal" in counts_of("The council poured £2bn into the canal scheme.", "en", 2_000_000_000)
    # near miss: "in" already named what a sum was spent on
    assert "rail lines" in counts_of("The authority invested £3bn in new rail lines.", "en", 3_000_000_000)


def test_an_extra_sum_on_top_of_another_is_no_count_of_top() -> None:
    extra = "The mayor announced an extra £40 on top of the travel grant."
    assert "top" not in counts_of(extra, "en", 40)
    assert "grant" in counts_of(extra, "en", 40)
    # near miss: a noun after the sum still heads it
    assert "bonus" in counts_of("Staff get a £40 bonus on top of their pay.", "en", 40)


def test_a_bracket_opened_by_or_restates_the_share_before_it() -> None:
    said = "About 70 per cent (or 12.5 million) of adults in the county now own a tablet."
    assert "adults" in counts_of(said, "en", 12_500_000)
    assert "adults" in counts_of(said, "en", 70)
    # near miss: a bracket with its own noun keeps it
    own = "About 70 per cent of adults (12.5 million voters) own a tablet."
    assert "voters" in counts_of(own, "en", 12_500_000)


def test_a_size_after_a_dash_counts_the_noun_before_the_dash() -> None:
    sold = "The firm leads on tablet shipments – almost 4 million in Q3, up from 2.1 million a year ago."
    assert "shipments" in nth_counts_of(sold, 4_000_000)
    assert "shipments" in nth_counts_of(sold, 2_100_000)
    # a quarter's label is when, never what a figure counts
    assert "Q3" not in nth_counts_of(sold, 2_100_000)
    # near miss: a dash then a clause with words of its own is no restatement
    apart = "The firm leads on tablet shipments – its rivals sold 2 million."
    assert "shipments" not in nth_counts_of(apart, 2_000_000)


def test_a_margin_upped_with_its_period_written_apart_counts_the_margin() -> None:
    upped = "The chain upped its margin year on year and quarter on quarter, to 12.5 per cent."
    assert counts_of(upped, "en", 12.5) == "margin"
    # near miss: the hyphenated period was already read
    assert counts_of("The maker increased its market share year-on-year, to 5.1%.", "en", 5.1) == "market share"
    # near miss: "year" alone is no share
    assert "year" not in counts_of(upped, "en", 12.5)
