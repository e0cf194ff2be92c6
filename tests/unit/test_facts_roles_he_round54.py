"""A Hebrew name whose only title is one of address ('ד"ר', "פרופ'") and an office in apposition after its comma
with no second comma to close it ('ד"ר X Y, מנכ"לית חברת Z שכיהנה', "פרופ' X Y, לשעבר המפקח על הביטוח."): the
office is the role (people_he), round 54. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _roles(paragraphs: list[str]) -> dict[str, str | None]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in ["כותרת", *paragraphs]])
    facts: list[Fact] = extract_facts(build_document(article, language="he"))
    return {f.text: f.role for f in facts if f.kind == "person"}


def test_an_office_after_a_doctors_name_and_comma_is_the_role() -> None:
    roles = _roles(['בין המועמדים גם ד"ר נועה ברקן, מנכ"לית חברת הגז הארצית שכיהנה בעבר כדירקטורית.'])
    assert 'מנכ"לית חברת הגז' in (roles.get("נועה ברקן") or "")
    assert "שכיהנה" not in (roles.get("נועה ברקן") or "")


def test_a_former_office_after_a_professors_name_closes_the_sentence() -> None:
    roles = _roles(["כך טוען פרופ' דני לוינגר, לשעבר המפקח על הביטוח ויועץ לשר האוצר."])
    assert "לשעבר המפקח על הביטוח" in (roles.get("דני לוינגר") or "")


def test_near_misses_keep_the_title_alone() -> None:
    # a relative clause after the comma, and the next item of a list after "and", are no office
    roles = _roles(['ד"ר יעלי כספי, שהגיעה למקום ראשונה, סיפרה על הפצועים.'])
    assert roles.get("יעלי כספי") in ('ד"ר', None)
    roles = _roles(['בטקס נכחו ד"ר יעלי כספי, ומנהל המחלקה אורי זהבי.'])
    assert "מנהל" not in (roles.get("יעלי כספי") or "")
    # no office after the comma: a place and a verb follow
    roles = _roles(["פרופ' רמי גלבוע, בירושלים, פרסם אתמול מחקר חדש."])
    assert roles.get("רמי גלבוע") in ("פרופ'", None)


def test_a_former_office_in_commas_after_a_full_name_is_the_role() -> None:
    roles = _roles(["נודע כי דני לוינגר, לשעבר מנהל הכספים של חברת הגז, עזב את הארץ."])
    assert "לשעבר מנהל הכספים" in (roles.get("דני לוינגר") or "")
    # near miss: "former" with no office after it gives no role
    roles = _roles(["נודע כי דני לוינגר, לשעבר תושב העיר הזאת, עזב את הארץ."])
    assert "מנהל" not in (roles.get("דני לוינגר") or "")


def test_a_council_head_in_commas_keeps_the_councils_name() -> None:
    # "מועצת" right after the head shares a passive verb's shape; it is the office's complement, no verb
    roles = _roles(["יובל שחר, ראש מועצת גבעת רימון, אמר כי העבודות יימשכו."])
    assert roles.get("יובל שחר") == "ראש מועצת גבעת רימון"
