"""People, roles and quote speakers, twenty-ninth round: classes found by reading whole English and Danish news
pages nobody here had tuned on (council and police reports, ministers' written answers, party spokespeople,
association chairs), the facts written down by hand first. The classes are grammar, not words: a pronoun that is also
a given name somewhere, a Danish attribution "lyder det fra" before an apposition, a Danish "med" before a definite
role noun set off by a comma. Every sentence and name is made up; each class has a look-alike that must keep its
reading.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _role(paragraphs: list[str], name: str, language: str = "en") -> str | None:
    roles = people_roles(paragraphs, language)
    assert name in roles, roles
    return roles[name]


# A capitalised pronoun introducing a paragraph with a colon is the pronoun, never a person of that given name.
def test_a_danish_pronoun_before_a_colon_is_its_antecedent_not_a_person() -> None:
    paragraphs = [
        "Avisen ville gerne have talt med ministeren, Kaj Brandt (Soc.dem.), men det var ikke muligt. "
        "Han har i stedet sendt et skriftligt svar:",
        "- Det er en svær situation for alle i byen. Vi skylder dem en afklaring.",
    ]
    facts = facts_of(paragraphs, "da")
    assert "Han" not in [f.text for f in facts if f.kind == "person"]
    quotes = [f for f in facts if f.kind == "quote"]
    assert quotes and quotes[-1].speaker == "Kaj Brandt", quotes


def test_a_given_name_alone_after_a_quote_stays_a_person() -> None:
    # (near miss: a known given name alone after the quote is still the speaker, as before)
    paragraphs = ["Her neighbour, Nancy, saw the fire first.", '"It was terrifying," Nancy said.']
    quotes = quotes_of(paragraphs)
    assert quotes and quotes[-1].speaker == "Nancy", quotes


# "..., lyder det fra den radikale retsordfører, X": the attribution and the article are no part of the role.
def test_lyder_det_fra_before_an_apposition_is_no_part_of_the_role() -> None:
    text = "Der skal være en god forklaring, lyder det fra den radikale retsordfører, Lise Holt."
    assert _role([text], "Lise Holt", "da") == "radikale retsordfører"
    text = "Det er en stor dag, lød det fra en glad formand, Per Kragh."
    assert _role([text], "Per Kragh", "da") == "glad formand"


def test_det_siger_before_an_apposition_keeps_its_role() -> None:
    # (near miss: "Det siger formand for X, Y" was read before and stays)
    text = "Det siger formand for grundejerforeningen, Lise Holt."
    assert "formand for grundejerforeningen" in (_role([text], "Lise Holt", "da") or "")


# A Danish definite role noun after "med" ("with"), set off by a comma before the name, is the apposition.
def test_a_definite_role_after_med_is_the_apposition() -> None:
    assert _role(["Avisen talte med borgmesteren, Ole Brink, i går."], "Ole Brink", "da") == "borgmesteren"
    text = "Han mødtes med formanden for klubben, Jens Dahl, i går."
    assert _role([text], "Jens Dahl", "da") == "formanden for klubben"
    # (near misses: a possessive after "med" keeps its reading; a name after "med" with no role noun has no role)
    assert _role(["Hun har talt med sin søster, Ida Brink, om sagen."], "Ida Brink", "da") == "sin søster"
    assert _role(["Holdet vandt i går med en scoring af Ole Brink."], "Ole Brink", "da") is None
