"""Hebrew bodies of round 57b (made-up sentences): the Treasury named alone, "האוצר", is the finance ministry
(orgs_he_treasury), but not inside a minister's title ("שר האוצר") nor in art copy, where it is the curator."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.orgs_he_treasury import treasury_alone
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _orgs(paragraphs: list[str]) -> list[str]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in ["כותרת", *paragraphs]])
    facts: list[Fact] = extract_facts(build_document(article, language="he"))
    return [f.text for f in facts if f.kind == "organisation" and f.sentence > 0]


def test_the_treasury_alone_is_a_body() -> None:
    assert "האוצר" in _orgs(["השיחות בין האוצר לארגון הגננות נתקעו שוב הבוקר."])
    assert "האוצר" in _orgs(["נציג ההסתדרות אמר כי אם הדיון עם האוצר ייכשל, העובדים ישבתו."])
    assert "האוצר" in _orgs(["הוא מתח ביקורת על התנהלותו של האוצר בפרשת הפנסיות."])
    assert treasury_alone("ההסתדרות והאוצר ייפגשו מחר.") == [(10, 15, "האוצר")]


def test_a_ministers_title_and_a_curator_are_no_treasury() -> None:
    # near misses: the minister's title, the ministry's full name (read by the construct reader), a curator
    assert treasury_alone("שר האוצר עידו מרגלית הודיע על קיצוץ.") == []
    assert treasury_alone("סגנית שרת האוצר נפגשה עם הנציגים.") == []
    assert treasury_alone("האוצר של התערוכה בחר עשרים עבודות.") == []
    assert treasury_alone("במוזיאון אמר האוצר כי העבודות יוצגו עד הקיץ.") == []
    orgs = _orgs(["שר האוצר עידו מרגלית הודיע על קיצוץ בתקציב."])
    assert "האוצר" not in orgs
    assert "משרד האוצר" in _orgs(["נציגי משרד האוצר הגיעו לדיון."])


def test_serving_the_public_or_the_state_is_no_service_body() -> None:
    # "לשירות הציבור", "בשירות המדינה", "בשירות הרפואי": a career or a kind of service (orgs_he_not)
    orgs = _orgs(["נועה ברקן עבדה עשרים שנה בשירות המדינה והקדישה את חייה לשירות הציבור."])
    assert not [o for o in orgs if o.startswith("שירות")]
    assert not _orgs(["הקיצוץ יפגע קשות בשירות הרפואי לתושבי העמק."])
    # near misses: a service named by what it does, and the civil service's commission, stay bodies
    assert "שירות התעסוקה" in _orgs(["שירות התעסוקה פרסם אתמול נתונים חדשים."])
    assert "נציבות שירות המדינה" in _orgs(["נציבות שירות המדינה פרסמה מכרז חדש."])


def test_a_duration_after_a_body_is_no_purpose() -> None:
    # "בבית החולים למשך שעתיים": how long, not what the hospital is for (orgs_he _NOT_PURPOSE)
    orgs = _orgs(["האחיות ישביתו מחר את בית החולים למשך יומיים."])
    assert not [o for o in orgs if "למשך" in o]
    # near miss: a purpose after ל stays in the name
    assert "המשרד להגנת הסביבה" in _orgs(["המשרד להגנת הסביבה הודיע על קנס."])


def test_a_bank_by_its_rank_size_or_country_is_no_name() -> None:
    # "הבנק השלישי בגודלו", "הבנק הישראלי הגדול": which bank among others (orgs_he_names _ANY_BANK)
    orgs = _orgs(["בנק זהבי הוא הבנק הישראלי הגדול ביותר בצרפת והבנק החמישי בגודלו בפריז."])
    assert "בנק זהבי" in orgs
    assert not [o for o in orgs if o.startswith(("הבנק", "והבנק"))]
    # near misses: the adjectives banks are named by stay names
    assert "הבנק המרכזי" in _orgs(["הבנק המרכזי הודיע אתמול על העלאת הריבית."])
    assert "הבנק הבינלאומי" in _orgs(["הבנק הבינלאומי דיווח על רווח שיא."])
