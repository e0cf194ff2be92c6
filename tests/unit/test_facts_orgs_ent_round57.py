"""Organisations, round 57: classes found on unseen technology and entertainment copy (record labels, media
groups, internet firms). Made-up sentences; the known firms are the gazetteer's own entries."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _bodies(paragraphs: list[str]) -> list[str]:
    article = ArticleText(Path("t-en.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    return [f.text for f in extract_facts(build_document(article, language="en")) if f.kind == "organisation"]


def test_a_known_firm_before_its_trade_keeps_the_trade_even_when_its_name_is_also_a_word() -> None:
    # "Shell" is a known firm, though the tagger's text also writes "shell": its trade arm is one body
    bodies = _bodies(["Talks stalled after Shell Energy and Varnox signed a letter of intent on Tuesday."])
    assert "Shell Energy" in bodies
    assert "Varnox" in bodies
    assert "Shell" not in bodies


def test_a_trade_after_plain_words_is_still_no_firm() -> None:
    # near misses: fields of study and a ministry's portfolio stay no firm
    assert _bodies(["He studied Corporate Finance at a night school in the town."]) == []
    assert "Mines and Energy" not in _bodies(["The ministry of Mines and Energy said the plan was late."])


def test_the_object_of_an_acquisition_noun_is_a_firm() -> None:
    assert "Quillfeather" in _bodies(["Brevanta, whose acquisition of Quillfeather is before the regulator, said nothing."])
    assert "Dunmerrow" in _bodies(["Investors cheered the buyout of Dunmerrow by a private equity group."])


def test_an_acquisition_of_a_makers_works_or_of_plain_things_names_no_firm() -> None:
    assert "Corvelli" not in _bodies(["The acquisition of Corvelli paintings cost the museum dearly."])
    assert _bodies(["The acquisition of land for the new road took years."]) == []


def test_an_employer_in_the_possessive_after_a_job_loses_its_s() -> None:
    # "chairman of X's division": the employer is X, not "X's"
    bodies = _bodies(["Carl Holm, chairman of Brevanta's film distribution division, met the bankers."])
    assert "Brevanta" in bodies
    assert "Brevanta's" not in bodies
    # near miss: a plain employer after the job is unchanged
    assert "Brevanta Holdings" in _bodies(["Carl Holm, chairman of Brevanta Holdings, met the bankers."])
