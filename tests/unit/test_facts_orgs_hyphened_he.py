"""Hebrew copy joins its prepositions to a Latin-script name by a hyphen ("ב-CNN", "ל-BBC") and names its radio
networks by a letter and its geresh ("רשת ב'"), round 52: the gazetteer finds the name after the hyphen, and the
geresh ends the network's name. Made-up sentences; near misses that must not change."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.gazetteer import find_mentions
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _orgs(paragraphs: list[str]) -> list[str]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in ["כותרת", *paragraphs]])
    facts: list[Fact] = extract_facts(build_document(article, language="he"))
    return [f.text for f in facts if f.kind == "organisation" and f.sentence > 0]


def test_a_latin_name_after_a_hyphened_preposition_is_found() -> None:
    orgs = _orgs(["לפי דיווח ב-CNN, השיחות נמשכו עד הלילה.", "השר אמר ל-BBC כי לא יתפטר."])
    assert "CNN" in orgs
    assert "BBC" in orgs


def test_the_name_starts_after_the_hyphen() -> None:
    mentions = find_mentions("הוא התראיין וה-BBC שידר את הראיון", "he")
    assert [(m.written, m.start) for m in mentions] == [("BBC", 15)]


def test_a_hyphened_word_the_lists_do_not_hold_stays_unread() -> None:
    assert find_mentions("הוא עבר ל-Zorvexa בשנה שעברה", "he") == []
    assert find_mentions("המחיר עלה ב-15 אחוז", "he") == []


def test_a_radio_network_keeps_its_geresh() -> None:
    assert _orgs(["בראיון לרשת ב' אמר השר כי המצב קשה."]) == ["רשת ב'"]
    assert _orgs(["הוא אמר הבוקר ברשת ב׳ כי יתמוך בהצעה."]) == ["רשת ב׳"]


def test_a_network_of_shops_is_no_radio_network() -> None:
    assert _orgs(["רשת בתי הקפה הודיעה על סגירת סניפים."]) == []
    assert all(m.written != "רשת ב" for m in find_mentions("רשת ב ו-ג", "he"))
