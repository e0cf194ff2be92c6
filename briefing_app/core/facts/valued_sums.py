"""What an English sum counts after "valued at" when a place of trade follows it: "seized 2 kilos of heroin,
valued at approximately Rs 15 crore in the market".

"cocaine, valued at £3m, from the yacht" is read as the cocaine's value; with "in the market" (or "on the
street", "at street prices") after the sum, the noun of that phrase was taken for what the sum counts ("market").
The sum values the noun before "valued at"; the market is only where the value holds.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_VALUED = re.compile(
    r"\b([a-z][\w-]*)\s*,?\s+(?:valued|worth|estimated|priced)\s+at\s+(?:(?:approximately|about|around|some|roughly|"
    r"nearly|almost|over|more\s+than|an\s+estimated)\s+)?(?:Rs\.?|INR|Tk|KSh|US\$|C\$|A\$|[$£€])?\s*$"
)
_MARKET = re.compile(
    r"\s*(?:crores?|lakhs?|million|billion|[mb]n?)?\s+(?:in|on|at)\s+(?:the\s+)?(?:local\s+|black\s+|"
    r"international\s+|open\s+)?(?:market|streets?|street\s+(?:value|prices?))\b"
)


def valued_sums(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a sum "valued at" before "in the market" the noun it values."""
    for f, number, text in figure_texts(figures, texts, money=True):
        valued = _VALUED.search(text[: number.start])
        if valued is None or not _MARKET.match(text[number.end :]):
            continue
        if valued.group(1) not in (f.counts or ""):
            f.counts = valued.group(1)
