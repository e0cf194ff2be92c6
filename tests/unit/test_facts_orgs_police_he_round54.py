"""A police district or region named after the officers who serve in it ("שוטרי מחוז X", "מפקד מחוז מרכז",
"חוקרי מרחב X", "שוטרי המחוז הצפוני") is a body (orgs_he_police), round 54; "מחוז X" with no officers before it
is an area and stays none. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.orgs_he_police import police_units
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _orgs(paragraphs: list[str]) -> list[str]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in ["כותרת", *paragraphs]])
    facts: list[Fact] = extract_facts(build_document(article, language="he"))
    return [f.text for f in facts if f.kind == "organisation" and f.sentence > 0]


def test_a_district_after_its_officers_is_a_body() -> None:
    assert "מחוז חיפה" in _orgs(["שוטרי מחוז חיפה עצרו הלילה שני חשודים בפריצה לחנות."])
    assert "מחוז מרכז" in _orgs(["מפקד מחוז מרכז, ניצב רון עמית, שיבח את הלוחמים."])
    assert "המחוז הצפוני" in _orgs(["בתום מרדף בכביש עצרו אתמול שוטרי המחוז הצפוני נהג צעיר."])


def test_a_region_after_its_detectives_is_a_body() -> None:
    assert [name for _a, _b, name in police_units("חוקרי מרחב גלבוע פתחו בחקירה.")] == ["מרחב גלבוע"]


def test_near_misses_a_district_with_no_officers_and_a_clause_word() -> None:
    assert "מחוז חיפה" not in _orgs(["משרד החינוך פתח השנה עשרה בתי ספר במחוז חיפה."])
    assert police_units("שוטרי מרחב של העיר הגיעו למקום.") == []
    assert police_units("מפקד מחוז שלא הוזכר שמו אמר זאת.") == []
