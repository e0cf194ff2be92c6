"""Round 45b (k-daq45): what Danish figures count when the clause's subject is a pronoun, and sums per unit.
Made-up sentences, each with a near miss."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _counts(paragraphs: list[str], value: float) -> str | None:
    found = [f.counts for f in facts_of(paragraphs, "da") if f.kind == "figure" and f.value == value]
    return found[0] if found else None


def test_den_lander_paa_counts_the_one_definite_noun_of_the_sentence_before() -> None:
    text = "Til gengæld stiger lønudgiften ikke hos bryggeriet i Søvang. Den lander på 12 mio. kr. i år."
    assert _counts(["Regnskab fra Søvang", text], 12_000_000) == "lønudgiften"
    # near miss: the only definite noun is governed by a preposition, so "Den" stands for nothing named there
    governed = "Bestyrelsen talte længe med direktøren. Den lander på 12 mio. kr. i år."
    assert _counts(["Regnskab fra Søvang", governed], 12_000_000) != "direktøren"


def test_den_lander_paa_with_two_definite_nouns_before_takes_neither() -> None:
    # near miss: two nouns of common gender could be what "Den" stands for
    text = "Udgiften og indtægten følges ad i år. Den lander på 7 mio. kr. ifølge planen."
    assert _counts(["Regnskab fra Søvang", text], 7_000_000) not in ("udgiften", "indtægten")


def test_an_inverted_pronoun_before_a_bound_counts_what_the_figure_before_counted() -> None:
    text = "I marts var literprisen på honning 80 kroner. Nu var den steget til over 95 kroner."
    assert (_counts(["Honning bliver dyrere", text], 95) or "").startswith("literprisen")
    # near miss: a noun subject keeps its own reading, not the figure's before it
    own = "I marts var literprisen på honning 80 kroner. Nu var fragten steget til over 95 kroner."
    assert not (_counts(["Honning bliver dyrere", own], 95) or "").startswith("literprisen")


def test_a_sum_in_euro_or_dollars_per_share_counts_per_share() -> None:
    text = "Rederiet Kølvand har overtaget værftet for 12,50 euro per aktie."
    assert "aktie" in (_counts(["Opkøb", text], 12.5) or "")
    dollars = "Kæden Fjordlys har solgt sine butikker for 4,75 dollar pr. aktie til en fond."
    assert "aktie" in (_counts(["Opkøb", dollars], 4.75) or "")
    # near miss: no "per" after the sum, no base
    whole = "Rederiet Kølvand har overtaget værftet for 12,50 euro i alt."
    assert "aktie" not in (_counts(["Opkøb", whole], 12.5) or "")


def test_der_gaar_a_sum_paa_en_unit_counts_that_unit() -> None:
    text = "Der går 41,20 euro på en sæk af det polske rug."
    assert _counts(["Kornpriser", text], 41.2) == "pr. sæk"
    # near miss: a sum spent "på en" thing is what it was spent on, not a price per unit
    spent = "Kommunen brugte 5 mio. kr. på en ny svømmehal i Lerbæk."
    assert "pr." not in (_counts(["Kornpriser", spent], 5_000_000) or "")


def test_an_infinitive_of_level_after_a_modal_counts_the_clauses_subject() -> None:
    text = "Amtet regner med, at fremmødet ved høstmarkedet kan nå op på 60 procent."
    assert _counts(["Høstmarked", text], 60) == "fremmødet"
    # near miss: a verb with a content of its own after the modal keeps its reading, not the subject
    giving = "Fonden Lystrup vil bidrage med mere end 3 mio. kr. til høstmarkedet."
    assert "bidrage" in (_counts(["Høstmarked", giving], 3_000_000) or "")


def test_a_price_for_or_paa_an_article_and_noun_keeps_what_it_is_the_price_of() -> None:
    text = "I juni er prisen for et rækkehus i gennemsnit steget 3,1 procent."
    assert _counts(["Boligsalg", text], 3.1) == "prisen for et rækkehus"
    inverted = "Over det seneste halvår er priserne på campingvogne tilsvarende steget med syv procent."
    assert _counts(["Boligsalg", inverted], 7) == "priserne på campingvogne"
    # near miss: a noun that is no measure keeps no "for" phrase ("for" is what the rise was for, not of)
    other = "I juni er salget for et stort firma i gennemsnit steget 3,1 procent."
    assert "firma" not in (_counts(["Boligsalg", other], 3.1) or "")
