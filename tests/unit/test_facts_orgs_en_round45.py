"""English organisations, round 45: families of missed bodies found on hand-annotated British and US news (the probes'
A halves). Every sentence and name here is made up; each shape has a near miss that must not give the body."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.facts.org_intercapped import intercapped_names
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _bodies(paragraphs: list[str]) -> list[str]:
    article = ArticleText(Path("t-en.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    return [f.text for f in extract_facts(build_document(article, language="en")) if f.kind == "organisation"]


def _words(sentence: str) -> list[str]:
    return [word for _, _, word in intercapped_names(sentence)]


def test_a_coined_word_with_an_inner_capital_that_reports_or_finds_is_a_body() -> None:
    assert "TallyWorks" in _bodies(["Fewer shoppers bought winter coats, TallyWorks reveals in its monthly survey."])
    assert "PollQuest" in _bodies(["PollQuest documented a late swing among rural voters."])
    assert "NewsVane" in _bodies(["The merger talks were first reported by NewsVane last week."])
    assert "LedgerHome" in _bodies(["As LedgerHome notes, the rebels outnumbered the loyalists."])
    # the tagger may read the coined word as a person's name; its shape says otherwise
    assert "BrightLoom" in _bodies(["The layoffs were confirmed by BrightLoom on Friday."])
    assert "QuillByte" in _bodies(["Sales of QuillByte's puzzle game doubled in a week."])
    assert _words("Early figures from GrqX suggested a slow month.") == []  # (a styled capital at the end)
    assert _words("Early figures from GfQ suggested a slow month.") == ["GfQ"]
    assert _words("Meanwhile KTSoft's latest title sold well.") == ["KTSoft"]


def test_a_coined_word_that_is_a_thing_a_name_end_or_a_family_name_is_no_body() -> None:
    assert "PlayDeck" not in _bodies(["Sales of the PlayDeck fell sharply over the winter months."])
    assert _words("The bank launched the payment apps TapCoin and SendIt last spring.") == []
    assert _words("The crowd at KessFest cheered the pilots.") == []
    assert _words("Channel NewsVane said the vote was close.") == []  # the end of a longer name
    assert _words("Lady VelVet's new record topped the chart.") == []
    assert _words("McArdle said the vote was close.") == []
    assert _words("Voters outnumber PDCers two to one.") == []
