"""Classes two real agency pages on market regulators showed (not kept), written again with made-up names: a
fine on a body of four words or more ("fined the Kessby Board Options Exchange $6 million") counted the
regulators in the subject; a headline's "fines X $85M" counted what came after; a cause that moves a measure
("propelled the index up 6.5 percent") gave the cause as what rose; a month cut short after a preposition ran
into a body's name ("Dunmore Securities on Aug. 16")."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _counts(paragraphs: list[str]) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of(paragraphs) if f.kind == "figure"]


def test_a_fine_on_a_long_named_body_is_a_fine_on_that_body() -> None:
    counts = _counts(
        ["Federal regulators Tuesday fined the Kessby Board Options Exchange $6 million, saying it erred."]
    )
    assert counts == [(6_000_000.0, "fine (Kessby Board Options Exchange)")]


def test_a_fine_with_a_short_object_is_unchanged() -> None:
    assert _counts(["A court fined the firm £20,000 for the breach."]) == [(20_000.0, "fine (firm)")]


def test_a_headlines_present_tense_fine() -> None:
    counts = _counts(["Regulator fines brokerage $85M for trading errors."])
    assert counts == [(85_000_000.0, "fine (brokerage)")]


def test_a_cause_that_moves_a_measure_up_counts_the_measure() -> None:
    counts = _counts(["A wave of buy orders propelled the main index up 6.5 percent before it fell back."])
    assert counts == [(6.5, "main index")]
    counts = _counts(["The profit warning sent shares in the group down 12% on Monday."])
    assert counts == [(12.0, "shares in the group")]


def test_a_rise_with_no_cause_is_read_as_before() -> None:
    counts = _counts(["The main index rose 6.5 percent on Monday."])
    assert counts and counts[0][0] == 6.5 and "index" in (counts[0][1] or "")


def test_an_abbreviated_month_after_a_preposition_ends_a_bodys_name() -> None:
    orgs = [
        f.text
        for f in facts_of(
            ["Orders from Dunmore Securities on Aug. 16 lifted the index.", "Holm Capital on Sept. 3 sold."]
        )
        if f.kind == "organisation"
    ]
    assert "Dunmore Securities" in orgs and not [name for name in orgs if name.endswith(("Aug", "Sept"))]


def test_a_sum_taken_by_fraud_counts_the_fraud_and_its_victim() -> None:
    counts = _counts(["Three people were found guilty of defrauding Kessby Stores of some $42 million."])
    assert counts == [(3.0, counts[0][1]), (42_000_000.0, "defrauding Kessby Stores")]
    assert _counts(["He cheated elderly investors out of $3 million."]) == [(3_000_000.0, "cheated elderly investors")]


def test_a_parent_of_a_bare_number_counts_children() -> None:
    counts = _counts(["The judge commended the mother of two for completing her probation."])
    assert counts == [(2.0, "children")]
    assert _counts(["A grandfather of five, he still works."]) == [(5.0, "grandchildren")]


def test_a_parent_of_a_number_with_a_noun_keeps_the_noun() -> None:
    counts = _counts(["She is the mother of two sons who play for the club."])
    assert counts and "sons" in (counts[0][1] or "")
