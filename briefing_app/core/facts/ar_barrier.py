"""An Arabic barrier or threshold named before the figure a subject passes ("تجاوزت موجودات البنك للمرة الأولى حاجز
العشرين مليار دولار", "التجارة الخارجية تتجاوز حاجز التريليون درهم", "تخطى عدد الزوار عتبة المليون"): the barrier is
the figure itself, no word of what it counts, and "for the first time" before it is an adverb of the verb. Both are
left out of the words before the figure, so that the subject of the verb of passing is read. Used by `counted`."""

from __future__ import annotations

import re

# The barrier right before the figure (its article may be glued to the figure: "حاجز العشرين", "حاجز الـ100").
_BARRIER_END = re.compile(r"(?<!\S)(?:حاجز|حاجزي|عتبة|سقف)\s*(?:الـ?\s*)?$")
# "for the first time" (and "for the second time") just before the barrier.
_FIRST_TIME_END = re.compile(
    r"(?<!\S)(?:للمرة|لل?مرة|في\s+المرة)\s+(?:الأولى|الاولى|الثانية|الثالثة)\s*$|(?<!\S)لأول\s+مرة\s*$"
)


def ar_without_barrier(before: str) -> str:
    """`before` (the text before an Arabic figure) without a barrier word, and an adverb of the first time before
    it, at its end; else `before` unchanged."""
    barrier = _BARRIER_END.search(before)
    if barrier is None:
        return before
    rest = before[: barrier.start()]
    first = _FIRST_TIME_END.search(rest)
    return (rest[: first.start()] if first else rest).rstrip() + " "
