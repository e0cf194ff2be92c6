"""Danish facts by the general grammar of Danish news (made-up names only): a genitive "s" on a listed name of
several words, a possessive pronoun before a role, a name's own final "s" before a verb, firms and schools named
by a word and their kind, "en halv million", "to af Xs ...", "otte-ti år", "koster X at ...", verbs of
recalling after a quote, a dateline in capitals."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of, quotes_of


def _kinds(paragraphs: list[str]) -> set[tuple[str, str]]:
    return {(f.kind, f.text) for f in facts_of(paragraphs, "da") if f.kind in ("person", "organisation", "place")}


def test_a_listed_name_of_several_words_in_the_danish_genitive() -> None:
    assert ("organisation", "Amnesty International") in _kinds(["Amnesty Internationals rapport kritiserer planen."])


def test_a_danish_possessive_pronoun_is_no_body_owning_a_role() -> None:
    assert _kinds(["Hans kone, Lise Ørnbo, var også med."]) == {("person", "Lise Ørnbo")}


def test_a_danish_name_ending_in_s_before_a_verb_keeps_its_s() -> None:
    assert ("person", "Kaj Brøns") in _kinds(["Den tidligere landstræner Kaj Brøns har fået nyt job."])
    assert ("person", "Lars Tolvig") in _kinds(["Lars Tolvigs cykel blev stjålet."])


def test_danish_firms_and_schools_named_by_a_word_and_their_kind() -> None:
    found = _kinds(
        ["Jens Holmgaard, direktør i Halby Mejeri, forklarer.", "Eleverne på Tolvik Roklub og Vestby Skole."]
    )
    assert {
        ("organisation", "Halby Mejeri"),
        ("organisation", "Tolvik Roklub"),
        ("organisation", "Vestby Skole"),
    } <= found
    assert ("person", "Halby Mejeri") not in found


def test_half_a_million_in_danish_words() -> None:
    figures = [
        (f.value, f.unit) for f in facts_of(["Huset kostede en halv million kroner."], "da") if f.kind == "figure"
    ]
    assert figures == [(500000.0, "DKK")]


def test_half_past_as_a_clock_time_is_no_half() -> None:
    assert not [f for f in facts_of(["Mødet begynder klokken halv seks."], "da") if f.kind == "figure"]


def _figures(paragraphs: list[str]) -> list[tuple[float | None, float | None, str | None]]:
    return [(f.value, f.value_max, f.counts) for f in facts_of(paragraphs, "da") if f.kind == "figure"]


def test_a_part_of_a_group_owned_by_a_genitive_is_a_figure() -> None:
    assert _figures(["De er to af Halby Teaters mest talentfulde skuespillere."]) == [
        (2.0, None, "Halby Teaters mest talentfulde skuespillere")
    ]
    assert _figures(["Tre af hans børn bor i Vestby."])[0][:2] == (3.0, None)


def test_a_range_of_two_danish_number_words_joined_by_a_hyphen() -> None:
    assert [(v, top) for v, top, _c in _figures(["Vi har kendt hinanden, siden vi var otte-ti år gamle."])] == [
        (8.0, 10.0)
    ]


def test_what_a_sum_costs_to_do_is_the_infinitive_after_it() -> None:
    # (the English helper's reading keeps the place the infinitive goes on to: "... en cykel i Vestby")
    [(value, top, counts)] = _figures(["Det kostede 300 kroner at leje en cykel i Vestby."])
    assert (value, top) == (300.0, None) and counts is not None and counts.startswith("at leje en cykel")


def test_a_quote_followed_by_a_verb_of_recalling_and_a_given_name() -> None:
    quotes = quotes_of(['"Det var dengang, vi spillede fodbold sammen," husker Kim og smiler.'], "da")
    assert [q.speaker for q in quotes] == ["Kim"]


def test_a_danish_dateline_in_capitals_is_a_place() -> None:
    assert ("place", "KØBENHAVN") in _kinds(["KØBENHAVN: Tre mænd blev anholdt i nat."])
    assert not _kinds(["FØRSTE DAG: Alle var glade."])


def _roles(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "da") if f.kind == "person"}


def test_a_body_joined_to_a_definite_job_before_a_name_is_a_role() -> None:
    assert _roles(["Han mødte FN-chefen Lars Brink i går."]) == {"Lars Brink": "FN-chefen"}


def test_a_party_acronym_in_the_genitive_before_a_name_is_no_part_of_it() -> None:
    assert _roles(["SFs Jens Holm stemte imod."]) == {"Jens Holm": "SFs"}


def test_a_danish_verb_in_er_after_a_name_is_no_role_of_the_next_name() -> None:
    assert _roles(["Hanne Ravn besøger Vestrup."]) == {"Hanne Ravn": None}


def test_nordic_given_names_with_their_own_letters_open_a_name() -> None:
    from briefing_app.core.facts.gazetteer import person_names

    assert {"Søren", "Jørgen"} <= person_names()[0]
    assert _roles(["SFs Søren Tolvig stemte imod."]) == {"Søren Tolvig": "SFs"}


def _orgs(paragraphs: list[str]) -> set[str]:
    return {f.text for f in facts_of(paragraphs, "da") if f.kind == "organisation"}


def test_the_capitalised_article_of_a_danish_name_is_part_of_it() -> None:
    found = _orgs(["Han blev valgt for Det Liberale Tolvikparti i 1990.", "Senere forlod han Liberale Tolvikparti."])
    assert found == {"Det Liberale Tolvikparti"}


def test_danish_boards_departments_and_forces_by_their_last_part() -> None:
    found = _orgs(["Sagen blev sendt til Havneklagenævnet.", "Tolvikdepartementet har regnet på det."])
    assert found == {"Havneklagenævnet", "Tolvikdepartementet"}


def test_clubs_by_their_initials_and_grounds_and_gardens_by_their_kind() -> None:
    found = _kinds(["Kampen mod Vestrup IF blev spillet på Tolvik Stadion.", "Bagefter gik vi i Vestrups Have."])
    assert {("organisation", "Vestrup IF"), ("place", "Tolvik Stadion"), ("place", "Vestrups Have")} <= found
    assert not {name for kind, name in found if kind == "person"}


def test_a_danish_person_found_as_a_body_too_is_the_body(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_app.core.facts import tagger_checks_da
    from briefing_app.core.facts.entity_tagger import Entity
    from briefing_app.core.facts.model import Fact, SourceSentence

    sentences = [SourceSentence(0, 0, "Han købte billetter til Moving Harbour i går.")]
    people = [Fact("person", "Moving Harbour", 0), Fact("person", "Jens Holm", 0), Fact("person", "Tolvik Brygge", 0)]
    monkeypatch.setattr(tagger_checks_da, "tag_sentence", lambda _t: (Entity(25, 39, "Moving Harbour", "ORG", 30.0),))
    kept, added = tagger_checks_da.drop_named_things(people, [Fact("place", "Tolvik Brygge", 0)], sentences, "da")
    assert [f.text for f in kept] == ["Jens Holm"]
    assert [(f.kind, f.text) for f in added] == [("organisation", "Moving Harbour")]


def _money(paragraphs: list[str]) -> list[tuple[float | None, str | None, str | None]]:
    return [(f.value, f.unit, f.counts) for f in facts_of(paragraphs, "da") if f.kind == "figure"]


def test_currencies_of_danish_papers_and_the_genitive_crown() -> None:
    assert _money(["Han fik en 20.000 kroners bøde."]) == [(20000.0, "DKK", "bøde")]
    assert _money(["Vestrup Motor tjente 5 mia. svenske kroner."])[0][:2] == (5e9, "SEK")
    assert _money(["Firmaet investerer 30 mio. D-mark i Tolvik."])[0][:2] == (3e7, "DEM")
    assert _money(["Projektet kostede 12 mio. ECU."])[0][:2] == (1.2e7, "XEU")


def test_a_danish_unit_of_mass_or_volume_measures_the_noun_after_it() -> None:
    assert _money(["Skibet lastede 4.000 ton korn."]) == [(4000.0, "tons", "korn")]
    assert _money(["Der faldt 30 millimeter regn i nat."]) == [(30.0, "millimetres", "regn")]
    assert _money(["Han løb på 10,2 sekunder."])[0][:2] == (10.2, "seconds")


def test_an_adverb_before_pa_is_no_noun_the_figure_measures() -> None:
    assert _money(["Ledigheden er nu på 11,2 procent."])[0][2] == "Ledigheden"
    assert _money(["Hver dansker spiser 30 kilo sukker om året."]) == [(30.0, "kilograms", "sukker")]


def test_danish_titles_trades_and_definite_nouns_of_a_job_shape_before_a_name() -> None:
    assert _roles(["Kronprins Frederik og prins Joachim kommer hjem."])["Joachim"] == "prins"
    assert _roles(["Han fik penge fra modstanderen Axel Tolvig."]) == {"Axel Tolvig": "modstanderen"}
    assert _roles(["Det gjorde debutanten Bjarne Tolvig godt."]) == {"Bjarne Tolvig": "debutanten"}


def test_a_danish_apposition_set_off_by_dashes_or_ending_in_a_trade() -> None:
    assert _roles(["Frits Tolvig - jurist i Vestrup Kommune - siger nej."]) == {
        "Frits Tolvig": "jurist i Vestrup Kommune"
    }
    assert _roles(["Eddie Tolvig, italiensk-amerikansk havnearbejder i Vestrup."]) == {
        "Eddie Tolvig": "italiensk-amerikansk havnearbejder i Vestrup"
    }


def test_an_adjective_opening_a_danish_sentence_is_no_part_of_the_name_after_it() -> None:
    assert set(_roles(["Erfarne Ivan Tolvig er helt på linie."])) == {"Ivan Tolvig"}


def test_a_danish_adverb_with_a_job_ending_is_no_role_of_the_name_after_it() -> None:
    found = _kinds(["Den ene maskine brød sammen, hvorefter Kvarn vendte om og humpede til Vestby."])
    assert not {name for kind, name in found if kind == "person"}


def test_danish_counties_the_supreme_court_and_parties_named_bare() -> None:
    found = _orgs(["Amtsrådet i Vestrup Amt vedtog budgettet.", "Sagen er nu sendt til Højesteret."])
    assert {"Vestrup Amt", "Højesteret"} <= found
    assert "Vestrup Amt" not in _roles(["Amtsrådet i Vestrup Amt vedtog budgettet."])
