"""A figure followed by the measure it gives and what that measure is of, in a headline's or a caption's order:
"9.5 بالمئة نسبة تراجع قيمة الصادرات خلال النصف الأول", "5 مليارات دينار حجم الاستثمارات الجديدة". The reading after
the figure stopped at the measure word ("نسبة"), which says what kind of number it is, not what it counts; the words
after it in construct name that."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

_MEASURES = "نسبة|قيمة|حجم|عدد|معدل|إجمالي|اجمالي|مجموع|حصيلة"
# The figure's unit ("بالمئة", "%", a currency word and a scale), the measure word, then one to four words in
# construct up to a preposition, a time adjunct, punctuation or the end.
_MEASURE_AFTER = re.compile(
    r"\s*(?:[%٪]|(?:في\s+|بال)?الم[ئا]+ة|بالمائة)?\s*(?:[\u0621-\u064a]+\s+){0,2}?"
    rf"({_MEASURES})\s+((?:(?!(?:خلال|في|من|إلى|الى|على|عن|منذ|حتى|مقابل|مقارنة|بعد|قبل)(?![\u0621-\u064a]))"
    r"[\u0621-\u064a]{2,}\s*){1,4})"
)


def ar_measure_after(facts: list[Fact], text: str) -> None:
    """Give an Arabic figure read only as its measure word ("نسبة") the measure and its complement after it."""
    for f in facts:
        read = " ".join((f.counts or "").split())
        # (the measure word alone, or with the first word after it: "نسبة", "نسبة ارتفاع")
        if f.number is None or not re.fullmatch(rf"(?:{_MEASURES})(?:\s+[\u0621-\u064a]+)?", read):
            continue
        m = _MEASURE_AFTER.match(strip_arabic_marks(text[f.number.end :]))
        phrase = f"{m.group(1)} {' '.join(m.group(2).split())}" if m else ""
        if m is not None and phrase.startswith(read) and len(phrase) > len(read):
            f.counts = phrase
