"""Hebrew people and quotes of round 54, second wave (made-up sentences): the very rich as a role before a name and
"that" with the article glued to a title (people_he_words, people_he_base); a name after an office and its comma
whose closing comma the copy left out (people_he_context); "כך אומר X" in the present after a headline quote
(quotes_he_so_said); a source cue, its comma and a whole clause before the colon (quotes_he_cue_clause); "עוד
נמסר:" after a sentence of narration (quotes_he_statement_on); a quote after "X אישרה את הדברים."
(quotes_he_confirmed)."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.quote_speakers_rtl import he_speaker_before
from briefing_app.core.facts.quotes_he_confirmed import confirmed_before
from briefing_app.core.facts.quotes_he_cue_clause import cue_then_clause_speaker
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str], headline: str = "כותרת") -> list[Fact]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in [headline, *paragraphs]])
    return extract_facts(build_document(article, language="he"))


def _roles(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in _facts(paragraphs) if f.kind == "person"}


def _speakers(paragraphs: list[str], headline: str = "כותרת") -> list[str | None]:
    return [f.speaker for f in _facts(paragraphs, headline) if f.kind == "quote"]


def test_the_very_rich_before_a_name_is_a_role() -> None:
    assert _roles(["המיליונרית רונית שגב תרמה אתמול לבית הספר."])["רונית שגב"] == "המיליונרית"
    assert _roles(["בעוד שהמיליארדר יוסי ברקן נחקר, שותפיו שתקו."])["יוסי ברקן"] == "המיליארדר"


def test_that_with_the_article_glued_to_a_title() -> None:
    assert _roles(["בזמן שהשר דני אלמוג נאם, המפגינים צעקו."])["דני אלמוג"] == "השר"
    assert _roles(["הוא הודיע ושהזמרת מיכל ששון תופיע בערב."])["מיכל ששון"] == "הזמרת"
    # near miss: ש with no article is "who" before a verb ("שמנהל" = "who manages"), no title glued
    roles = _roles(["הוא יצא לפגישה שמנהל דני אלמוג בעירייה."])
    assert roles.get("דני אלמוג") in (None, "")


def test_a_name_after_an_office_whose_closing_comma_is_left_out() -> None:
    roles = _roles(["לא ידוע מתי ייפגש שר החקלאות, יוסי ברקן אך צפוי כי יגיע לכנס."])
    assert roles["יוסי ברקן"] == "שר החקלאות"
    roles = _roles(["נשיאת האגודה, מיכל כהן אמרה כי העבודה תימשך."])
    assert roles["מיכל כהן"] == "נשיאת האגודה"
    # near miss: the name runs on to a third word, no conjunction or verb after two: no role read from the comma
    roles = _roles(["בטקס של שר החקלאות, יוסי ברקן גרינשטיין ורעייתו נכחו רבים."])
    assert all(role != "שר החקלאות" for name, role in roles.items() if name.startswith("יוסי ברקן"))


def test_so_says_in_the_present_credits_the_headline_quote() -> None:
    speakers = _speakers(
        ["כך אומר פרופ' דני אלמוג, לשעבר יועץ לשר. עם זאת, אחרים חולקים עליו."],
        headline='"על סמך מה שראינו בעבר, אין סיבה לחשוש שהמשק לא יתאושש בקרוב"',
    )
    assert speakers == ["דני אלמוג"]


def test_a_cue_then_a_clause_with_its_own_subject() -> None:
    # the reporter only tells it: the clause's subject speaks
    assert cue_then_clause_speaker("לדברי כתב הערוץ, ברקן יצא מהדיון כדי להגיב על ההחלטה: ") == "ברקן"
    assert cue_then_clause_speaker("לדברי הכתב, השר דני אלמוג פנה לעיתונאים: ") == "דני אלמוג"
    # a noun and its adjective: no speaker of its own, the cue's pronoun speaks
    assert cue_then_clause_speaker("לדבריו, המצב קשה: ") == "הוא"
    assert cue_then_clause_speaker("לדבריה, הנזק גדול: ") == "היא"
    assert he_speaker_before("לדבריה, הנזק גדול: ") == "היא"
    # near misses: no cue, or a cue closing before the quote with no clause, are not this reader's
    assert cue_then_clause_speaker("ברקן יצא מהדיון: ") is None
    assert cue_then_clause_speaker("לדברי דני אלמוג, ") is None
    assert cue_then_clause_speaker("לדבריו, כעת יש לפעול מהר: ") is None


def test_further_stated_after_narration_goes_on_with_the_statement() -> None:
    speakers = _speakers(
        [
            'עיריית רמת אביב פרסמה הבוקר הודעה. בהודעה נכתב כי "העבודות בכביש יסתיימו עד סוף השבוע".',
            "אתמול בערב נחסם הכביש לתנועה בשל תקלה בצנרת של חברת המים.",
            'עוד נמסר: "צוותי העירייה פועלים במקום, ומפקח המחוז דני אלמוג מלווה את העבודות."',
        ]
    )
    assert speakers == ["עיריית רמת אביב", "עיריית רמת אביב"]


def test_a_quote_after_a_sentence_that_confirmed_the_words() -> None:
    speakers = _speakers(
        [
            "כך פרסמה הבוקר הכתבת רונית שגב.",
            'בעקבות הפרסום - העירייה אישרה את הדברים. "הצוותים שלנו פועלים מאז הבוקר לתיקון התקלה".',
        ]
    )
    assert speakers == ["העירייה"]
    assert confirmed_before("דובר החברה הגיב לפרסום. ") == "דובר החברה"
    # near miss: the sentence before confirmed nothing said (a verb of doing): not this reader's
    assert confirmed_before("העירייה סגרה את הכביש. ") is None
    assert confirmed_before("העירייה אישרה את הדברים, ") is None
