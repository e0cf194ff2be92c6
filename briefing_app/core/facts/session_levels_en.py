"""A level a market reached "in early trade", "in after-hours trading", "in the session" (English): the trading is
when, not what the level counts.

The readers take the noun of an "in" phrase after a sum for what the sum is ("$40 million in aid", "$5bn in sales")
and keep the clause's subject in brackets: "Shares of the miner fell 3% to $12.50 in early trade" read "early trade
(Shares of the miner)". After "to" or "at", the level of a change or a close, such a phrase of trade or trading is
the time it was reached; the subject in the brackets is what the level counts. So is a period's code after any sum
("total trade was N12.05 trillion in Q1" read "Q1 (nation's total trade)").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# A reading that is a time of trading with the subject in brackets: "early trade (Shares of the miner)".
_SESSION_READING = re.compile(
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:trade|trading|session|dealings)\s+\(([^()]+)\)", re.IGNORECASE
)
# "to" or "at" (a level), a qualifier and a sign before the figure.
_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at)\s+(?:(?:about|around|nearly|almost|some|just|roughly|a\s+(?:record|new)\s+(?:high|low)\s+of)\s+)?"
    r"(?:US\$|[$£€¥])?\s*$"
)


# A reading that is a period's code with the subject in brackets: "Q1 (nation's total trade)", "H1 (revenue)"; "in
# Q1", "in FY24" after a sum say when, whatever comes before the sum.
# A period named by words reads the same ("N190.4 billion in first half 2019 as against ..." read "first half 2019
# (Profit)"; "Rs 38,572 crore in the upcoming fiscal" read "upcoming fiscal (budget allocation)"), and so does
# "for FY20"; a second bracket is the verb the sum went with ("FY20 (allocated) (Sponsored Schemes)").
_PERIOD_READING = re.compile(
    r"(?:Q[1-4]|H[12]|FY\s?\d{2,4}|9M|[1-4]Q|(?:the\s+)?(?:first|second|third|fourth|current|upcoming|next|coming|"
    r"same|comparable)\s+(?:half|quarter|fiscal|financial\s+year|fiscal\s+year|period)(?:\s+(?:of\s+)?(?:19|20)\d\d)?)"
    r"\s+\(([^()]+)\)(?:\s+\(([^()]+)\))?"
)


def session_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level reached "in early trade" the subject it was read with, not the trading."""
    mended: dict[str, str] = {}  # (a pronoun's figure in the next sentence copied the reading: "They closed at")
    for f, number, text in figure_texts(figures, texts):
        if f.counts in mended:
            f.counts = mended[f.counts]
            continue
        period = _PERIOD_READING.fullmatch((f.counts or "").strip())
        if period is not None and re.match(
            r"\s*(?:%|per\s*cent|percent|[a-z]+)?\s*,?\s*(?:in|for)\s", text[number.end :]
        ):
            # "FY20 (allocated) (Sponsored Schemes)": the subject, the verb after it in brackets
            subject = f"{period.group(2)} ({period.group(1)})" if period.group(2) else period.group(1)
            mended[f.counts or ""] = subject
            f.counts = subject
            continue
        reading = _SESSION_READING.fullmatch((f.counts or "").strip())
        if reading is None or not _LEVEL_BEFORE.search(text[: number.start]):
            continue
        if re.match(r"\s*(?:%|per\s*cent|percent|[a-z]+)?\s*,?\s*in\s", text[number.end :]):
            mended[f.counts or ""] = reading.group(1)
            f.counts = reading.group(1)
