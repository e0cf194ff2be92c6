"""A Hebrew definite head with a definite adjective that only says what kind of body it is ("הרשות המקומית", the
local authority of any town; "הפיקוד המשטרתי", the police's command) names no body (orgs_he_not), round 52;
a nation's, a field's or a rank's adjective still does. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.orgs_he_not import not_a_body_here
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _orgs(paragraphs: list[str]) -> list[str]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in ["כותרת", *paragraphs]])
    facts: list[Fact] = extract_facts(build_document(article, language="he"))
    return [f.text for f in facts if f.kind == "organisation" and f.sentence > 0]


def test_a_body_of_a_kind_is_no_name() -> None:
    assert _orgs(["בשנה שעברה גבתה הרשות המקומית ארנונה גבוהה מדי."]) == []
    assert _orgs(['הנוהל החדש אושר בידי הפיקוד המשטרתי בשבוע שעבר.']) == []
    assert not_a_body_here("רשות", "המקומית", "")
    assert not_a_body_here("פיקוד", "המשטרתי", "")


def test_named_bodies_of_the_same_shape_stay() -> None:
    assert "בית המשפט העליון" in _orgs(["בית המשפט העליון דחה את העתירה של התושבים."])
    assert "הרשות הפלסטינית" in _orgs(["הרשות הפלסטינית הודיעה על הפסקת אש."])
    assert "פיקוד העורף" in _orgs(["פיקוד העורף הודיע על הקלות בהנחיות."])
    assert not not_a_body_here("משטרת", "ישראל", "")


def test_a_council_keeps_its_kind_before_its_name() -> None:
    assert "המועצה המקומית גבעת ארז" in _orgs(["המועצה המקומית גבעת ארז הודיעה על קיצוצים."])
