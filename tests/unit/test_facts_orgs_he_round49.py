"""Hebrew organisations, round 49: shapes an unseen set of Israeli news articles showed (Knesset business, foreign
news of elections and heads of state, labour news), written again as made-up sentences with made-up names. Each
class is a construction of the language or a body news names bare, and each has a near miss that must not change:

* shorthand written with gershayim that names no body: an office before a name ('רוה"מ X', the prime minister),
  a time of day or of the week ('אחה"צ', 'מוצ"ש'), treasury bills ('המק"ם'); and a Hebrew year in letters with the
  article or a preposition glued to it, as a law's name cites it ('התשנ"ה-1995', 'בתשפ"ד'). A body's acronym
  with the article stays ('השב"כ', 'המד"א');
* a body named by a compound adjective joined with a hyphen ("המפלגה הנוצרית-דמוקרטית", "המפלגה
  הלאומית-דתית"): the name runs to the compound's last part; a plain adjective is read as before;
* bodies news names bare that the lists lacked in Hebrew: the lower and upper chambers ("בית הנבחרים", "בית
  הלורדים"), the German parliament ("הבונדסטאג") and the labour federation by its full name ("הסתדרות העובדים
  הכללית החדשה"), whose last word is otherwise cut as a phase ("החדשה", new).
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str], title: str = "כותרת") -> list[Fact]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in [title, *paragraphs]])
    return extract_facts(build_document(article, language="he"))


def _orgs(paragraphs: list[str]) -> list[str]:
    return [f.text for f in _facts(paragraphs) if f.kind == "organisation" and f.sentence > 0]


# --- shorthand and Hebrew years with gershayim --------------------------------------------------------------


def test_office_shorthand_before_a_name_is_no_body() -> None:
    orgs = _orgs(['רוה"מ דנון שוחח הערב עם נשיא המדינה השכנה.'])
    assert not any("רוה" in o for o in orgs)


def test_times_of_day_and_week_are_no_body() -> None:
    orgs = _orgs(['הישיבה תתקיים ביום שני אחה"צ בבניין העירייה.', 'ההפגנה נערכה במוצ"ש בכיכר המרכזית.'])
    assert not any("אחה" in o or "מוצ" in o for o in orgs)


def test_treasury_bills_are_no_body() -> None:
    orgs = _orgs(['בנק ישראל הגדיל את היקף המק"ם שהוא מנפיק לציבור.'])
    assert "בנק ישראל" in orgs
    assert not any("מק" in o for o in orgs)


def test_hebrew_year_with_the_article_is_no_body() -> None:
    orgs = _orgs(['ועדת הכספים אישרה את חוק התקציב לשנת הכספים התשפ"ד 2023.',
                  'לפי חוק המכרזים, התשנ"ב-1992, ההחלטה בטלה.'])  # fmt: skip
    assert "ועדת הכספים" in orgs
    assert not any("תשפ" in o or "תשנ" in o for o in orgs)


def test_a_bodys_acronym_with_the_article_stays() -> None:
    orgs = _orgs(['השב"כ עצר את החשוד, והמד"א פינה את הפצוע.'])
    assert 'השב"כ' in orgs
    assert any('מד"א' in o for o in orgs)


# --- a compound adjective with a hyphen ------------------------------------------------------------------------


def test_party_named_by_a_hyphenated_compound_keeps_both_parts() -> None:
    orgs = _orgs(["המפלגה הנוצרית-דמוקרטית זכתה ברוב הקולות.", "מנהיג המפלגה הלאומית-דתית הודיע על פרישה."])
    assert "המפלגה הנוצרית-דמוקרטית" in orgs
    assert "המפלגה הלאומית-דתית" in orgs
    assert "המפלגה הנוצרית" not in orgs


def test_party_named_by_a_plain_adjective_is_read_as_before() -> None:
    orgs = _orgs(["המפלגה הליברלית לא עברה את אחוז החסימה."])
    assert "המפלגה הליברלית" in orgs


# --- bodies the lists now hold in Hebrew ---------------------------------------------------------------------


def test_parliamentary_chambers_named_bare() -> None:
    orgs = _orgs(["הנשיא ייפגש עם חברי הסנאט ובית הנבחרים.", "חברי הבונדסטאג אישרו את החוק."])
    assert "בית הנבחרים" in orgs
    assert "הבונדסטאג" in orgs


def test_labour_federation_by_its_full_name_keeps_its_last_word() -> None:
    orgs = _orgs(["החברה חתמה על הסכם עם הסתדרות העובדים הכללית החדשה."])
    assert "הסתדרות העובדים הכללית החדשה" in orgs
    assert "הסתדרות העובדים הכללית" not in orgs


def test_a_new_committee_still_loses_its_phase_word() -> None:
    orgs = _orgs(["הוועדה הציבורית לבחינת הנושא החדשה החלה לפעול."])
    assert not any(o.endswith("החדשה") for o in orgs)
