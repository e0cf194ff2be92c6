"""Arabic key facts, round 52 (second pass): invented Saudi local news in the style of 2015 (municipal projects,
commerce inspections, housing, civil defence), with made-up names; each class beside a near miss that must keep
the old reading.

Classes: a lineage name's bare family name whose final ه is its stem's (Hejazi "فقيه", "وجيه"), closed by a
boundary, is part of the name ("عادل بن محمد فقيه أن"), not a possessive, and the tagger's shorter reading does
not cut it."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import headlined_facts


def _facts(paragraphs: list[str], title: str = "خبر محلي") -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _texts(paragraphs: list[str], kind: str, title: str = "خبر محلي") -> set[str]:
    return {f.text for f in _facts(paragraphs, title) if f.kind == kind}


# --- a family name in -يه after a lineage chain (people_ar_nasab, people_ar_trim) -----------------------------


def test_family_name_with_stem_final_h_closes_the_chain() -> None:
    paragraphs = ["وأوضح أمين المنطقة المهندس عادل بن محمد فقيه أن المشروع يشمل إنشاء 3 جسور."]
    assert "عادل بن محمد فقيه" in _texts(paragraphs, "person")


def test_family_name_with_stem_final_h_before_a_comma() -> None:
    paragraphs = ["وأكد مدير المستشفى الدكتور نزار بن أحمد وجيه، أن المستشفى جاهز لاستقبال المرضى."]
    assert "نزار بن أحمد وجيه" in _texts(paragraphs, "person")


def test_long_role_before_the_chain_keeps_the_family_name() -> None:
    paragraphs = ["وأوضح أمين منطقة المدينة المنورة المهندس عادل بن محمد فقيه أن المشروع يشمل إنشاء جسور."]
    assert "عادل بن محمد فقيه" in _texts(paragraphs, "person")


def test_near_miss_a_possessive_after_the_chain_stays_out() -> None:
    paragraphs = ["واستقبل الأمير سعود بن عبدالله نجله في القصر أمس."]
    people = _texts(paragraphs, "person")
    assert not any(p.endswith("نجله") for p in people)


def test_near_miss_his_brother_after_the_chain_stays_out() -> None:
    paragraphs = ["واستقبل الأمير سعود بن عبدالله أخيه في القصر أمس."]
    assert not any(p.endswith("أخيه") for p in _texts(paragraphs, "person"))


def test_near_miss_a_verb_after_the_chain_is_still_cut() -> None:
    paragraphs = ["وأكد أمين المنطقة سامي بن خالد نشرت التقرير."]
    assert not any(p.endswith("نشرت") for p in _texts(paragraphs, "person"))
