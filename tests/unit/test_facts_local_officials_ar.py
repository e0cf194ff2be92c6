"""Arabic local news names its officials with a rank or a title of address and the office after the name
("اللواء X Y مساعد وزير الداخلية لأمن ...", "المهندس X Y المشرف على المشروع"), writes "بأن" (that) without its
hamza ("صرح الناطق بان الفرق ..."), and closes a body's name before a relative clause or what it belongs to
("شرطة X التي ...", "المكتب X التابع لمجلس ..."). Made-up sentences with invented names; the near misses keep
their reading."""

from __future__ import annotations

import pytest

from briefing_app.core.facts.orgs_ar import arabic_orgs
from tests.unit.facts_helpers import names_by_kind, people_roles


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        # an assistant's office after a ranked name, with no comma
        ("وأخطرت الأجهزة الأمنية اللواء كامل عبدالباقي مساعد وزير الداخلية لأمن المدينة بالحادث.", "عبدالباقي",
         "مساعد وزير الداخلية"),
        ("وحضر العقيد سامر نجيب مساعد مدير الشرطة الاجتماع.", "نجيب", "مساعد مدير الشرطة"),
        # the supervisor of a project after a titled name
        ("وقال المهندس رامي فضول المشرف على المشروع إن العمل انتهى.", "فضول", "المشرف"),
        ("وقال الدكتور وائل حمدان المشرف العام على الحملة إن الفرق جاهزة.", "حمدان", "المشرف العام"),
        # a wilaya's governor after the name
        ("وحضر مراد بلقاسم والي الولاية حفل الافتتاح.", "بلقاسم", "والي الولاية"),
    ],
)
def test_an_office_after_a_ranked_or_titled_name_is_the_role(text: str, name: str, office: str) -> None:
    roles = people_roles([text], "ar")
    holder = next(n for n in roles if name in n)
    assert office in (roles[holder] or "")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # (a definite "المشرف" with no "على" or "العام" after it stays a family name's)
        ("وقال الدكتور رامي المشرف إن العمل انتهى.", "رامي المشرف", "الدكتور"),
        # (an office after the name that was read before keeps its reading)
        ("وأخطرت الأجهزة الأمنية العقيد كامل عبدالباقي نائب مدير الأمن بالحادث.", "كامل عبدالباقي", "نائب مدير الأمن"),
    ],
)
def test_near_misses_keep_their_reading(text: str, name: str, role: str) -> None:
    roles = people_roles([text], "ar")
    assert name in roles
    assert role in (roles[name] or "")


@pytest.mark.parametrize(
    "text",
    [
        "قال المتحدث باسم مديرية الدفاع المدني بان الفرق أخمدت النيران بسرعة.",
        "وأضاف بان طواقم الإسعاف نقلت المصابين إلى المستشفى.",
        "وأفاد المصدر بان الحريق لم يسفر عن إصابات.",
    ],
)
def test_that_written_without_its_hamza_opens_no_name(text: str) -> None:
    assert not any(p.startswith("بان") for p in names_by_kind([text], "ar")["person"])


def test_a_foreign_ban_is_still_a_name() -> None:
    people = names_by_kind(["وقال الأمين العام للمنظمة بان كي مون إن الوضع خطير."], "ar")["person"]
    assert "بان كي مون" in people


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وأشاد بالدور الذي تلعبه شرطة دبي التي تعتبر نموذجا.", "شرطة دبي"),
        ("وقال إن جامعة دمشق التي تأسست قبل قرن تستقبل الطلاب.", "جامعة دمشق"),
        ("واستقبل مدير المكتب الإقليمي لشؤون البيئة التابع لمجلس الوزراء الوفد.", "المكتب الإقليمي لشؤون البيئة"),
    ],
)
def test_a_bodys_name_ends_before_its_relative_clause_or_what_it_belongs_to(text: str, body: str) -> None:
    assert body in [name for _, _, name in arabic_orgs(text)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # (a body's own nisba adjective after its place stays in its name)
        ("وقال مركز إدلب الإعلامي إن القصف استمر.", "مركز إدلب الإعلامي"),
        # (a body's general adjective and its field after it stay)
        ("وقالت الهيئة العامة للطرق إن العمل بدأ.", "الهيئة العامة للطرق"),
    ],
)
def test_a_bodys_own_words_stay(text: str, body: str) -> None:
    assert body in [name for _, _, name in arabic_orgs(text)]


def test_higher_educations_adjective_is_no_name_after_a_double_office() -> None:
    text = "أكد الدكتور سامر الخالدي وزير الثقافة ووزير التعليم العالي الأردني أن القرار بيد الوزارة."
    roles = people_roles([text], "ar")
    assert not any(name.startswith("العالي") for name in roles), roles
    assert "وزير التعليم العالي" in (roles.get("سامر الخالدي") or "")


def test_a_given_name_with_the_article_still_ends_an_office() -> None:
    roles = people_roles(["وقال الرئيس الموريتاني السابق الحبيب الورداني إن الحوار مستمر."], "ar")
    assert roles.get("الحبيب الورداني") == "الرئيس الموريتاني السابق"
