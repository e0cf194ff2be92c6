"""Saudi economy pages of 2015 (round 53, invented copy): every market report names the exchange, "السوق المالية
السعودية «تداول»", whose words show no body's head (the gazetteer's Saudi bodies now hold it), and the Gulf roundup
names its neighbours "بورصة الكويت", "بورصة قطر": the market of a country or city in construct, a body like
"البورصة المصرية" (orgs_ar: the national kind "بورصة" with a place after it)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def bodies(*sentences: str) -> set[str]:
    return {f.text for f in facts_of(list(sentences), "ar") if f.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("أغلق مؤشر السوق المالية السعودية «تداول» تعاملات أمس مرتفعاً بنسبة 1.2%.", "السوق المالية السعودية"),
        ("وأعلنت الشركة في بيان على موقع السوق المالية السعودية (تداول) أرباحها.", "السوق المالية السعودية"),
        ("وتراجعت بورصة الكويت 1%، فيما ارتفعت بورصة قطر.", "بورصة الكويت"),
        ("وتراجعت بورصة الكويت 1%، فيما ارتفعت بورصة قطر.", "بورصة قطر"),
        ("وأغلقت بورصة البحرين على ارتفاع طفيف.", "بورصة البحرين"),
        ("وارتفعت البورصة المصرية 2%.", "البورصة المصرية"),
    ],
)
def test_markets_are_bodies(text: str, body: str) -> None:
    assert body in bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وقال رئيس هيئة السوق المالية محمد الجدعان إن السوق مستقرة.", "هيئة السوق المالية"),
    ],
)
def test_the_regulator_keeps_its_own_name(text: str, body: str) -> None:
    assert bodies(text) == {body}


@pytest.mark.parametrize(
    "text",
    [
        "وبلغ حجم تداول الأسهم 200 مليون سهم.",
        "وأغلقت البورصة في الكويت مرتفعة.",
        "وتراجعت أسعار الأسهم في السوق بعد إعلان النتائج.",
    ],
)
def test_trading_and_a_bare_market_are_no_bodies(text: str) -> None:
    assert not bodies(text)
