"""Arabic bodies and office holders, round 46: Gulf and Egyptian local copy (police directorates, a cabinet's
office, a governor, an office before a rank). Made-up sentences and names, each with a near miss of almost the
same shape that must not change."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.facts.model import Fact
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(sentence: str) -> list[Fact]:
    article = ArticleText(Path("t-ar.txt"), "txt", "عنوان", [TextBlock(sentence)])
    return extract_facts(build_document(article, language="ar"))


def _orgs(sentence: str) -> set[str]:
    return {f.text for f in _facts(sentence) if f.kind == "organisation"}


def _roles(sentence: str) -> dict[str, str | None]:
    return {f.text: f.role for f in _facts(sentence) if f.kind == "person"}


# -- a feminine plural in ـات after a body's field is its genitive, no masculine participle ----------------------


def test_a_feminine_plural_field_noun_stays_in_the_directorate_s_name() -> None:
    orgs = _orgs("وقالت الإدارة العامة لمكافحة المنشطات إن الحملة أسفرت عن ضبط عدد من المتهمين.")
    assert "الإدارة العامة لمكافحة المنشطات" in orgs


def test_near_miss_a_masculine_participle_after_a_feminine_body_still_ends_it() -> None:
    orgs = _orgs("وقال رئيس الحكومة الانتقالية المكلف إن المشاورات مستمرة.")
    assert not any("المكلف" in o for o in orgs)


# -- "للإدارة العامة": the head is definite though the article is written once, glued to ل ------------------------


def test_a_general_directorate_after_lil_is_a_body() -> None:
    orgs = _orgs("وأوضح المدير العام للإدارة العامة للجوازات أن المعاملات تنجز إلكترونيا.")
    assert "الإدارة العامة للجوازات" in orgs


def test_near_miss_managing_something_after_lil_is_no_body() -> None:
    orgs = _orgs("وأكد الخبير أن للإدارة الجيدة للموارد دورا كبيرا في النجاح.")
    assert not any(o.startswith("الإدارة") for o in orgs)


# -- an office's or the members' noun keeps a construct chain open to the next body's name ----------------------


def test_a_cabinet_office_named_by_its_holder_is_read_whole() -> None:
    orgs = _orgs("وحضر اللقاء مستشار ديوان رئيس مجلس النواب وعدد من المسؤولين.")
    assert "ديوان رئيس مجلس النواب" in orgs
    assert "ديوان رئيس" not in orgs


def test_a_members_association_is_read_whole() -> None:
    orgs = _orgs("ونظمت الندوة رابطة أعضاء نقابة الأطباء في المدينة.")
    assert "رابطة أعضاء نقابة الأطباء" in orgs


def test_near_miss_a_body_s_own_name_then_another_body_stays_two() -> None:
    orgs = _orgs("وطالبت حركة حماس مجلس الأمن بالتحرك.")
    assert "حركة حماس" in orgs
    assert "حركة حماس مجلس الأمن" not in orgs


def test_near_miss_a_definite_body_then_another_body_stays_two() -> None:
    orgs = _orgs("وخاطبت وزارة الصحة مجلس الوزراء بشأن الميزانية.")
    assert {"وزارة الصحة", "مجلس الوزراء"} <= orgs


# -- a governor, a secretary general, a dean named after the name ------------------------------------------------


def test_a_governor_after_a_titled_name_is_the_role() -> None:
    roles = _roles("وجه الدكتور سامي حمدان محافظ الواحات برفع كفاءة الطرق في المدينة.")
    assert "محافظ" in (roles.get("سامي حمدان") or "")


def test_a_secretary_general_in_commas_after_a_ranked_name_is_the_role() -> None:
    roles = _roles("تفقد اللواء سامي حمدان، السكرتير العام لمحافظة الواحات، أعمال الرصف.")
    assert "السكرتير العام" in (roles.get("سامي حمدان") or "")


def test_near_miss_an_office_with_no_name_names_no_one() -> None:
    assert _roles("وقال محافظ الواحات إن الأعمال مستمرة.") == {}


# -- an office, a rank and the doctor's or engineer's abbreviation before the name -------------------------------


def test_an_office_before_a_rank_and_doctor_keeps_the_office() -> None:
    roles = _roles("وأوضح المدير العام للإدارة العامة للجوازات اللواء د.سالم فهد القطان أن المعاملات تنجز.")
    assert "المدير العام" in (roles.get("سالم فهد القطان") or "")


def test_the_engineer_s_glued_abbreviation_is_a_title_not_part_of_the_name() -> None:
    roles = _roles("وأوضح مدير الهيئة العميد م.سالم فهد القطان أن الحملة مستمرة.")
    assert "مدير الهيئة" in (roles.get("سالم فهد القطان") or "")


def test_near_miss_an_office_that_is_a_title_before_doctor_stays_the_role() -> None:
    assert _roles("وقال السفير د. سالم القطان إن الزيارة ناجحة.").get("سالم القطان") == "السفير"


# -- an office that a title and a given name follow is the titled man's, not the words' before it -----------------


def test_an_office_before_a_titled_name_names_no_one_before_it() -> None:
    roles = _roles("وشهد الحفل محافظ الواحات اللواء سالم بن فهد القطان.")
    assert "شهد الحفل" not in roles
    assert any(name.startswith("سالم بن فهد") and "محافظ الواحات" in (role or "") for name, role in roles.items())


def test_near_miss_a_name_then_its_office_with_no_title_after_keeps_the_role() -> None:
    assert _roles("وقال سامي حمدان مدير الهيئة إن الأعمال مستمرة.").get("سامي حمدان") == "مدير الهيئة"
