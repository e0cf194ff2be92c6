"""An Arabic weather report's wind speed: "والرياح جنوبية شرقية معتدلة إلى قوية السرعة 30 – 60 كم/ساعة", "مع رياح
... تتراوح بين 10 و45 كم/ساعة". The words right before the speed are the wind's description (its direction and
strength, "شديدة السرعة", "تنشط على فترات", "تتراوح"), which the reader of the words before a figure takes for what
it counts; the speed is the wind's, named a few words before. Used by `figures` for Arabic."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

# A speed unit right after the number: km/h written with a slash or in words, or knots.
_SPEED_AFTER = re.compile(
    r"\s*(?:كم\s*/\s*(?:ساعة|س)|كيلو\s*مترا?\s*/\s*(?:ساعة|س)|كيلو\s*مترا?\s+(?:في|فى|ب)\s*ال?ساعة|"
    r"كم\s+(?:في|فى|ب)\s*ال?ساعة|عقدة|عقد)(?![\u0621-\u064a])"
)
# The wind named before the speed ("الرياح", "رياح", "والرياح", "للرياح"), with "سرعة" before it when written so.
_WIND = re.compile(r"(?<![\u0621-\u064a])(?:[وبل]?(?:ال|ل))?(?:سرعة\s+(?:ال)?)?رياح(?![\u0621-\u064a])")


def ar_wind_speeds(facts: list[Fact], text: str) -> None:
    """Key a speed after the wind it follows in the sentence on "سرعة الرياح", where its counts do not name the
    wind already."""
    for f in facts:
        n = f.number
        if n is None or (f.counts and "رياح" in f.counts) or _SPEED_AFTER.match(text, n.end) is None:
            continue
        if _WIND.search(strip_arabic_marks(text[: n.start])) is None:
            continue  # "بسرعة جنونية بلغت 282 كم/ساعة": a car's speed, keyed as read
        f.counts = "سرعة الرياح"
