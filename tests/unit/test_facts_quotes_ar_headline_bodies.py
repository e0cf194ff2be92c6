"""Arabic headline quotes whose speaker is one of the article's bodies named by one definite word (quotes_ar_headline):
Gulf and Levant copy shortens a ministry to its field, with or without marks ("الزراعة: ..." for وزارة الزراعة
العراقية), a directorate to the genitive after "ل" ("«الجوازات»: ..." for الإدارة العامة للجوازات), and an
authority to its kind ("«الهيئة»: ..." for هيئة X). Made-up sentences, each beside a near miss that keeps the old
reading (no quote)."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import headlined_facts


def _headline_quotes(title: str, paragraphs: list[str]) -> list[tuple[str, str | None]]:
    facts: list[Fact] = headlined_facts(title, paragraphs, "ar")
    return [(" ".join(f.text.split()[:2]), f.speaker) for f in facts if f.kind == "quote" and f.sentence == 0]


_FARMS = ["أعلنت وزارة الزراعة العراقية اليوم الثلاثاء توزيع البذور على المزارعين في المحافظات الجنوبية."]


def test_an_unmarked_field_before_the_colon_is_the_ministry_with_its_adjective() -> None:
    quotes = _headline_quotes("الزراعة: توزيع 4 آلاف طن من البذور على المزارعين", _FARMS)
    assert quotes == [("توزيع 4", "وزارة الزراعة العراقية")]


def test_a_field_in_marks_is_the_ministry_as_before() -> None:
    quotes = _headline_quotes("«الزراعة»: توزيع 4 آلاف طن من البذور على المزارعين", _FARMS)
    assert quotes == [("توزيع 4", "وزارة الزراعة العراقية")]


def test_near_miss_an_unmarked_word_that_shortens_no_body_is_no_speaker() -> None:
    assert _headline_quotes("الحصاد: توزيع 4 آلاف طن من البذور على المزارعين", _FARMS) == []


def test_near_miss_a_place_before_the_colon_is_no_speaker() -> None:
    assert _headline_quotes("العراق: توزيع 4 آلاف طن من البذور على المزارعين", _FARMS) == []


_PASSPORTS = ["وقالت الإدارة العامة للجوازات في بيان اليوم إن مكاتبها ستعمل مساء طوال الشهر في العاصمة."]


def test_the_genitive_after_lam_names_the_directorate() -> None:
    quotes = _headline_quotes("«الجوازات»: إصدار 900 جواز خلال أسبوع في مكاتب العاصمة", _PASSPORTS)
    assert quotes == [("إصدار 900", "الإدارة العامة للجوازات")]


def test_near_miss_the_directorates_adjective_alone_is_no_speaker() -> None:
    assert _headline_quotes("«العامة»: إصدار 900 جواز خلال أسبوع في مكاتب العاصمة", _PASSPORTS) == []


_TRANSPORT = ["وأوضحت هيئة النقل البري في بيان أن فرقها فحصت الحافلات المدرسية خلال يومين."]


def test_a_kind_made_definite_names_the_body_as_the_headline_writes_it() -> None:
    quotes = _headline_quotes("«الهيئة»: فحص 30 حافلة مدرسية قبل بدء العام الدراسي", _TRANSPORT)
    assert quotes == [("فحص 30", "الهيئة")]


def test_near_miss_a_kind_no_body_of_the_article_has_is_no_speaker() -> None:
    assert _headline_quotes("«اللجنة»: فحص 30 حافلة مدرسية قبل بدء العام الدراسي", _TRANSPORT) == []
