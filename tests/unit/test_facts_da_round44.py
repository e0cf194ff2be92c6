"""Round 44 (k-da44): Danish speakers named by a definite role with a clause or a body after it, and Danish figures
whose clause holds an adverb between the subject and the verb. Made-up sentences, each with a near miss."""

from __future__ import annotations

from tests.unit.facts_helpers import quotes_of
from tests.unit.figure_helpers import counts_of

_DIRECTOR = "Ingrid Mosegaard er direktør for Sølvbæk Mejeri."


def test_a_definite_role_and_its_relative_clause_ending_a_dash_paragraph_is_the_role_holder() -> None:
    said = "- Vi har tømt lageret. Nu venter vi på nye leverancer, oplyser direktøren, som glæder sig over salget."
    assert [q.speaker for q in quotes_of([_DIRECTOR, said], "da")] == ["Ingrid Mosegaard"]
    # near miss: a definite noun that is no role ("kunden") names nobody the article gave a role
    other = said.replace("direktøren", "kunden")
    assert [q.speaker for q in quotes_of([_DIRECTOR, other], "da")] != ["Ingrid Mosegaard"]


def test_a_definite_role_for_a_body_is_the_role_holder() -> None:
    said = '"Det er vores bedste halvår," lyder det fra direktøren for det gamle mejeri.'
    assert [q.speaker for q in quotes_of([_DIRECTOR, said], "da")] == ["Ingrid Mosegaard"]
    # near miss: a group before "for" speaks itself, not the director
    group = said.replace("direktøren", "kunderne")
    assert [q.speaker for q in quotes_of([_DIRECTOR, group], "da")] == ["kunderne"]


def test_an_adverb_or_a_source_inside_a_relative_clause_is_no_count() -> None:
    assert "rækkehus" in counts_of("Et rækkehus, der typisk er 90 kvadratmeter, sælges hurtigt.", "da", 90)
    assert "Lønnen" in counts_of("Lønnen, som ifølge Lederne er steget med 3 procent, er høj.", "da", 3)
    # near miss: a noun after the figure is still what it counts, whatever adverb the clause holds
    assert "ost" in counts_of("Kunderne, som typisk køber 3 kilo ost, er glade.", "da", 3)


def test_as_expected_after_the_verb_of_change_is_no_count() -> None:
    assert counts_of("Salget af cykler steg som forventet med 4 procent.", "da", 4) == "Salget af cykler"
    # near miss: "som ventet" after the figure was never read as its count
    assert counts_of("Salget af cykler steg med 4 procent, som ventet.", "da", 4) == "Salget af cykler"
