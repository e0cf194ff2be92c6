"""Arabic people and roles, round 45: Gulf local news names people "given father family" (the family word often a
nisba with the article) or by a lineage with بن, mostly after a rank or an office. Written again with made-up
names and sentences, each beside a near miss that must keep the old reading.

Classes: a nisba family name after a father's name no list knows, or a nisba of a region (not of a country), closes
a three-part name (`people_ar_words._ar_name_at`, `_lineage_family`); a third name right before a comma is kept
when the tagger stops after two given names (`people_ar_trim`); "X Y بن Z، ROLE" is one person X Y بن Z, with no
second "Y بن Z" (`people_ar_roles.find_name_then_role`, `people_ar_nasab`, `people_ar_context`); "X Y الZ ROLE"
with no comma keeps its first given name; a blessing after a ruler's office ("حفظه الله") is no person and ends
the role (`people_ar_phrases.blessing_at`); a rank before a name and an office in commas after it are both
kept (`people_ar_roles.find_appositive_roles`)."""

from __future__ import annotations

import pytest

from briefing_app.core.facts import Fact, people_ar_trim
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_phrases import blessing_at
from briefing_app.core.facts.people_index import PeopleIndex
from tests.unit.facts_helpers import headlined_facts


def _facts(title: str, paragraphs: list[str]) -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _people(title: str, paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in _facts(title, paragraphs) if f.kind == "person"}


# --- a nisba family name after an unlisted father's name --------------------------------------------------------


def test_nisba_after_an_unlisted_father_name_closes_the_name() -> None:
    people = _people(
        "تدشين مركز للإسعاف", ["افتتح العميد سامي فهير الدرعاوي مركزا جديدا للإسعاف في الحي الشمالي صباح الخميس."]
    )
    assert "سامي فهير الدرعاوي" in people
    assert "سامي فهير" not in people


def test_near_miss_a_country_nisba_after_two_names_stays_a_description() -> None:
    people = _people(
        "تدشين مركز للإسعاف", ["افتتح العميد سامي فهير المصري مركزا جديدا للإسعاف في الحي الشمالي صباح الخميس."]
    )
    assert "سامي فهير المصري" not in people


# --- a region's nisba is a family name; a country's is not ------------------------------------------------------


def test_region_nisba_after_two_given_names_is_the_family_name() -> None:
    people = _people("ندوة عن السلامة", ["وشارك في الندوة القاضي رامي حمدان الجليلي بورقة عن حوادث الطرق."])
    assert "رامي حمدان الجليلي" in people


def test_near_miss_country_nisba_after_two_given_names_is_cut() -> None:
    people = _people("ندوة عن السلامة", ["وشارك في الندوة القاضي رامي حمدان المصري بورقة عن حوادث الطرق."])
    assert "رامي حمدان المصري" not in people


# --- a third name before a comma ---------------------------------------------------------------------------------


def _trimmed(text: str, name: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """`name` after `trim_run_on_names`, with the tagger made to read only its first two words as the person."""
    monkeypatch.setattr(people_ar_trim, "_tagged_prefix", lambda n, texts: " ".join(n.split()[:2]))
    index = PeopleIndex()
    index.add(name, "العقيد", 1)
    people_ar_trim.trim_run_on_names([SourceSentence(1, 1, text)], index)
    return index.people[0].name


def test_third_name_before_a_comma_is_kept_when_the_tagger_stops_at_two(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وأوضح مدير إدارة التحريات العقيد نادر عصام فهير، أن فريق البحث رصد الشحنة."
    assert _trimmed(text, "نادر عصام فهير", monkeypatch) == "نادر عصام فهير"


def test_near_miss_a_word_after_two_names_with_no_comma_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وأوضح مدير إدارة التحريات العقيد نادر عصام رصد الشحنة قبل وصولها."  # (a verb after the name)
    assert _trimmed(text, "نادر عصام رصد", monkeypatch) == "نادر عصام"


# --- "X Y بن Z، ROLE": one person --------------------------------------------------------------------------------


def test_lineage_after_two_given_names_and_its_role_is_one_person() -> None:
    people = _people(
        "اجتماع لجنة الموانئ",
        ["وحضر الاجتماع سالم خليفة بن حمدان، مدير إدارة الموانئ البحرية، وعدد من رؤساء الأقسام."],
    )
    assert people.get("سالم خليفة بن حمدان") == "مدير إدارة الموانئ البحرية"
    assert "خليفة بن حمدان" not in people


def test_near_miss_lineage_after_one_given_name_keeps_its_role() -> None:
    people = _people(
        "اجتماع لجنة الموانئ", ["وحضر الاجتماع خليفة بن حمدان، مدير إدارة الموانئ البحرية، وعدد من رؤساء الأقسام."]
    )
    assert people.get("خليفة بن حمدان") == "مدير إدارة الموانئ البحرية"


def test_a_noun_before_a_lineage_name_is_no_given_name_of_it() -> None:
    people = _people("ذكرى رحيل الأديب", ["واستعاد المنتدى أيام حكم زين العابدين بن علي في ندوة مسائية."])
    assert "حكم زين العابدين بن علي" not in people


# --- "X Y الZ ROLE" with no comma --------------------------------------------------------------------------------


def test_two_given_names_and_a_nisba_before_an_office_with_no_comma() -> None:
    people = _people(
        "تكريم موظفي الجمارك",
        ["وكرم الحفل عددا من الموظفين، ورامي حمدان الظفري مدير إدارة التفتيش الجمركي بالمنفذ البري."],
    )
    assert people.get("رامي حمدان الظفري", "").startswith("مدير إدارة التفتيش")
    assert "حمدان الظفري" not in people


def test_near_miss_a_given_name_and_a_nisba_before_an_office_stay_two_words() -> None:
    people = _people(
        "تكريم موظفي الجمارك", ["وكرم الحفل عددا من الموظفين، وحمدان الظفري مدير إدارة التفتيش الجمركي بالمنفذ البري."]
    )
    assert "حمدان الظفري" in people


# --- a blessing after a ruler's office ---------------------------------------------------------------------------


def test_blessing_shape() -> None:
    assert blessing_at(["حفظه", "الله"], 0)
    assert blessing_at(["رعاها", "الله،"], 0)
    assert not blessing_at(["فتح", "الله"], 0)  # (a compound given name)
    assert not blessing_at(["حفظه", "القانون"], 0)


def test_blessing_after_a_ruler_is_no_person_and_ends_the_role() -> None:
    people = _people(
        "مبادرة للقراءة",
        ["وثمن المدير دعم الشيخ حمد بن سلطان آل ثامر حاكم الإمارة حفظه الله للمبادرة الثقافية منذ انطلاقها."],
    )
    assert "حفظه الله" not in people
    assert not any("حفظه" in (role or "") for role in people.values())


def test_near_miss_a_compound_given_name_with_allah_is_still_a_name() -> None:
    people = _people("مبادرة للقراءة", ["وقال الشيخ عبد الله الدرعاوي إن المبادرة الثقافية مستمرة منذ انطلاقها."])
    assert people.get("عبد الله الدرعاوي") == "الشيخ"


# --- a rank before the name, the office in commas after it --------------------------------------------------------


def test_rank_before_a_name_and_an_office_after_it_are_both_kept() -> None:
    people = _people(
        "جولة تفقدية للمرور",
        ["ورافقه في الجولة العقيد رامي حمدان الظفري، مساعد المدير لشؤون الدوريات، وعدد من الضباط."],
    )
    role = people.get("رامي حمدان الظفري") or ""
    assert "مساعد المدير لشؤون الدوريات" in role


def test_near_miss_a_rank_alone_keeps_the_rank() -> None:
    people = _people("جولة تفقدية للمرور", ["ورافقه في الجولة العقيد رامي حمدان الظفري وعدد من الضباط."])
    assert people.get("رامي حمدان الظفري") == "العقيد"
