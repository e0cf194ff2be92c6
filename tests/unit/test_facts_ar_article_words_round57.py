"""Arabic key facts, round 57 (lead): a word that opens with "لل" (the particle ل on the article) is no particle before
a dual ("مدارس للبنين", schools for boys: not ل + "لبنين", two milks), and a country none of whose names has the
article is not read off a word with it ("البنين", the boys, is not Benin); found briefing an unseen page of Saudi
school news. Made-up sentences, each beside a near miss that keeps its reading."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import headlined_facts


def _facts(paragraph: str) -> list[Fact]:
    return headlined_facts("خبر محلي", [paragraph], "ar")


def _texts(paragraph: str, kind: str) -> set[str]:
    return {f.text for f in _facts(paragraph) if f.kind == kind}


def test_schools_for_boys_give_no_dual_and_no_country() -> None:
    paragraph = "وافتتحت إدارة التعليم 14 مدرسة جديدة منها تسع مدارس للبنين وخمس للبنات في المحافظة."
    figures = _texts(paragraph, "figure")
    assert not any("بنين" in text for text in figures), figures
    assert not any("بنين" in text for text in _texts(paragraph, "place"))


def test_near_miss_a_dual_after_the_particle_still_counts_two() -> None:
    values = [f.value for f in _facts("واستمر البحث عن المفقود لشهرين في الصحراء.") if f.kind == "figure"]
    assert 2 in values


def test_near_miss_the_country_written_bare_is_a_place() -> None:
    assert "بنين" in _texts("ووصل إلى الرياض وفد من بنين يرأسه وزير الخارجية.", "place")


def test_near_miss_a_stan_country_written_with_the_article_is_a_place() -> None:
    assert "الباكستان" in _texts("وتحطمت طائرة ركاب في الباكستان صباح أمس.", "place")
