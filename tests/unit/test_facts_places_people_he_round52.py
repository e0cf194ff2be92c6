"""Hebrew places and people of territories, army and labour copy (round 52, second pass), written with made-up
names, each with a near miss: a unit's construct noun and its region ("מפקד אוגדת X") is no person; a junction
named after a bloc or a settlement takes both words ("צומת גוש X"); two towns joined by "and" are places with no
preposition of place before them ("עובדי נמלי X ו-Y")."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _kind(paragraphs: list[str], kind: str) -> list[str]:
    return [f.text for f in facts_of(paragraphs, "he") if f.kind == kind]


def test_a_division_and_its_region_is_no_person() -> None:
    people = _kind(["מפקד אוגדת יהודה ושומרון, תת-אלוף משה גרינבלט, אמר כי הצבא יגביר את הסיורים."], "person")
    assert people == ["משה גרינבלט"]


def test_a_battalion_and_its_name_is_no_person() -> None:
    people = _kind(["מפקד גדוד יהודה, סגן-אלוף אבי שטרנפלד, נפצע קל."], "person")
    assert "גדוד יהודה" not in people


def test_near_miss_a_title_then_an_unlisted_given_name_is_still_a_person() -> None:
    people = _kind(["שר החקלאות עמרי כהן אמר אתמול כי המחירים יירדו."], "person")
    assert "עמרי כהן" in people


def test_a_junction_named_after_a_bloc_takes_both_words() -> None:
    places = _kind(["שני מתנחלים נפצעו אתמול בצומת גוש עציון."], "place")
    assert "צומת גוש עציון" in places and "צומת גוש" not in places


def test_near_miss_a_junction_named_after_one_word() -> None:
    places = _kind(["שני מתנחלים נפצעו אתמול בצומת תפוח."], "place")
    assert "צומת תפוח" in places


def test_two_towns_joined_by_and_after_a_construct_noun() -> None:
    places = _kind(["עובדי נמלי חיפה ואשדוד פתחו אתמול בשביתה."], "place")
    assert "חיפה" in places and "אשדוד" in places


def test_two_towns_joined_by_and_after_workers() -> None:
    places = _kind(["עובדי חיפה ואשדוד פתחו אתמול בשביתה."], "place")
    assert "חיפה" in places and "אשדוד" in places


def test_a_town_joined_to_the_residents_town() -> None:
    places = _kind(["תושבי חדרה ונתניה הפגינו אתמול מול הכנסת."], "place")
    assert "חדרה" in places and "נתניה" in places


def test_near_miss_a_short_town_word_alone_is_still_a_common_word() -> None:
    places = _kind(["הוא שתה כוס חלב ויצא לעבודה."], "place")
    assert "חלב" not in places


def test_a_faction_then_a_verb_of_criticism_keeps_the_name_alone() -> None:
    orgs = _kind(['חבר הכנסת יוסי אלמוג מסיעת צומת מתח ביקורת על ההחלטה.'], "organisation")
    assert "צומת" in orgs and "צומת מתח" not in orgs


def test_a_faction_then_a_verb_and_its_object_marker() -> None:
    orgs = _kind(['חבר הכנסת יוסי אלמוג מסיעת מולדת תקף את שר הביטחון.'], "organisation")
    assert not any("תקף" in o for o in orgs)


def test_near_miss_a_faction_of_two_words_is_read_whole() -> None:
    orgs = _kind(['חבר הכנסת יוסי אלמוג מסיעת כוכב חדש אמר כי יצביע נגד.'], "organisation")
    assert "כוכב חדש" in orgs


def test_a_local_council_and_its_town_is_no_person() -> None:
    people = _kind(["ראש המועצה המקומית קריית ענבל, דוד אזולאי, ביקש מהממשלה להקים שכונה."], "person")
    assert people == ["דוד אזולאי"]


def test_a_council_of_a_hill_town_is_no_person() -> None:
    people = _kind(["ראש המועצה המקומית גבעת אלונים, משה פרץ, אמר כי יפנה לבג\"ץ."], "person")
    assert "גבעת אלונים" not in people


def test_near_miss_a_council_head_named_after_the_office() -> None:
    people = _kind(["ראש המועצה המקומית יוסי פרלמן אמר כי יפנה לבג\"ץ."], "person")
    assert "יוסי פרלמן" in people
