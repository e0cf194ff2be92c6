"""An Arabic cardinal spelled out in several scale groups, read as one number.

Official copy restates a sum in words after its digits, group by group and joined by "و": "ثلاثمائة وخمسة ملايين
وأربعمائة وعشرون ألفاً وستمائة وسبعة عشر ريالاً" is 305,420,617. `numbers` reads each word group apart ("ثلاثمائة",
"وخمسة ملايين", "وأربعمائة", "وعشرون ألفاً", ...) and `composed_numbers` joins two parts at a time, which cuts a sum
of more groups into wrong pieces (305,000,000; 400; 20,000...). This reads the whole run the way the language builds
it: hundreds, then units and tens, then the scale word of the group; groups from the largest scale down.
A run that breaks that order (a list of numbers joined by "و") is left as it was.
"""

from __future__ import annotations

import dataclasses

from briefing_app.core.numbers import NumberMatch

_SCALES = (1e3, 1e6, 1e9, 1e12)


def _part(n: NumberMatch) -> tuple[float, float]:
    """A spelled token as (its number, its scale): "وسبعة عشر ألفاً" (17, 1000), "مليون" (1, 1e6), "مليونين"
    (2, 1e6), "مائتان" (200, 1)."""
    if n.scale > 1:
        return n.raw, n.scale
    if n.value in _SCALES:
        return 1.0, n.value
    if n.value / 2 in _SCALES:
        return 2.0, n.value / 2
    return n.value, 1.0


def _read(run: list[NumberMatch]) -> float | None:
    """The value of a run of spelled tokens in the order of an Arabic cardinal, or None if it is out of order."""
    total, group, last_scale = 0.0, 0.0, float("inf")
    for n in run:
        number, scale = _part(n)
        if scale == 1:
            if number >= 100 and group:
                return None  # hundreds open a group
            if number < 100 and group % 100:
                return None  # units and tens once per group
            group += number
            if group >= 1000:
                return None
        else:
            group += number
            if scale >= last_scale or not 0 < group < 1000:
                return None  # each group smaller than the one before it
            total += group * scale
            group, last_scale = 0.0, scale
    return total + group


def _joined(text: str, a: NumberMatch, b: NumberMatch) -> bool:
    """Whether spelled token b follows a with only a space and its glued "و" between them."""
    return a.spelled and b.spelled and not text[a.end : b.start].strip() and b.text.startswith("و")


def ar_long_cardinals(text: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """The numbers with each run of three or more spelled tokens joined by "و" that holds a scale word (thousand
    and up) and reads as one cardinal merged into one number (see the module docstring)."""
    if sum(n.spelled for n in numbers) < 3:
        return numbers
    out: list[NumberMatch] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and _joined(text, numbers[j], numbers[j + 1]):
            j += 1
        run = numbers[i : j + 1]
        plain = all(n.kind == "number" and n.value_max is None for n in run)
        value = _read(run) if len(run) >= 3 and plain and any(_part(n)[1] > 1 for n in run) else None
        if value is None:
            out.append(numbers[i])
            i += 1
            continue
        first, last = run[0], run[-1]
        currency = next((n.currency for n in reversed(run) if n.currency), None)
        out.append(dataclasses.replace(first, end=last.end, text=text[first.start : last.end], value=value,
                                       raw=value, scale=1.0, currency=currency))  # fmt: skip
        i = j + 1
    return out
