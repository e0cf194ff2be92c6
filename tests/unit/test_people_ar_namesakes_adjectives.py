"""Arabic bodies named after a royal whose name ends in the body's adjective ("مدينة الملك X الطبية"), also two
such bodies under one dual noun ("مدينتي الملك X الطبية والملك Y الطبية"): no person is named there (people_ar_namesakes).
Made-up sentences; near misses keep a titled person whose family name is a nisba."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles


def _people(text: str) -> dict[str, str | None]:
    return people_roles(["خبر", text], "ar")


def test_two_medical_cities_under_a_dual_name_no_one() -> None:
    people = _people("وأعلن المستشفى التعاون مع مدينتي الملك نايف الطبية والملك منصور الطبية في المنطقة.")
    assert people == {}, people


def test_two_specialist_hospitals_under_a_dual_name_no_one() -> None:
    people = _people("ويرتبط المركز باتفاقية مع مستشفيي الأمير نايف والأمير منصور التخصصيين منذ عامين.")
    assert people == {}, people


def test_a_coordinated_royal_before_a_body_adjective_names_no_one() -> None:
    people = _people("وتشمل الخطة مستشفى الرس العام والأمير منصور بن نايف التخصصي في الشمال.")
    assert "منصور بن نايف" not in people and "منصور بن نايف التخصصي" not in people, people


def test_a_prince_with_a_nisba_family_name_stays_a_person() -> None:
    # near miss: a nisba that is a family name, no body's adjective
    people = _people("وقال الأمير منصور الدوسري إن الوفد وصل إلى المدينة أمس.")
    assert people.get("منصور الدوسري") == "الأمير", people


def test_a_king_receiving_a_delegation_stays_a_person() -> None:
    # near miss: a coordinated title with no body after it
    people = _people("واستقبل الأمير نايف بن منصور والأمير منصور بن نايف الوفد الزائر في القصر.")
    assert "نايف بن منصور" in people, people


def test_a_medical_city_whose_namesake_shares_a_given_name_with_a_doctor() -> None:
    people = people_roles(
        [
            "خبر",
            "وأكد المستشفى تعاونه مع مدينتي الملك نايف الطبية والملك منصور الطبية.",
            "وحضر الجولة مدير المراكز في الوزارة الدكتور نايف الحربي.",
        ],
        "ar",
    )
    assert "نايف الطبية" not in people and "منصور الطبية" not in people, people
    assert "نايف الحربي" in people, people
