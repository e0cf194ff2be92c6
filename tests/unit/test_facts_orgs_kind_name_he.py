"""Hebrew bodies named after their kind's head (orgs_he_kind_name), round 51: a party's or a council faction's head
in the construct state ("סיעת X Y", "מפלגת X") and a company's before a bare word ("חברת X") only say what kind of
body follows (a party once, without its head unless the lists know it so; a company as the house reads it: with its head); the body is named by the words after the head, which may be more than one ("סיעת X Y:") and stop
at the clause (a verb, an officer, a person's name, a glued preposition). A plant is named after "מפעל" ("מפעל
X", "מפעל הזכוכית X"), which is also a common noun ("מפעל ענק", "המפעל"). Made-up sentences with made-up names;
each shape has near misses that must not change.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.orgs_he_kind_name import own_name_of_party, party_listed_with_head, plant_names
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str], title: str = "כותרת") -> list[Fact]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in [title, *paragraphs]])
    return extract_facts(build_document(article, language="he"))


def _orgs(paragraphs: list[str]) -> list[str]:
    return [f.text for f in _facts(paragraphs) if f.kind == "organisation" and f.sentence > 0]


def _people(paragraphs: list[str]) -> list[str]:
    return [f.text for f in _facts(paragraphs) if f.kind == "person" and f.sentence > 0]


# --- a party's or faction's head --------------------------------------------------------------------------------


def test_a_faction_listed_after_its_head_is_named_without_it() -> None:
    orgs = _orgs(["חברי הוועדה הזמנית: מסיעת הדגל הכחול: דנה לוי ורון שגיא.", "מסיעת כוכב אדום: עדי פרץ."])
    assert "הדגל הכחול" in orgs
    assert "כוכב אדום" in orgs
    # (round 52: the party is named once, without its head; "סיעת X" beside "X" was one body told twice)
    assert not any(o.startswith("סיעת") for o in orgs)


def test_a_party_is_named_once_without_its_head() -> None:
    orgs = _orgs(["ראש מפלגת גשרים, רון שגיא, אמר כי יתמוך בהצעה.", "מסיעת כוכב אדום: עדי פרץ ודנה לוי."])
    assert "גשרים" in orgs
    assert "כוכב אדום" in orgs
    assert not any(o.startswith(("מפלגת", "סיעת")) for o in orgs)


def test_a_party_the_lists_know_with_its_head_keeps_it() -> None:
    # (Labour's own name is a common word, "the work": the lists hold the party with its head)
    assert party_listed_with_head("מפלגת העבודה")
    assert not party_listed_with_head("מפלגת גשרים")
    assert "מפלגת העבודה" in _orgs(["מפלגת העבודה החליטה אתמול לפרוש מהקואליציה."])


def test_a_party_of_two_bare_words_stops_at_its_leaders_name() -> None:
    text = ['בישיבה אושר מינוי יו"ר סיעת כוכב אחד יורם לוטן לסגן ראש העיר.']
    assert "כוכב אחד" in _orgs(text)
    assert not any("סיעת" in p for p in _people(text))  # (the head is no given name)


def test_a_party_stops_before_the_clauses_verb() -> None:
    orgs = _orgs(["סיעת מרום נבחרה פה אחד לראשות הוועדה.", "מפלגת גשרים זכתה בשישה מנדטים בבחירות."])
    assert "מרום" in orgs
    assert "גשרים" in orgs


def test_a_party_stops_at_and_and_a_second_office() -> None:
    orgs = _orgs(['יו"ר מפלגת הדרך החדש ושרת החוץ לשעבר דנה לוי כתבה מאמר.'])
    assert "הדרך החדש" in orgs


def test_a_definite_party_head_is_left_as_it_was() -> None:
    # (the party with the article and an adjective: a description, no head in the construct state)
    orgs = _orgs(["המפלגה השמרנית זכתה בבחירות לראשונה זה עשור."])
    assert not any(o in ("השמרנית", "זכתה") for o in orgs)


# --- a company's head ---------------------------------------------------------------------------------------------


def test_a_company_before_a_bare_name_keeps_its_head() -> None:
    # the house reading (round 14): a company named with its kind is named so, and alone only where the article
    # names it alone; the party reader leaves a company's head to it
    orgs = _orgs(["השר האשים את חברת גלבוע בהפעלת לחצים על החקלאים.",
                  "חברת מגדלור העוסקת בייצור מנורות מדווחת הבוקר לבורסה."])  # fmt: skip
    assert "חברת גלבוע" in orgs
    assert "חברת מגדלור" in orgs
    assert own_name_of_party("חברת גלבוע הודיעה", 0, 10, "חברת גלבוע") is None


def test_a_company_of_a_kind_of_business_keeps_its_head() -> None:
    text = "הוא עבד בחברת תעופה זרה"
    assert own_name_of_party(text, 7, 16, "חברת תעופה") is None
    assert own_name_of_party("חברת בת של הקבוצה", 0, 8, "חברת בת") is None
    assert own_name_of_party("חברת החשמל הודיעה", 0, 10, "חברת החשמל") is None  # (the article: its name)


# --- a plant after "מפעל" -----------------------------------------------------------------------------------------


def test_a_plant_is_named_after_its_head_and_its_product() -> None:
    assert [n for _, _, n in plant_names("מאות עובדים פוטרו ממפעל הזכוכית צפרירים בשבוע שעבר.")] == ["צפרירים"]
    assert [n for _, _, n in plant_names("מפעל נחושתן הודיע כי יפטר עובדים.")] == ["נחושתן"]
    assert [n for _, _, n in plant_names("ומפעל גלגלים בעיר הסמוכה נשאר פתוח.")] == ["גלגלים"]
    assert [n for _, _, n in plant_names("עובדי מפעל חולון טקסטיל, בתגובה על הפיטורים.")] == ["חולון טקסטיל"]


def test_a_plant_named_by_its_product_keeps_its_head() -> None:
    # (a plural product then a town: the whole phrase is how news names the plant)
    assert [n for _, _, n in plant_names("הנהלת מפעל מזרנים רמון, שהיה גאוות העיר, נסגרה.")] == ["מפעל מזרנים רמון"]


def test_a_plant_that_is_only_a_common_noun_names_nothing() -> None:
    for text in ("הוא ייסד מפעל חיים של ממש ומפעל ענק בצפון.", "המפעל בעיר מעסיק מאה עובדים.",
                 "יש במפעל הזה מאה עובדים.", "הוא הקים מפעל לייצור נעליים.", "מפעל נסגר בצפון.",
                 "מפעל בצפון נסגר.", "הם הקימו מפעל חדש.", "מפעל המרכזי של החברה."):  # fmt: skip
        assert plant_names(text) == [], text


def test_a_plant_reaches_the_articles_bodies() -> None:
    assert "נחושתן" in _orgs(["מפעל נחושתן הודיע כי יפטר עשרים עובדים."])
