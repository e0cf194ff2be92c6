"""Arabic places, round 46 (k-arpl46b): classes an unseen set of Arabic news pages showed, written again as
made-up sentences with made-up names. Each has a near miss that must not change:

* a dateline whose agency's short name is also a town ("<capital> - قنا"): the agency, no second place; two
  towns with no agency between them stay places;
* a role noun that starts with و ("وكيل") is no "and" before a town, on the tagger's path too;
* the bare word a town's name with the article was made from ("ميادين العمل", fields of work): no town; the town
  with its article stays one;
* "جامعة <town>" opening a headline before a verb in ـي ("تحتفي"): the university, not the town; an indefinite
  adjective after a bare noun still describes ("هيئة رقابة محلية");
* a town inside a festival's or campaign's quoted title: a word of the title; a town quoted alone, or inside a
  quoted sentence someone said, stays a place.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.ar_quoted_titles import inside_quoted_title
from briefing_app.core.facts.datelines_rtl import arabic_dateline_agency
from briefing_app.core.facts.place_shapes_ar import bare_word_of_a_definite_town
from briefing_app.core.facts.places_ar_tagged import _inside_a_role_noun
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str], title: str = "عنوان") -> list[Fact]:
    article = ArticleText(Path("t-ar.txt"), "txt", "", [TextBlock(p) for p in [title, *paragraphs]])
    return extract_facts(build_document(article, language="ar"))


def _named(paragraphs: list[str], kind: str, title: str = "عنوان") -> list[str]:
    return [f.text for f in _facts(paragraphs, title) if f.kind == kind]


# --- an agency's short name spelt as a town, in a dateline ---------------------------------------------------------


def test_agency_spelt_as_a_town_in_a_dateline() -> None:
    assert arabic_dateline_agency("الدوحة - قنا") == (9, 12, "قنا")
    facts = _facts(["الدوحة - قنا", "قالت وزارة التموين إن فرق الرقابة زارت 40 متجرا."])
    assert "قنا" not in [f.text for f in facts if f.kind == "place"]
    assert "قنا" in [f.text for f in facts if f.kind == "organisation"]


def test_two_towns_in_an_opening_stay_no_agency() -> None:
    assert arabic_dateline_agency("دمشق - حلب -") is None


# --- a role noun in و on the tagger's path -------------------------------------------------------------------------


def test_role_noun_is_no_and_before_a_town() -> None:
    text = "ويرافق الوزير في زيارته وكيل وزارة الزراعة العميد سالم الفارسي."
    at = text.index("وكيل") + 1
    assert _inside_a_role_noun(text, at, at + 3)
    assert "كيل" not in _named([text], "place")


def test_town_after_and_at_a_word_start_is_kept() -> None:
    text = "زار الوفد برلين وكيل الألمانية."
    at = text.index("وكيل") + 1
    assert not _inside_a_role_noun(text, at - 1, at + 3)  # (the whole word, no clitic split off)


# --- the bare word of a town named with the article ----------------------------------------------------------------


def test_bare_plural_in_construct_is_no_town() -> None:
    text = "تخرج الطلاب إلى ميادين العمل والإنتاج"
    at = text.index("ميادين")
    assert bare_word_of_a_definite_town(text, at, at + len("ميادين"))
    assert "ميادين" not in _named([text], "place")


def test_town_with_its_article_stays_a_place() -> None:
    text = "وصل الوفد إلى الميادين صباح أمس."
    at = text.index("الميادين")
    assert not bare_word_of_a_definite_town(text, at, at + len("الميادين"))
    assert "الميادين" in _named([text], "place")


# --- "جامعة <town>" before a verb in ـي -----------------------------------------------------------------------------


def test_university_of_a_town_before_a_verb_in_ya() -> None:
    facts = _facts(["جامعة حلب تحتفي بخريجيها في حفل كبير"])
    assert "جامعة حلب" in [f.text for f in facts if f.kind == "organisation"]
    assert "حلب" not in [f.text for f in facts if f.kind == "place"]


def test_bare_noun_and_indefinite_adjective_still_describe() -> None:
    assert "هيئة رقابة" not in _named(["وهي هيئة رقابة محلية تتبع البلدية."], "organisation")


# --- a town inside a quoted title ---------------------------------------------------------------------------------


def test_town_inside_a_festival_title_is_no_place() -> None:
    text = "افتتحت الكلية مهرجان «عمان بين الأمس واليوم» في قاعتها الكبرى."
    at = text.index("عمان")
    assert inside_quoted_title(text, at, at + 4)
    assert "عمان" not in _named([text], "place")


def test_town_quoted_alone_or_in_speech_stays_a_place() -> None:
    alone = "أقيم مهرجان «دمشق» أمس."
    assert not inside_quoted_title(alone, alone.index("دمشق"), alone.index("دمشق") + 4)
    said = "قال الوزير: «سنعود إلى دمشق قريبا»"
    assert not inside_quoted_title(said, said.index("دمشق"), said.index("دمشق") + 4)
    assert "دمشق" in _named([said], "place")
