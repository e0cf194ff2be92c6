"""Arabic decimals said in words, the decimal point named ("فاصلة", in Iraqi and Levantine copy "فارزة"): "تراجع
بنسبة ثمانية وعشرين فارزة سبعة بالمئة" is 28.7 %, "خمسة فاصلة اثنين مليون" 5.2 million. Broadcast transcripts and
papers that spell figures out write them so; the number reader read the whole part and the decimal part as two
figures (28 and 7)."""

from __future__ import annotations

import dataclasses
import re

from briefing_app.core.numbers import NumberMatch

_POINT = re.compile(r"\s+(?:فاصلة|فاصله|فارزة|فارزه)\s+")


def spoken_decimals(text: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """The numbers with each "X فاصلة Y" read as one decimal X.Y (its scale word, if any, after Y)."""
    out: list[NumberMatch] = []
    i = 0
    while i < len(numbers):
        n = numbers[i]
        m = numbers[i + 1] if i + 1 < len(numbers) else None
        if (
            m is not None
            and n.value_max is None
            and m.value_max is None
            and n.scale == 1.0
            and n.value == int(n.value)
            and m.raw == int(m.raw)
            and 0 <= m.raw < 1000
            and _POINT.fullmatch(text[n.end : m.start])
        ):
            digits = len(str(int(m.raw)))
            value = (n.value + m.raw / 10**digits) * m.scale
            out.append(dataclasses.replace(n, end=m.end, text=text[n.start : m.end], value=value, raw=value / m.scale,
                                           scale=m.scale, currency=m.currency or n.currency))  # fmt: skip
            i += 2
            continue
        out.append(n)
        i += 1
    return out
