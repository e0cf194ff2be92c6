"""Arabic figures that restate the one before them: a change told as an amount, then its rate ("بزيادة قدرها 16 ألف
فرد بنسبة 0.06٪", "وبانخفاض قدره 218 ألف مشتغل، بنسبة 0.9%"), whose rate is of the same change, not of the
amount's noun ("فرد"); and a figure set against the one before ("29 مليوناً و380 ألف فرد، مقابل 29 مليوناً و115 ألف
فرد"), whose own reading is only the counting noun. Used by `figures` for Arabic."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

# Between the amount and its rate: the amount's noun (one or two words), an optional comma, and the rate's lead.
_AMOUNT_THEN_RATE = re.compile(
    r"\s*(?:[\u0621-\u064a]{2,}(?:\s+[\u0621-\u064a]{2,})?)?\s*[،,]?\s*(?:بنسبة|بما\s+نسبته|أي\s+بنسبة)\s*$"
)
_CHANGE = re.compile(r"(?:زيادة|ارتفاع|انخفاض|تراجع|نمو|هبوط|نقص|تحسن)")


def ar_rate_of_change(facts: list[Fact], text: str) -> None:
    """Give the rate right after a change's amount ("بزيادة قدرها 16 ألف فرد بنسبة 0.06٪") that change."""
    for previous, f in zip(facts, facts[1:], strict=False):
        n, m = previous.number, f.number
        if n is None or m is None or f.unit != "percent" or previous.unit == "percent":
            continue
        if not _AMOUNT_THEN_RATE.fullmatch(strip_arabic_marks(text[n.end : m.start])):
            continue
        change = _CHANGE.search(strip_arabic_marks(previous.counts or ""))
        if change is None or (f.counts and change.group(0) in strip_arabic_marks(f.counts)):
            continue
        inner = re.search(r"\(([^()]+)\)\s*$", previous.counts or "")
        f.counts = f"{change.group(0)} ({inner.group(1)})" if inner else change.group(0)


# Between a figure and the one it is set against: its unit words, a comma, and "مقابل"/"مقارنة بـ".
_AGAINST = re.compile(r"\s*(?:[\u0621-\u064a]{2,}\s*){0,2}?[،,]?\s*(?:مقابل|مقارنة\s+(?:مع|ب)\s*ـ?|مقارنة\s+بـ?)\s*$")


def ar_compared_same_noun(facts: list[Fact], text: str) -> None:
    """Give a figure set against the one before it ("29 مليوناً و380 ألف فرد، مقابل 29 مليوناً و115 ألف فرد") the
    whole of what that one counts when its own reading is only the same counting noun ("فرد")."""
    for previous, f in zip(facts, facts[1:], strict=False):
        n, m = previous.number, f.number
        if n is None or m is None or not previous.counts or not f.counts or previous.unit != f.unit:
            continue
        if not _AGAINST.fullmatch(strip_arabic_marks(text[n.end : m.start])):
            continue
        head = re.match(r"(\S+)\s+\((.+)\)$", previous.counts)
        if head and f.counts.strip() == head.group(1):
            f.counts = previous.counts
