"""Hebrew figures in news copy (round 42: agency and labour-desk reports), each shape written again with made-up
names, places and numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of
from tests.unit.facts_helpers import nth_counts as _counts


def _figures(paragraphs: list[str]) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of(paragraphs, "he") if f.kind == "figure"]


def _values(paragraphs: list[str]) -> list[float]:
    return [v for v, _ in _figures(paragraphs) if v is not None]


# "לשים" (to put) is a verb with ל, never "sixty"; "ששים", sixty written short, still is


def test_to_put_is_no_sixty() -> None:
    assert 60 not in _values(["ראש המועצה קרא לשים קץ לעיכובים בבניית הגשר."])


def test_sixty_written_short_is_still_sixty() -> None:
    assert 60 in _values(["בטקס השתתפו ששים מתנדבים מהקיבוץ."])


# "לפני" with a span is "ago", a time rather than how much: with the singular a count past ten takes, with a
# qualifier, and with a dual that holds its unit


def test_ago_with_the_singular_after_a_count_past_ten_is_no_figure() -> None:
    assert 25 not in _values(["המפעל נסגר לפני 25 שנה בעקבות משבר חריף."])


def test_ago_with_more_than_is_no_figure() -> None:
    assert 30 not in _values(["הספרייה נפתחה לפני יותר מ-30 שנה בשכונה."])


def test_ago_as_a_dual_is_no_figure() -> None:
    paragraphs = ["המכרז פורסם לפני כחודשיים באתר העירייה.", "התוכנית אושרה לפני שבועיים בוועדה."]
    assert 2 not in _values(paragraphs)


def test_a_dual_that_is_how_long_stays_a_figure() -> None:
    assert 2 in _values(["השביתה בנמל נמשכה חודשיים ופגעה ביצואנים."])


def test_a_span_before_an_event_stays_a_figure() -> None:
    assert 25 in _values(["העובדים נדרשו להגיש את הטפסים 25 יום לפני תחילת העבודה."])
