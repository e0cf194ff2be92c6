"""A department named by an indefinite "إدارة" and its field ("إدارة مكافحة التهريب", "ادارة الأرصاد"), or headed
by a director ("مدير إدارة الشؤون القانونية"), is a body; "إدارة" as the verbal noun "managing" is none
(made-up sentences)."""

from __future__ import annotations

import pytest

from briefing_app.core.facts.orgs_ar import arabic_orgs


def _names(text: str) -> list[str]:
    return [n for _s, _e, n in arabic_orgs(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأعلن مدير إدارة مكافحة الغش التجاري ضبط مستودع.", "إدارة مكافحة الغش التجاري"),
        ("ونشرت إدارة العلاقات العامة والتسويق بالهيئة صورا للمعرض.", "إدارة العلاقات العامة والتسويق"),
        ("وتوقعت إدارة الأرصاد البحرية ارتفاع الموج غدا.", "إدارة الأرصاد البحرية"),
        ("ووزعت إدارة الإعلام المروري نشرة عن السرعة الآمنة.", "إدارة الإعلام المروري"),
        # (the hamza left out, as much local copy writes it)
        ("وضبط رجال ادارة مكافحة التهريب شحنة من السجائر.", "إدارة مكافحة التهريب"),
        # (a director heads it, whatever its field)
        ("وقال مدير إدارة الشؤون القانونية إن القرار نهائي.", "إدارة الشؤون القانونية"),
    ],
)
def test_a_department_is_a_body(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "ونجحت الحكومة في إدارة الأزمة بحكمة.",  # managing the crisis
        "وأكد الوزير أهمية إدارة الموارد المائية.",  # managing water resources
        "وتولى إدارة الشركة منذ عامين.",  # he ran the company (the company is read at its own head)
        "وناقش المجلس سبل إدارة شؤون البلاد.",  # managing the country's affairs
    ],
)
def test_managing_is_no_department(text: str) -> None:
    assert not any(n.startswith(("إدارة", "ادارة")) for n in _names(text)), _names(text)
