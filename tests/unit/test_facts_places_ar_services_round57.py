"""Arabic places inside a local service's name, round 57 (k-arorg57b): Saudi and Gulf copy names a town's or a
region's police, municipality or governorate office by the area it serves ("شرطة X", "أمانة منطقة X", "بلدية
محافظة X"), often as the only mention of the town. The town is the article's place as well as a word of the body's
name (ar_located_bodies). Near misses: a town inside a body's name that is no local service ("جامعة X") stays the
body's word only, and a country's own national body ("بلدية <country>") names no place. Made-up sentences.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str], title: str = "عنوان") -> list[Fact]:
    article = ArticleText(Path("t-ar.txt"), "txt", "", [TextBlock(p) for p in [title, *paragraphs]])
    return extract_facts(build_document(article, language="ar"))


def _named(paragraphs: list[str], kind: str) -> list[str]:
    return [f.text for f in _facts(paragraphs) if f.kind == kind and f.sentence > 0]


def test_town_of_a_police_force_is_a_place() -> None:
    places = _named(["أوقفت شرطة تبوك ثلاثة شبان بعد مطاردة قصيرة مساء الأحد."], "place")
    assert "تبوك" in places


def test_region_after_police_and_its_kind_is_a_place() -> None:
    places = _named(["وقال المتحدث باسم شرطة منطقة القصيم إن التحقيق ما زال جاريا مع الموقوفين."], "place")
    assert "القصيم" in places


def test_town_of_a_municipality_with_a_glued_preposition_is_a_place() -> None:
    places = _named(["ونقل المصابون بسيارات تابعة لبلدية محافظة بريدة إلى مراكز الإيواء."], "place")
    assert "بريدة" in places


def test_town_inside_a_university_stays_the_body_word() -> None:
    facts = _facts(["وأعلنت جامعة تبوك قبول ألفي طالب جديد في برامج الهندسة هذا العام."])
    assert "تبوك" not in [f.text for f in facts if f.kind == "place"]


def test_country_of_a_national_municipality_is_no_place() -> None:
    places = _named(["ورفعت بلدية الكويت عشرات المركبات المهملة من الشوارع الفرعية أمس."], "place")
    assert "الكويت" not in places


def test_day_word_after_a_site_is_no_word_of_its_name() -> None:
    places = _named(["واستقبل المحافظ في قصر وردان اليوم وفدا من رجال الأعمال."], "place")
    assert "قصر وردان" in places and "قصر وردان اليوم" not in places


def test_weekday_after_a_site_is_no_word_of_its_name() -> None:
    # (the day words of a report have their own name: a second "_AR_DAY_WORDS" below rebound the first, which kept
    # only "اليوم" of these, so "الخميس" stayed in the name)
    places = _named(["واستقبل المحافظ بقصر وردان الخميس وفدا من رجال الأعمال."], "place")
    assert "قصر وردان" in places and "قصر وردان الخميس" not in places


def test_definite_word_after_a_site_stays_in_its_name() -> None:
    places = _named(["وصلى الوفد في مسجد صاحب الزمان قبل أن يغادر المدينة."], "place")
    assert "مسجد صاحب الزمان" in places
