"""Round 49 (k-da49): Danish world news, its people, roles and quotes. Made-up sentences with invented names (the
shapes of the errors found on real Danish news), each with a near miss that must keep its reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, names_by_kind, people_roles, quotes_of


def _speakers(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in quotes_of(paragraphs, "da")]


def test_a_given_name_that_is_also_a_town_and_a_surname_is_a_person_not_a_body() -> None:
    # ("Vladimir" is a Russian town in the gazetteer, and the given-name lists leave out names that are places)
    apposition = "Kesslands udenrigsminister, Vladimir Dorov, er lørdag død, skriver nyhedsbureauet Nova."
    found = names_by_kind(["Dødsfald", apposition], "da")
    assert "Vladimir Dorov" in found["person"] and "Vladimir Dorov" not in found["organisation"]
    assert people_roles(["Dødsfald", apposition], "da")["Vladimir Dorov"] == "Kesslands udenrigsminister"
    alone = ["Besøg", "Vladimir Dorov er rejst til Kina.", "Ifølge bureauet skal Dorov mødes med landets leder."]
    found = names_by_kind(alone, "da")
    assert "Vladimir Dorov" not in found["organisation"]
    # near miss: a town and a capitalised common noun is still a body's name ("Vestby Kommune" is said in lower case)
    body = ["Byråd", "Vestby Kunstmuseum åbner i dag.", "Museet har kostet 40 millioner kroner."]
    assert "Vestby Kunstmuseum" in names_by_kind(body, "da")["organisation"]


def test_a_names_genitive_starts_the_role_after_a_fronted_clause_or_verb() -> None:
    fronted = "I morgen rejser Kesslands udenrigsminister, Arvo Lind, til Genève."
    assert people_roles(["Rejse", fronted], "da")["Arvo Lind"] == "Kesslands udenrigsminister"
    clause = "Det skete, en uge efter at han havde ringet til Tarlands premierminister, Ivan Dorov."
    assert people_roles(["Møde", clause], "da")["Ivan Dorov"] == "Tarlands premierminister"
    auxiliary = "Samtidig har den russiske forsvarsminister, Pavel Orlovskij, talt med pressen."
    assert people_roles(["Samtale", auxiliary], "da")["Pavel Orlovskij"] == "russiske forsvarsminister"
    chancellor = "Han mødtes i går med Tysklands kansler, Greta Holm, i Berlin."
    assert people_roles(["Møde", chancellor], "da")["Greta Holm"] == "Tysklands kansler"
    # near misses: a role the genitive opens keeps its modifiers and owner, and a lower-case genitive as before
    modifiers = "Sagen blev drøftet med Kesslands tidligere ambassadør, Tom Harlow, i går."
    assert people_roles(["Sag", modifiers], "da")["Tom Harlow"] == "Kesslands tidligere ambassadør"
    copula = "Men trods sejren er Løvernes cheftræner, Jens Holm, ikke tilfreds."
    assert people_roles(["Kamp", copula], "da")["Jens Holm"] == "Løvernes cheftræner"


def test_a_role_noun_and_its_preposition_before_a_body_that_precedes_the_name() -> None:
    owner = "Sagen skal først behandles i næste uge, oplyser talskvinde for Det Hvide Hus Anna Brink."
    assert people_roles(["Svar", owner], "da")["Anna Brink"] == "talskvinde for Det Hvide Hus"
    # near miss: a role already read with its body stays as it was, not doubled
    read = "I går sagde tidligere direktør i Kessbank Ole Vinter nej."
    assert people_roles(["Nej", read], "da")["Ole Vinter"] == "direktør i Kessbank"


def test_compound_spokesmen_and_students_are_roles() -> None:
    spokesman = "Ingen kom alvorligt til skade, oplyser polititalsmand Mads Kvist til avisen."
    assert people_roles(["Angreb", spokesman], "da")["Mads Kvist"] == "polititalsmand"
    student = "Lægestuderende Jens Holm har undersøgt sagen."
    assert people_roles(["Studie", student], "da")["Jens Holm"] == "Lægestuderende"
    # near miss: a word that only ends like one is no role ("Tarup" after a plain verb keeps no role)
    plain = "I går mødte Jens Holm sin bror i Tarup."
    assert not people_roles(["Møde", plain], "da").get("Jens Holm")


def test_but_opens_the_next_clause_not_an_apposition() -> None:
    clubs = "Det er FC Vesterby og Tarup, men Vesterby-træneren mener ikke, at ligaen er sund."
    found = names_by_kind(["Liga", clubs], "da")
    assert "Tarup" not in found["person"]
    english = "The two were Kessby and Tarup, but the Kessby coach said the league is healthy."
    assert "Tarup" not in names_by_kind(["League", english], "en")["person"]
    # near miss: a real apposition after the comma still gives the role
    apposition = "Det siger Jens Holm, træner for FC Vesterby, til avisen."
    assert people_roles(["Liga", apposition], "da")["Jens Holm"] == "træner for FC Vesterby"


def test_a_forecast_after_a_dash_quote_attributes_it() -> None:
    paragraphs = [
        "Liga",
        "Vesterby-træner Jens Holm mener ikke, at ligaen er sund.",
        "– Det bliver tæt helt til det sidste. Vi har et fint udgangspunkt før de sidste kampe, spår cheftræneren.",
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["Jens Holm"]


def test_danish_words_in_marks_inside_the_writers_clause_are_a_phrase_not_a_quote() -> None:
    noun_phrase = 'Her skrev han, at Kessland havde "meget gode samtaler med naboerne" om alligevel at mødes.'
    assert _speakers(["Møde", noun_phrase]) == []
    preposition = 'I brevet har præsidenten bedt om oplysningerne "efter ønske fra medlemmerne".'
    assert _speakers(["Svar", preposition]) == []
    infinitive = "I udspillet handler det om 'at binde landet stærkere sammen'."
    assert _speakers(["Udspil", infinitive]) == []
    # (words credited to a source with "ifølge" are the source's, however they open)
    credited = 'Ifølge talskvinde Ida Berg er planen "en gave til hele egnen".'
    assert _speakers(["Svar", credited]) == [("en gave til hele egnen", "Ida Berg")]
    # near misses: a clause with its finite verb, the speaker's "we", a predicate's verb, or a whole sentence in marks
    finite = 'Han sagde, at regeringen "vil gøre alt for at hjælpe".'
    assert [q for q, _ in _speakers(["Hjælp", finite])] == ["vil gøre alt for at hjælpe"]
    own = 'Mads Holm kalder det "en sejr for os alle", siger han.'
    assert [q for q, _ in _speakers(["Sejr", own])] == ["en sejr for os alle"]
    predicate = 'Hun siger, at partiet "støtter planen fuldt ud".'
    assert [q for q, _ in _speakers(["Plan", predicate])] == ["støtter planen fuldt ud"]
    sentence = '"Vi er klar," siger Mads Holm.'
    assert _speakers(["Klar", sentence]) == [("Vi er klar", "Mads Holm")]


def test_phrase_rule_leaves_figures_of_the_sentence_alone() -> None:
    facts = facts_of(['Han skrev, at de havde "meget gode samtaler" med 12 lande.'], "da")
    assert 12 in [f.value for f in facts if f.kind == "figure"]
