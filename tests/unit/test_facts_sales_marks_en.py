"""What an English figure counts when its own noun names nothing: "units" or "shipments" after a verb of selling or
reaching, a mark that something was carried past or passed, and a ratio that "improved" past an aside.

Every sentence here is written for these tests (invented firms, products and clubs). The check is the corpus
scorer's: the value, and a key word inside the extracted `counts`.
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("E-reader deliveries passed 2.3 million units by June.", 2300000, "E-reader deliveries"),
        ("Blue Widget Corp sold only 400,000 units in Europe last year.", 400000, "Blue Widget"),
        ("Sales were flat, while the handset nearly hit 4 million shipments in Asia.", 4000000, "handset"),
        ("By March, the old console had passed 20 million units worldwide.", 20000000, "console"),
        ("Heron Audio has shipped more than 90,000 units since the launch.", 90000, "Heron Audio"),
    ],
)
def test_bare_units_after_a_verb_of_selling_count_the_subject(text: str, value: float, key: str) -> None:
    # "units" alone names nothing: the product (or the firm that sells it) is the subject of the clause
    counts = counts_of(text, "en", value)
    assert key in counts
    assert "units" in counts or "shipments" in counts  # (the unit word stays, in brackets)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Harbour Motors sold 300 housing units last year.", 300, "housing units"),  # a noun before "units"
        ("The depot holds 5,000 units of stock.", 5000, "units of stock"),  # a noun of its own after it
        ("It sold 400,000 units.", 400000, "units"),  # a pronoun names nothing
        ("The company shipped 12,000 units in May.", 12000, "units"),  # nor a body named only by its kind
    ],
)
def test_units_with_a_noun_of_their_own_or_a_pronoun_subject_are_left(text: str, value: float, expected: str) -> None:
    counts = counts_of(text, "en", value)
    assert counts.startswith(expected)
    assert "(" not in counts.replace("(sold)", "")


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The two signings lift the side's wage bill past the £60m mark.", 60000000, "wage bill"),
        ("The rally pushed the index above the 5,000 mark.", 5000, "index"),
        ("The index passed the 5,000 mark on Monday.", 5000, "index"),
        ("Its debt has passed the $2 billion mark.", 2000000000, "debt"),
        ("Online sales of the album topped the 100,000 mark last week.", 100000, "sales"),
    ],
)
def test_a_mark_counts_what_was_carried_past_it_or_passed_it(text: str, value: float, key: str) -> None:
    counts = counts_of(text, "en", value)
    assert key in counts
    assert "mark" in counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        # the complement still wins where there is one, and a pronoun is no owner
        ("The single became the first song to top the 4 million mark in paid downloads.", 4000000, "paid downloads"),
        ("The firm passed the £1m mark in sales last year.", 1000000, "sales"),
    ],
)
def test_a_marks_complement_still_names_what_it_counts(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_pronoun_carried_past_a_mark_is_no_owner() -> None:
    assert counts_of("It pushed them past the 5,000 mark.", "en", 5000) == "mark"


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Its cost ratio — the share of income eaten by costs — improved to 48 per cent.", 48, "cost ratio"),
        ("The bank's capital ratio, a gauge of its strength, worsened to 9.2 per cent.", 9.2, "capital ratio"),
    ],
)
def test_a_ratio_that_improved_past_an_aside_counts_the_ratio(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Subscription income rose 18 percent, year on year, to £640m.", 640000000, "subscription income"),
        ("Freight volumes climbed 9 percent, month-on-month, to $1.2 billion.", 1200000000, "freight volumes"),
        ("Ticket sales rose 12%, compared with last year, to £40m.", 40000000, "ticket sales"),
    ],
)
def test_a_level_after_a_comparison_in_commas_counts_what_changed(text: str, value: float, key: str) -> None:
    # the comparison set off in commas is when, not what: the level is the new size of what the change counts
    assert key in counts_of(text, "en", value).lower()


def test_a_level_after_another_aside_in_commas_is_left() -> None:
    # only a comparison is read through; an aside with a noun of its own is another reader's
    assert "year" not in counts_of("The index fell 3%, its worst day, to 4,000.", "en", 4000)
