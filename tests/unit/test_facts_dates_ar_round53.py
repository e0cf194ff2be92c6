"""Saudi economy and sports copy of 2015 (round 53, invented copy, third pass): quarterly results are dated by the
quarter ("خلال الربع الثالث من العام الحالي"), a comparison by "العام السابق", a league's news by its season
("في الموسم الماضي"). Each is a date (date_patterns); a half of a match, a share of a market, a season's adjective
stay no date."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def dates(*sentences: str) -> list[str]:
    return [f.text for f in facts_of(list(sentences), "ar") if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ارتفعت أرباح الشركة خلال الربع الثالث من العام الحالي بنسبة 15%.", "الربع الثالث من العام الحالي"),
        ("وبلغت الأرباح في الربع الأول من 2015 نحو 10 ملايين ريال.", "الربع الأول من 2015"),
        ("وتراجعت مبيعات الشركة في الربع الثاني بنسبة 4%.", "الربع الثاني"),
        ("مقارنة بـ 278 مليون ريال للربع المماثل من العام السابق.", "العام السابق"),
        ("وانخفضت الإيرادات بنسبة 42% عن السنة السابقة.", "السنة السابقة"),
        ("وكان الفريق قد فقد ثلاثة لاعبين في الموسم الماضي.", "الموسم الماضي"),
        ("ويسعى النادي إلى التعاقد مع مهاجم قبل انطلاق الموسم المقبل.", "الموسم المقبل"),
        ("وحققت الشركة أرباحا في النصف الأول من العام بلغت 40 مليون ريال.", "النصف الأول من العام"),
    ],
)
def test_a_quarter_a_previous_year_and_a_season_are_dates(text: str, date: str) -> None:
    assert date in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "وسجل الفريق هدفين في النصف الأول من المباراة.",
        "واستحوذت الشركة على الربع من حصة السوق.",
        "وقال المدرب إن الموسم الرياضي طويل.",
        "وأشاد بالمدرب السابق للفريق.",
    ],
)
def test_a_half_of_a_match_or_a_share_is_no_date(text: str) -> None:
    assert dates(text) == []
