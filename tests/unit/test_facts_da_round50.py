"""Round 50 (k-da50): Danish news, what its sums count and the compound titles of its people. Made-up sentences with
invented names (the shapes of the errors found on real Danish news), each with a near miss that must keep its
reading."""

from __future__ import annotations

from tests.unit.facts_helpers import nth_counts, people_roles


def test_what_doing_something_costs_past_who_pays_a_hedge_and_a_span() -> None:
    # who pays between the verb and the sum: a name of two words, a definite noun
    payer = "I fjor kostede det Vestby Havn godt tre millioner kroner at uddybe sejlrenden."
    assert nth_counts(payer, 3e6, "da") == "at uddybe sejlrenden"
    definite = "Efter planen skal det koste regionen 9 milliarder kroner at flytte sygehuset."
    assert nth_counts(definite, 9e9, "da") == "at flytte sygehuset"
    # a hedge after a modal, and how often the sum is paid, between the sum and the infinitive
    hedged = "Ifølge skolen ville det kunne koste højst 45 millioner kroner årligt at holde den åben."
    assert nth_counts(hedged, 45e6, "da") == "at holde den åben"
    # a name inside what is paid for stays in it
    named = "Det har kostet os 600.000 kroner at reparere Tarup Kirkes tårn."
    assert "tårn" in (nth_counts(named, 600000, "da") or "")
    # near misses: no infinitive after the sum keeps the subject's reading; the plain shape as before
    subject = "Bilen kostede mindst 300.000 kroner, og at købe den var dumt."
    assert nth_counts(subject, 300000, "da") == "Bilen"
    plain = "Det koster 900 kroner at leje en robåd."
    assert nth_counts(plain, 900, "da") == "at leje en robåd"


def test_a_sum_paid_in_an_indefinite_noun_counts_that_noun() -> None:
    paid = "Klubben betalte sidste år 7 millioner euro i et udlæg til spillerens agent."
    assert "udlæg" in (nth_counts(paid, 7e6, "da") or "")
    # near misses: a span of time after the article says when; the bare noun as before
    span = "Han fik 5.000 kroner i en periode på to år."
    assert "periode" not in (nth_counts(span, 5000, "da") or "")
    bare = "Værftet skal betale 3 millioner kroner i erstatning."
    assert "erstatning" in (nth_counts(bare, 3e6, "da") or "")


def test_a_sum_in_a_relative_clause_of_equivalence_counts_its_noun() -> None:
    fine = "Bøden, der svarer til 8 millioner kroner, deles af de tre rederier."
    assert nth_counts(fine, 8e6, "da") == "Bøden"
    phrase = "Det samlede beløb, som svarer til 2 millioner kroner, er nu betalt."
    assert nth_counts(phrase, 2e6, "da") == "Det samlede beløb"
    # near miss: "svarende til" after a figure still shares that figure's reading
    shared = "Prisen på kaffe steg 5 procent, svarende til 30 kroner."
    assert nth_counts(shared, 30, "da") == nth_counts(shared, 5, "da")


def test_compound_university_titles_are_roles() -> None:
    lecturer = "Ole Vinter, seniorlektor ved Tarup Universitet, kalder planen urealistisk."
    assert people_roles(["Plan", lecturer], "da")["Ole Vinter"] == "seniorlektor ved Tarup Universitet"
    professor = "Økonomiprofessor Anna Brink mener, at renten stiger."
    assert people_roles(["Rente", professor], "da")["Anna Brink"] == "Økonomiprofessor"
    # near miss: the plain title as before
    plain = "Ole Vinter, lektor ved Tarup Universitet, kalder planen urealistisk."
    assert people_roles(["Plan", plain], "da")["Ole Vinter"] == "lektor ved Tarup Universitet"
