"""Hebrew people, round 56 (k-he56): shapes read wrong on real Hebrew newspaper copy (written again with made-up
sentences and names), each with near misses that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _roles(paragraph: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([paragraph], "he") if f.kind == "person"}


# --- people_he_words: 'חה"כ', the acronym of חבר הכנסת with the article inside, is a title like 'ח"כ' -------------


def test_mk_acronym_with_article_before_a_name_is_the_role() -> None:
    assert _roles('חה"כ עמרי גולדנברג תקף אתמול את שר התחבורה.')["עמרי גולדנברג"] == 'חה"כ'


def test_office_then_mk_acronym_with_article_gives_both() -> None:
    paragraph = 'יו"ר סיעת המרכז ומרכז האופוזיציה, חה"כ עמרי גולדנברג, הגיב הבוקר להצבעה.'
    assert _roles(paragraph)["עמרי גולדנברג"] == 'יו"ר סיעת המרכז ומרכז האופוזיציה; חה"כ'


def test_plain_mk_acronym_keeps_its_reading() -> None:
    assert _roles('ח"כ עמרי גולדנברג תקף אתמול את שר התחבורה.')["עמרי גולדנברג"] == 'ח"כ'


# --- people_he_news: the office before a comma and a rank, glued to "ו" and a preposition, or to ב --------------


def test_office_with_and_and_to_before_a_rank_is_the_role() -> None:
    paragraph = 'השר הודיע על החלטתו לראש הממשלה, נחום ברקאי ולרמטכ"ל, רב-אלוף יגאל רוזנטל.'
    assert _roles(paragraph)["יגאל רוזנטל"] == 'רמטכ"ל; רב-אלוף'


def test_office_after_bet_of_the_one_chosen_before_a_rank_is_the_role() -> None:
    paragraph = 'הממשלה החליטה הערב לבחור בסגן הרמטכ"ל, אלוף יגאל רוזנטל, למועמדה לתפקיד.'
    assert _roles(paragraph)["יגאל רוזנטל"] == 'סגן הרמטכ"ל; אלוף'


def test_body_after_bet_before_a_title_stays_no_role() -> None:
    paragraph = 'הוא עבד שנים בחברת גלילון, ד"ר יגאל רוזנטל, ואחר כך פרש.'
    assert _roles(paragraph)["יגאל רוזנטל"] == 'ד"ר'


# --- people_he_unlisted: a given name no list holds after a rank takes the office before the comma too ---------


def test_unlisted_given_name_after_rank_takes_the_office_before_the_comma() -> None:
    paragraph = 'סגן הרמטכ"ל המכהן, אלוף הוגי הלוי, אמר כי הצבא ערוך.'
    assert _roles(paragraph)["הוגי הלוי"] == 'סגן הרמטכ"ל המכהן; אלוף'


def test_unlisted_given_name_after_rank_with_no_office_keeps_the_rank() -> None:
    assert _roles("בטקס נכח אלוף הוגי הלוי, שנאם בפני הבוגרים.")["הוגי הלוי"] == "אלוף"


# --- orgs_he: "and" and a plural in the construct state after a district's name is the next group, no field ------


def _orgs(paragraph: str) -> list[str]:
    return [f.text for f in facts_of([paragraph], "he") if f.kind == "organisation"]


def test_district_police_then_and_fighters_of_a_unit_stops_at_the_district() -> None:
    assert "משטרת מחוז דרום" in _orgs('שוטרי משטרת מחוז דרום ולוחמי יס"מ עצרו אמש שלושה חשודים.')


def test_committee_of_three_fields_keeps_its_fields() -> None:
    assert "ועדת עבודה, רווחה ובריאות" in _orgs("ועדת עבודה, רווחה ובריאות דנה אתמול בהצעת החוק.")


# --- gazetteer: a one-word region named with its article, the article swallowed by ב or ל ("בנגב") -----------------


def _places(paragraph: str) -> list[str]:
    return [f.text for f in facts_of([paragraph], "he") if f.kind == "place"]


def test_region_with_swallowed_article_after_bet_is_the_region() -> None:
    assert "הנגב" in _places("הרשות תפעל בשנה הבאה בנגב להרחבת שטחי החקלאות.")
    assert "הגליל" in _places("בית הספר שבגליל ייסגר בסוף השנה.")


def test_nouns_of_direction_and_number_after_bet_stay_no_place() -> None:
    assert _places("הסערה פגעה בצפון ובמרכז, והנזק נאמד באלפים רבים של שקלים.") == []


# --- orgs_he: ל and a body's construct head after a definite body is a second body, no purpose of the first -----


def test_between_a_body_and_a_ministry_gives_two_bodies() -> None:
    orgs = _orgs("המגעים בין ההסתדרות למשרד התחבורה נמשכו עד הלילה.")
    assert "ההסתדרות" in orgs and "משרד התחבורה" in orgs
    assert "ההסתדרות למשרד התחבורה" not in orgs


def test_body_with_a_field_after_lamed_keeps_its_purpose() -> None:
    assert "המשרד להגנת הסביבה" in _orgs("המשרד להגנת הסביבה הטיל אתמול קנס על המפעל.")
