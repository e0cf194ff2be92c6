"""Hebrew bodies' names of round 54 (made-up sentences): a definite body's purpose after ל that is an abstract noun
in -ות ("המועצה הארצית לחקלאות", "המוסד לבטיחות ולגהות") belongs to its name (orgs_he, orgs_he_not); a police
region's name after "מרחב" too ("משטרת מרחב X", orgs_he_names); and a head after "every" ("כל רשות"), a
committee of a kind ("ועדת בדיקה") or a government by its make-up ("ממשלת ימין") names no body (orgs_he_not)."""

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


def test_a_purpose_in_ot_after_an_adjective_ends_the_name() -> None:
    orgs = _orgs(["גלעד מורן כיהן בעבר כיו\"ר המועצה הארצית לחקלאות, ולאחר מכן פנה לעסקים."])
    assert "המועצה הארצית לחקלאות" in orgs
    assert "המועצה הארצית" not in orgs


def test_an_institute_by_its_purpose_is_no_institution_of_a_kind() -> None:
    orgs = _orgs(["לפני כן ניהלה את המוסד לבטיחות ולגהות במשך ארבע שנים."])
    assert "המוסד לבטיחות ולגהות" in orgs
    assert not not_a_body_here("מוסד", "לבטיחות", "ניהלה את ")
    # near misses: an institution of a kind stays none, and an infinitive after the body is no purpose
    assert not_a_body_here("מוסד", "חינוכי", "פנה ל")
    assert not_a_body_here("מוסד", "לימודית", "פנה ל")
    assert _orgs(["הוא עבר ממוסד חינוכי אחד לאחר."]) == []
    assert "המועצה הארצית לבנות" not in _orgs(["המועצה הארצית לבנות, כך הוחלט, תתכנס שוב."])


def test_a_police_region_takes_its_name() -> None:
    orgs = _orgs(["חוקרי משטרת מרחב גלבוע עצרו את החשוד אתמול בערב."])
    assert "משטרת מרחב גלבוע" in orgs
    assert "משטרת מרחב" not in orgs


def test_every_one_of_a_kind_names_no_body() -> None:
    assert _orgs(["בעיר ההיא כל רשות ידעה מה תפקידה."]) == []
    assert not_a_body_here("רשות", "ידעה", "בעיר ההיא כל ")
    # near miss: a named authority after "all of" with the article stays a body
    assert not not_a_body_here("רשות", "המסים", "בעיר ההיא ")


def test_a_committee_of_a_kind_and_a_government_by_its_make_up_name_no_body() -> None:
    assert _orgs(["המשרד מינה ועדת בדיקה לאחר התקלה."]) == []
    orgs = _orgs(["לדבריו, אחרי הבחירות תקום ממשלת ימין, ואחר כך ממשלת האיחוד תתפרק."])
    assert "ממשלת ימין" not in orgs and "ממשלת האיחוד" not in orgs
    # near miss: a government by its country stays a body
    assert "ממשלת צרפת" in _orgs(["ממשלת צרפת הודיעה על הקלות במס."])


def test_a_court_by_acronym_after_its_ruling_is_a_body() -> None:
    # orgs_he_names: "פסיקת" governs a court as "החלטת" does ('פסיקת בג"ץ': the court's ruling)
    assert 'בג"ץ' in _orgs(['חברי המועצה דרשו לכבד את פסיקת בג"ץ בעניין הגדר.'])
    assert 'בג"ץ' in _orgs(['העירייה פעלה בניגוד לפסיקת בג"ץ מהשנה שעברה.'])
    # near miss: a noun's complement acronym after another noun in ת stays out ("במכירת נדל"ן")
    assert 'נדל"ן' not in _orgs(['הוא עסק במכירת נדל"ן בצפון.'])
