"""Arabic names "given father [grandfather] الfamily" whose family word is no nisba and no given name (a Gulf
tribal or family name): read whole where the name closes, before a mark or the next list item's office; a
definite word that goes on into the clause stays the verb's object (`people_ar_words._closing_family`). Made-up
names and sentences."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import headlined_facts


def _people(title: str, paragraphs: list[str]) -> dict[str, str | None]:
    facts: list[Fact] = headlined_facts(title, paragraphs, "ar")
    return {f.text: f.role for f in facts if f.kind == "person"}


def test_family_name_before_a_comma_closes_the_name() -> None:
    people = _people("ضبط عصابة", ["وقال مدير مركز الشرطة اللواء ماهر عيسى الغنام، إن الدورية وصلت في الموعد."])
    assert "ماهر عيسى الغنام" in people
    assert "مدير مركز الشرطة" in (people["ماهر عيسى الغنام"] or "")
    assert "ماهر عيسى" not in people


def test_family_name_before_the_next_office_closes_the_name() -> None:
    people = _people(
        "زيارة وفد",
        ["وحضر وكيل الوزارة اللواء فهد سالم المطوع والمدير العام للإدارة العامة للمرور العميد جابر ناصر البدر."],
    )
    assert "فهد سالم المطوع" in people
    assert "وكيل الوزارة" in (people["فهد سالم المطوع"] or "")


def test_three_given_names_then_the_family_at_the_stop() -> None:
    people = _people("حملة أمنية", ["وجاء ذلك بحضور وزير الداخلية الشيخ ناصر يوسف سعود المنصور."])
    assert "ناصر يوسف سعود المنصور" in people


def test_a_definite_object_after_the_name_stays_out() -> None:
    people = _people("استقبال", ["استقبل الوزير الدكتور كمال سعيد الوفد الزائر في مكتبه."])
    assert not any(name.endswith("الوفد") for name in people), people


def test_an_adjective_of_office_or_a_nationality_is_no_family_name() -> None:
    people = _people("لقاء", ["والتقى الوفد بالمدرب سامي خالد الجديد، ثم بالسفير عمر حسن المصري."])
    assert not any(name.endswith(("الجديد", "المصري")) for name in people), people
