"""Hebrew quote speakers, round 51: a verb of saying after "during which" or "in which" ("X קיים סיור במפעל Y
במהלכו אמר:"). The relative clause leaves its subject out, so the words before the preposition and its pronoun are
the main clause's object or place, and a given name among them ("...בשכונת יוסף") was read as the speaker. The
speaker is the clause's subject, the person named before. Made-up sentences.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.quote_cues import he_name_after_role
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str]) -> list[Fact]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in ["כותרת", *paragraphs]])
    return extract_facts(build_document(article, language="he"))


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [f.speaker for f in _facts(paragraphs) if f.kind == "quote"]


def test_the_subject_speaks_after_during_which() -> None:
    paragraphs = ['מפקד המרחב ניצב נחום אלמוג ערך סיור בשכונת יוסף במהלכו אמר: "השוטרים פעלו במהירות רבה".']
    assert _speakers(paragraphs) == ["נחום אלמוג"]
    people = [f.text for f in _facts(paragraphs) if f.kind == "person"]
    assert people == ["נחום אלמוג"]  # (no person "יוסף במהלכו")


def test_a_mention_ending_in_during_which_names_no_one() -> None:
    assert he_name_after_role(["בשכונת", "יוסף", "במהלכו"]) == ""
    assert he_name_after_role(["הכנס", "בעיר", "שבה"]) == ""


def test_a_name_before_the_verb_still_speaks() -> None:
    assert he_name_after_role(["השר", "נחום", "אלמוג"]) == "נחום אלמוג"
    assert _speakers(['ניצב נחום אלמוג אמר: "השוטרים פעלו במהירות רבה".']) == ["נחום אלמוג"]
    # (a family name in ב is no preposition and its pronoun)
    assert he_name_after_role(["נחום", "בוזגלו"]) == "נחום בוזגלו"
