"""Round 38, second pass (k-fig39): what English figures count on business, technology, entertainment and sport pages.

Made-up sentences of the shapes read on UK and Irish market reports, box office and chart pages, each with a near
miss that keeps its old reading.
"""

from __future__ import annotations

from tests.unit.figure_helpers import counts_in, figures_of


def _head(text: str, value: float) -> str:
    """What the first figure of `value` counts, without the predicate `counted_predicate` adds in brackets."""
    return counts_in(figures_of(text), value).split(" (")[0]


# --- a subject with an aside carries its own figure, not the next clause's: "X, which ..., fell 2%, while Y ..." ---


def test_clause_after_an_aside_keeps_its_own_subject() -> None:
    head = _head("Halvern, which reports on its winter trading next week, fell 2%, while Corlow rose 3%.", 3)
    assert head == "Corlow"


def test_clause_after_an_aside_with_and_keeps_its_own_subject() -> None:
    head = _head("Brandle Foods, the biscuit maker, rose 4%, and Pelling Stores slipped 1.5%.", 1.5)
    assert head == "Pelling Stores"


def test_aside_subject_still_carries_its_own_figure() -> None:
    # near miss: the figure right after the verb the aside's subject governs stays the subject's
    head = _head("Halvern, which reports on its winter trading next week, fell 2%, while Corlow rose 3%.", 2)
    assert head == "Halvern"


def test_aside_subject_with_words_before_its_figure() -> None:
    # near miss: words between the verb and the figure, but no other figure, still reach back to the subject
    head = _head("Its load factor, a measure of how full the planes are, was up by almost 4%.", 4)
    assert head == "load factor"


# --- a mark passed: "the N mark in X" counts X ("to top the 4 million mark in paid downloads") ---


def test_mark_in_a_complement_counts_the_complement() -> None:
    assert _head("The single became the first to top the 4 million mark in paid downloads.", 4_000_000) == (
        "paid downloads"
    )


def test_barrier_in_money_counts_the_complement() -> None:
    assert _head("The comedy crossed the £30m barrier in ticket sales on Sunday.", 30_000_000) == "ticket sales"


def test_milestone_of_counts_the_complement() -> None:
    assert _head("The chain has passed the 500 milestone of stores, the firm said.", 500) == "stores"


def test_mark_in_a_time_keeps_its_reading() -> None:
    # near miss: "in the first week" says when, not what the mark is of
    assert "week" not in counts_in(figures_of("Takings passed the £30m mark in the first week."), 30_000_000)


def test_mark_after_a_not_the_keeps_its_reading() -> None:
    # near miss: a mark that is a score ("a mark of 8"), not one passed
    assert "exam" not in counts_in(figures_of("She scored a mark of 8 in the exam."), 8)


# --- a bare "m" against an audience's share or "tuning in" is millions, not metres (TV ratings copy) ---


def _value_unit(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.unit) for f in figures_of(text) if f.unit != "percent"]


def test_bare_m_before_a_share_in_brackets_is_millions() -> None:
    assert _value_unit("The talent show returned with a peak of 11.8m (54%) on Saturday.") == [(11_800_000, None)]


def test_bare_m_before_a_named_share_is_millions() -> None:
    assert _value_unit("The quiz grabbed an impressive 2.7m (13.7% share) at 10pm.") == [(2_700_000, None)]


def test_bare_m_before_tuning_in_is_millions() -> None:
    assert _value_unit("The drama bounced back, with 3.4m tuning in for the hour.") == [(3_400_000, None)]


def test_bare_m_before_a_bracket_without_a_share_stays_metres() -> None:
    # near miss: a bracketed conversion after a length keeps the metres
    assert _value_unit("The fence was 2.5m (about 8ft) high.")[0] == (2.5, "meters")


# --- a price after a deal's verb, its object and where it went: "bought X to Fulham in 1997 for £800,000" ---


def test_transfer_fee_after_a_time_counts_the_deal() -> None:
    head = _head("The manager bought Corrin to Hallford in November 1997 for £800,000.", 800_000)
    assert head == "bought Corrin to Hallford"


def test_transfer_fee_after_a_club_and_month_counts_the_deal() -> None:
    head = _head("Westbury signed the striker from Porlan in July for £24m.", 24_000_000)
    assert head == "signed the striker from Porlan"


def test_fee_of_a_move_counts_the_move() -> None:
    head = _head("He stayed 18 months before moving onto Dunmore United for £1 million in October 1995.", 1_000_000)
    assert head == "moving onto Dunmore United"


def test_passive_deal_with_an_agent_keeps_the_place() -> None:
    head = _head("Ravel was brought over from Spain for £50,000 by his old manager.", 50_000)
    assert head == "brought over from Spain"


def test_deal_read_already_is_kept() -> None:
    # near miss: the verb and its object right before "for" were read already
    assert _head("Westbury signed the striker for £24m.", 24_000_000) == "signed the striker"


def test_passive_sale_with_nothing_between_keeps_its_thing() -> None:
    # near miss: "was sold for for": no object nor place between the verb and "for"
    assert _head("The old ferry was sold for for 290,000 euros.", 290_000) == "old ferry"


# --- a unit written against the digits of the figure before is no noun: "up 4.5p to £5.36" ---


def test_price_after_a_change_in_pence_counts_the_share_not_the_p() -> None:
    head = _head("Tarrow Inns was slightly higher, up 4.5p to £5.36 after it reported a rise in profits.", 5.36)
    assert head == "Tarrow Inns"


def test_price_after_a_percent_and_pence_counts_the_share_not_the_p() -> None:
    head = _head("Brinley was the biggest faller, down 12%, or 21.1p to 152.7p after it warned.", 152.7)
    assert head != "p" and "p to" not in head


def test_noun_after_a_change_in_pence_is_still_read() -> None:
    # near miss: the subject before the verb of change, with no comma between, is read as before
    assert "Tarrow Inns" in counts_in(figures_of("Tarrow Inns shares rose 4.5p to £5.36."), 5.36)


def test_bare_m_before_tune_for_in_a_headline_is_millions() -> None:
    assert _value_unit("Overnights: 8.4m tune for the latest soap twist") == [(8_400_000, None)]
