"""People in made-up news sentences of round 17, written before they were run.

Hebrew (24 sentences, 27 people; first run on main's code: P/R .96/.96): a title, a given name, a family name
and then ב, ל or מ glued to a known place ("השר משה לוי בירושלים") read the place as a third name.
Arabic, in the style of Syrian and Levantine reports (24 sentences, 25 people; first run .95/.84): callings that
name victims and detainees (المعلم، المدرس، المسعف ...) were no heads; a calling after a feminine or plural body
("اعتقلت قوات الأمن الصحفي X") was read as the body's adjective; "أثناء", "جراء" and the like ran on into the
name; and a kinship noun in construct ("وقالت والدة الضحية") was taken for a name."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _kind(paragraphs: list[str], kind: str, language: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, language) if f.kind == kind}


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        ("ראש הממשלה נפגש עם נשיא צרפת ז'אק לורן בפריז.", "ז'אק לורן", "פריז"),
        ("ראש הממשלה נפגש עם השר משה לוי בירושלים.", "משה לוי", "ירושלים"),
        ("ראש הממשלה נפגש עם השר משה לוי בלונדון.", "משה לוי", "לונדון"),
    ],
)
def test_a_place_glued_to_a_preposition_after_a_titled_name_is_no_third_name(
    sentence: str, name: str, place: str
) -> None:
    assert name in _kind([sentence], "person", "he")
    assert place in _kind([sentence], "place", "he")


def test_a_middle_name_closing_the_clause_is_still_read() -> None:
    assert "ז'אן פייר לוי" in _kind(["ראש הממשלה ז'אן פייר לוי."], "person", "he")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("ووثقت الشبكة مقتل المعلم فادي الخطيب برصاص قناص.", "فادي الخطيب", "المعلم"),
        ("أصيب المسعف سامر الخطيب بجروح في القصف.", "سامر الخطيب", "المسعف"),
        ("اعتقلت قوات الأمن الصحفي عمر الخطيب أثناء تغطيته للمظاهرة.", "عمر الخطيب", "الصحفي"),
        ("اعتقلت قوات النظام الناشط عمر الخطيب.", "عمر الخطيب", "الناشط"),
        ("قتل المهندس سامي العلي جراء القصف.", "سامي العلي", "المهندس"),
    ],
)
def test_arabic_callings_of_victims_and_detainees(sentence: str, name: str, role: str) -> None:
    assert _kind([sentence], "person", "ar") == {name: role}


@pytest.mark.parametrize(
    "sentence",
    ["وقال مركز إدلب الإعلامي إن القصف استمر.", "ونشرت الشبكة الإعلامية صورا للدمار.", "زار المدرسة وزير التربية."],
)
def test_a_bodys_own_adjective_or_a_school_is_no_person(sentence: str) -> None:
    assert _kind([sentence], "person", "ar") == {}


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("وقالت والدة الضحية إنها لم تتلق أي معلومات.", set()),
        ("وقال شقيق المعتقل إن العائلة قلقة.", set()),
        ("وقالت والدة الضحية، سعاد الأحمد، إنها لم تتلق أي معلومات.", {"سعاد الأحمد"}),
        ("وقال أبو محمد، أحد سكان الحي، إن القصف بدأ عند الفجر.", {"أبو محمد"}),
    ],
)
def test_a_kinship_noun_in_construct_is_no_name(sentence: str, people: set[str]) -> None:
    assert set(_kind([sentence], "person", "ar")) == people
