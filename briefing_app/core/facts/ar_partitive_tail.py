"""The goods or group a measure's complement is narrowed to by "من" ("قيمة الصادرات الوطنية من الأسمدة بلغت 42
مليون", "وصلت قيمة صادرات المملكة من الحلي والمجوهرات إلى 55 مليون"): trade, output and census copy name the whole
("the national exports") and then the part the figure is of; the part is the word of what the figure counts that
tells it from the figures around it."""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_times import AR_TIME_ADJECTIVE, ar_period
from briefing_app.core.facts.figure_words import AR_STOP, AR_VERB


def _noun(word: str) -> bool:
    """A definite noun that is no time, function word, verb or number ("الأسمدة", "والمجوهرات")."""
    bare = re.sub(r"^و(?=ال)", "", word)
    return (
        bare.startswith("ال")
        and len(bare) > 3
        and word not in AR_STOP
        and bare not in AR_STOP
        and not ar_period(word)
        and AR_TIME_ADJECTIVE.fullmatch(bare) is None
        and re.fullmatch(AR_VERB, bare) is None
        and re.search(r"[\d٠-٩]", word) is None
    )


def ar_partitive_tail(words: list[str], k: int) -> list[str]:
    """The words "من X (Y)" at `k` when they narrow the measure's complement before them to a part (one definite
    noun and one more joined by "و" or agreeing with it), else none. A time ("من العام الماضي"), a source ("من
    قبل") or a number after "من" is no part."""
    if k + 1 >= len(words) or words[k] != "من" or not _noun(words[k + 1]):
        return []
    part = [words[k], words[k + 1]]
    if k + 2 < len(words) and _noun(words[k + 2]):
        part.append(words[k + 2])  # "من الحلي والمجوهرات", "من البوتاس الخام" (the adjective has the article too)
    return part
