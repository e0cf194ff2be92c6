"""Organisations, sixth round: one test per error class, on sentences written for these tests (no name here
comes from the corpus or seeds/)."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.orgs_ar import arabic_orgs
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str], language: str = "en") -> list[Fact]:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    return extract_facts(build_document(article, language=language))


def _orgs(paragraphs: list[str], language: str = "en") -> set[str]:
    return {f.text for f in _facts(paragraphs, language) if f.kind == "organisation"}


def test_the_body_a_named_speaker_speaks_for() -> None:
    orgs = _orgs([
        "Maria Lopez from Harbour Watch said the nets had been cut again.",
        "Peter Holm, for Northwind Trust, says the fund will grow.",
    ])
    assert {"Harbour Watch", "Northwind Trust"} <= orgs


def test_a_speakers_town_or_another_person_is_no_body() -> None:
    orgs = _orgs([
        "Maria Lopez from Toronto said the nets had been cut again.",
        "Peter Holm of John Smith said nothing.",
    ])
    assert not orgs & {"Toronto", "John Smith"}


def test_an_outlet_named_by_common_words_doing_what_outlets_do() -> None:
    orgs = _orgs([
        "Harbour Notes published a long interview with the harbour master.",
        "The notes were shared widely, and Coastal Digest, meanwhile, posted a photo of the pier.",
        "A digest of the week followed.",
    ])
    assert {"Harbour Notes", "Coastal Digest"} <= orgs


def test_a_person_or_a_place_doing_what_outlets_do_is_no_outlet() -> None:
    orgs = _orgs([
        "John Harbour published a long interview with the port's notes.",
        "New York posted a record, the notes said.",
        "Prime Minister tweeted a photo of the notes.",
    ])
    assert not orgs & {"John Harbour", "New York", "Prime Minister"}


def test_an_arabic_body_ending_with_a_place_of_two_words_keeps_it_whole() -> None:
    names = [name for _, _, name in arabic_orgs("وقال متحدث باسم حكومة سان مارينو إن الخطة جاهزة.")]
    assert "حكومة سان مارينو" in names
    assert "حكومة سان" not in names


def test_a_one_word_name_joined_to_a_body_is_a_body() -> None:
    orgs = _orgs(["Spillerne i Kystby Boldklub og i Zentrix er klar til at spille igen."], "da") | _orgs(["The talks with Northwind Holdings and Quarrex broke down in the spring."])
    assert {"Zentrix", "Quarrex"} <= orgs


def test_a_person_or_place_joined_to_a_body_is_no_body() -> None:
    orgs = _orgs(["Staff of Northwind Holdings and Maria met in Toronto, and Northwind Holdings and Canada agreed."])
    assert not orgs & {"Maria", "Canada"}


def test_the_employer_after_work_or_a_job() -> None:
    orgs = _orgs(["Her brother works at Zentrix in the city.", "She became an engineer with Quarrex last year."])
    assert {"Zentrix", "Quarrex"} <= orgs


def test_a_person_after_a_job_or_work_is_no_employer() -> None:
    orgs = _orgs(["He is a lawyer for Maria now.", "He works for Peter in the shop."])
    assert not orgs & {"Maria", "Peter"}


def test_a_one_word_name_speaking_in_a_statement_is_a_body() -> None:
    orgs = _orgs(["Last year Quarrex said in a statement that it would grow."])
    assert "Quarrex" in orgs


def test_danish_cues_that_a_one_word_name_is_a_company() -> None:
    orgs = _orgs(["Butikken er ejet af Zentrix, og han er ansat hos Quarrex."], "da")
    assert {"Zentrix", "Quarrex"} <= orgs


def test_a_danish_town_or_person_after_a_company_cue_is_no_company() -> None:
    orgs = _orgs(["Hun er direktør i Aarhus og arbejder hos Peter."], "da")
    assert not orgs & {"Aarhus", "Peter"}


def test_the_body_a_speaker_named_with_a_job_and_an_initial_speaks_for() -> None:
    orgs = _orgs(["Blogger J. Holm, from Harbourgeeks writes that the ferry is late again."])
    assert "Harbourgeeks" in orgs
