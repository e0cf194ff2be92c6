"""Arabic local news names a directorate's head by the public service it runs, indefinite in construct with the
place, then the holder's rank or title of address ("مدير أمن المنطقة العميد X", "مدير مباحث المحافظة العقيد Y",
"مدير شرطة منطقة X اللواء Z"). The office is the role, with the rank; the rank alone is not. Made-up sentences
with invented names; the near misses keep their reading."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import people_roles


def _role_of(text: str, name: str) -> str:
    roles = people_roles([text], "ar")
    holder = next(n for n in roles if name in n)
    return roles[holder] or ""


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        # no verb of saying before the office: the office chain before the rank is the holder's
        ("وتفقد الموقع مدير أمن الساحل العميد سالم الهاملي، يرافقه عدد من الضباط.", "الهاملي", "مدير أمن الساحل"),
        ("وأشرف على الحملة مدير مباحث الساحل العقيد فهد المري، بمشاركة فرق الدوريات.", "المري", "مدير مباحث الساحل"),
        ("وتابع الحادث مدير مرور الساحل العقيد فهد المري، حتى فتح الطريق.", "المري", "مدير مرور الساحل"),
        # an indefinite region's or province's noun inside the chain
        (
            "وحضر الحفل مدير شرطة منطقة الساحل اللواء ماجد الرميثي وعدد من المسؤولين.",
            "الرميثي",
            "مدير شرطة منطقة الساحل",
        ),
        (
            "وزار المصابين مدير صحة محافظة الساحل الدكتور نادر الخطيب، مطمئنا على حالتهم.",
            "الخطيب",
            "مدير صحة محافظة الساحل",
        ),
    ],
)
def test_a_service_office_before_a_rank_is_the_role(text: str, name: str, office: str) -> None:
    assert office in _role_of(text, name)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # (an office already read before the rank keeps its reading)
        (
            "وتفقد الموقع مدير شرطة الساحل العميد سالم الهاملي، يرافقه عدد من الضباط.",
            "الهاملي",
            "مدير شرطة الساحل; العميد",
        ),
        # (a verb, not an office, before the rank: the rank alone)
        ("وزار العميد سالم الهاملي مركز الأمن في الساحل أمس.", "الهاملي", "العميد"),
    ],
)
def test_near_miss_other_words_before_a_rank_keep_their_reading(text: str, name: str, role: str) -> None:
    assert _role_of(text, name) == role
