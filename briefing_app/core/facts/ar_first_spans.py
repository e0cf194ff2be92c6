"""A span counted from a start: "خلال أول 5 أشهر من العام المالي", "في أول سبعة أيام من الحملة" (the first N months).
The figure counts the time noun right after it; "أول" before it is the ordinal of the span, not a noun of what it
counts, and the words a reading ran back to ("عجز الموازنة يرتفع ... خلال أول | 5") are another figure's."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

_FIRST_BEFORE = re.compile(r"(?<!\S)(?:أول|اول|آخر|اخر)\s*$")
_TIME_AFTER = re.compile(
    r"\s*(أشهر|اشهر|شهور|شهرا|أيام|ايام|يوما|أسابيع|اسابيع|أسبوعا|سنوات|أعوام|اعوام|عاما|سنين|ساعات|ساعة|دقائق|دقيقة)"
    r"(?![\u0621-\u064a])"
)


def ar_first_spans(facts: list[Fact], text: str) -> None:
    """Give an Arabic figure in "أول N أشهر" the time noun after it as what it counts."""
    for f in facts:
        if f.number is None:
            continue
        if _FIRST_BEFORE.search(strip_arabic_marks(text[: f.number.start])) is None:
            continue
        noun = _TIME_AFTER.match(strip_arabic_marks(text[f.number.end :]))
        if noun is not None and (not f.counts or noun.group(1) not in f.counts):
            f.counts = noun.group(1)
