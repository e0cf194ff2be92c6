"""Israel's state bodies named after the levy they collect ("מס הכנסה", "ביטוח לאומי"), round 52: the body where
copy files a report with it or quotes its ordinance, the levy itself after a word of paying or before a rate
(orgs_he_not.levy_not_body). Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.orgs_he_not import levy_not_body
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _orgs(paragraphs: list[str]) -> list[str]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in ["כותרת", *paragraphs]])
    facts: list[Fact] = extract_facts(build_document(article, language="he"))
    return [f.text for f in facts if f.kind == "organisation" and f.sentence > 0]


def test_the_tax_authority_and_the_insurance_institute_are_bodies() -> None:
    assert _orgs(["הנישום הגיש דוח למס הכנסה באיחור של שנה."]) == ["מס הכנסה"]
    assert _orgs(["לפי פקודת מס הכנסה, החברה חייבת בדיווח."]) == ["מס הכנסה"]
    assert _orgs(["הקצבאות ישולמו בביטוח הלאומי בתחילת החודש."]) == ["הביטוח הלאומי"]


def test_the_levy_itself_is_no_body() -> None:
    assert _orgs(["הוא שילם מס הכנסה בשיעור של שלושים אחוז."]) == []
    assert _orgs(["העובדים משלמים דמי ביטוח לאומי גבוהים."]) == []
    text = "ההכנסה חייבת במס הכנסה בשיעור מופחת"
    at = text.index("מס הכנסה")
    assert levy_not_body(text, at, at + len("מס הכנסה"), "מס הכנסה")
    assert not levy_not_body(text, at, at + len("מס הכנסה"), "הכנסת")  # (only the levies' names)
