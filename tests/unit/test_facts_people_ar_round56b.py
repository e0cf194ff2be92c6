"""Arabic people and roles, round 56 (second wave): an office, a comma and a lineage name "X بن Y الZ" with no
closing comma (`people_ar_roles._ar_name_in_commas`); two bodies named after two royals in a dual construct
("مدينتي الملك X الطبية والملك Y الطبية", `people_ar_namesakes`); an office "في" a public service's directorate
before a rank (`people_ar_role_edges._office_link`). Made-up names and sentences."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import headlined_facts


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    facts: list[Fact] = headlined_facts("خبر محلي", paragraphs, "ar")
    return {f.text: f.role for f in facts if f.kind == "person"}


def test_lineage_name_after_the_comma_keeps_the_office() -> None:
    people = _people(["وبيّن الناطق الرسمي باسم هيئة النقل البري، ماجد بن فهد العنزي أن الرحلات تعود غدا."])
    assert "الناطق الرسمي باسم هيئة النقل البري" in (people.get("ماجد بن فهد العنزي") or ""), people


def test_lineage_name_after_the_comma_before_inna() -> None:
    people = _people(["وقال مدير المركز، ماجد بن فهد العنزي إن العمل بدأ."])
    assert people.get("ماجد بن فهد العنزي") == "مدير المركز", people


def test_lineage_name_with_an_object_after_it_gets_no_office() -> None:
    people = _people(["والتقى مدير المركز، ماجد بن فهد العنزي الوفد الزائر."])
    assert "ماجد بن فهد العنزي" in people
    assert not people["ماجد بن فهد العنزي"], people


def test_two_bodies_named_after_two_royals_hold_no_person() -> None:
    people = _people(["وأكد المدير وجود تعاون مع مدينتي الملك راشد الطبية والملك منصور الطبية."])
    assert not any(name.endswith("الطبية") for name in people), people


def test_two_royals_after_a_dual_kind_noun_at_the_sentence_end() -> None:
    people = _people(["ويدرس الطلاب في جامعتي الملك راشد والأمير منصور بن خالد."])
    assert not people, people


def test_two_royals_received_are_still_people() -> None:
    people = _people(["واستقبل أمير المنطقة الأمير راشد بن خالد والأمير منصور بن سعد الوفد."])
    assert "راشد بن خالد" in people and "منصور بن سعد" in people, people


def test_namesake_and_a_person_of_the_same_first_name() -> None:
    people = _people(
        ["وحضر مدير مدينة الملك راشد الطبية الدكتور نايف العمري، ومدير المراكز الدكتور راشد الحمدان، والوفد."]
    )
    assert "راشد الحمدان" in people, people
    assert not any(name.endswith("الطبية") for name in people), people


def test_office_in_a_service_directorate_before_a_rank() -> None:
    people = _people(["وقال الناطق الإعلامي في مرور الدمام الرائد نايف العمري إن الحادث وقع فجرا."])
    assert "الناطق الإعلامي في مرور الدمام" in (people.get("نايف العمري") or ""), people


def test_a_place_of_an_event_before_a_rank_is_no_office() -> None:
    people = _people(["ووقع الحادث في مرور الدمام الرائد نايف العمري أمس."])
    assert "الحادث" not in (people.get("نايف العمري") or ""), people
