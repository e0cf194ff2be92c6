"""The words ahead of an Arabic figure less a verb of exceeding that bounds it ("بزيادة طفيفة لم تتعد 1,5 %", "بنسبة
لا تتعدى 2 %"): the verb is the figure's bound, as "أكثر من" is, no word of what it counts; and the change left
before it ("بزيادة طفيفة"), which `counted_compared` ties to what the figure before counts."""

from __future__ import annotations

import re

from briefing_app.core.facts.counted_rtl import AR_BOUND_VERB, AR_CHANGE_NOUNS
from briefing_app.core.numbers import strip_arabic_marks


def ar_ahead_unbounded(ahead: str) -> tuple[str, str | None]:
    """`ahead` without a trailing verb of exceeding, and the change noun phrase it leaves at its end (None if none)."""
    bound = AR_BOUND_VERB.search(strip_arabic_marks(ahead) + " ")
    if bound is None:
        return ahead, None
    ahead = strip_arabic_marks(ahead)[: bound.start()]
    changed = re.search(rf"[وف]?ب?(?:{AR_CHANGE_NOUNS})(?:ا|اً)?\s+\S+\s*$", ahead)
    return ahead, changed.group(0).strip() if changed else None


_SUM_WORD = re.compile(
    r"(?:دولار|دولارات|يورو|ليرة|ليرات|جنيه|جنيهات|ريال|ريالات|دينار|دنانير|درهم|دراهم|مليون|ملايين|مليار|مليارات|"
    r"تريليون|ألف|آلاف)(?:ا|اً)?"
)


def ar_sum_word(word: str) -> bool:
    """Whether an Arabic word is a currency or a scale word: the tail of the sum before, no noun of the next one."""
    return _SUM_WORD.fullmatch(strip_arabic_marks(word)) is not None
