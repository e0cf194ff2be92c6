"""Numbers that name the window of a statistic or a rhythm, no quantity the story reports (English): "the three
month rolling average data shows", "a 12-week moving average", "the 3m/3m growth rate" (three months on the three
before), "their regular six-monthly meeting".

Market and housing copy names its measures by the span they are taken over; the span is part of the measure's
name, as "three-point" is of a shot's. "3m" written so is no three metres. Only these shapes are read: a span
before "rolling/moving average/total/mean", a span written against a span with a slash, and a number glued to
"-monthly", "-weekly", "-yearly" ("six-monthly", a frequency).
"""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

_ROLLING = re.compile(
    r"[\s-]*(?:month|week|day|year|quarter)s?[\s-]+(?:rolling|moving|trailing)[\s-]+(?:average|total|sum|mean)",
    re.IGNORECASE,
)
_SLASHED = re.compile(r"[mwqy]\s*/\s*\d*[mwqy]\b", re.IGNORECASE)  # "3m/3m", "6m/6m", "3m/3"
_RHYTHM = re.compile(r"-(?:monthly|weekly|yearly|hourly)\b", re.IGNORECASE)


def is_window_term(text: str, n: NumberMatch) -> bool:
    """Whether the number `n` of `text` names the span of a statistic ("three month rolling average") or a rhythm
    ("six-monthly"), not a count."""
    rest = text[n.end :]
    glued = re.search(r"[\s-]*(?:month|week|day|year|quarter)s?$", n.text, re.IGNORECASE)  # (the span may hold it)
    if glued and _ROLLING.match(text, n.end - len(glued.group(0))) or _ROLLING.match(rest):
        return True
    digits = re.match(r"[\d.]+", n.text)  # ("3m" may be read as the number with its unit)
    start = n.start + len(digits.group(0)) if digits else n.end
    if _SLASHED.match(text, start) or (n.start > 0 and re.search(r"\d[mwqy]\s*/\s*$", text[: n.start])):
        return True
    return _RHYTHM.match(text, n.end) is not None or _RHYTHM.search(n.text) is not None
