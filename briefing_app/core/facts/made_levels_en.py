"""A level that "making the X" sets its object to (English): "declared a final dividend of 13 cents, making the total
payout 25 cents", "Prices rose 2%, making the average asking price for a home €247,000". The figure completes the
participle's object, which is what it counts; read alone it counted the participle ("making").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# The participle, the object's determiner and up to seven words of it, a qualifier, the currency sign: right before
# the figure. (Not "making it the third", nor "bringing the total to 312", which "to" sets apart and `totals_of` reads.)
_MADE_OBJECT = re.compile(
    r"\b(?:making|makes|made)\s+(?:the|its|their|his|her|this|that)\s+((?:[\w'’-]+\s+){0,6}?[a-z][\w'’-]*)\s+"
    r"(?:(?:about|around|nearly|almost|some|just|over|more\s+than|roughly)\s+)?(?:US\$|[A-Z]{0,2}[$£€¥₦₹])?$"
)
# What may follow the figure when it is the object's level: the clause's end or a time; not a comparative or a
# noun of its own ("making the company $5m richer", "making the firm 300 new jobs").
_ENDS = re.compile(
    r"\s*(?:(?:[$£€]|cents?|pence|p\b|c\b|per\s*cent|percent|%|million|billion|bn|m\b)\s*)*(?:$|[,.;:)—–-]|"
    r"(?:in|by|this|last|next|a|per|for)\b)"
)
# Readings that say nothing of the figure: the participle itself (or nothing at all).
_HOLLOW = {"", "making", "makes", "made"}


_TOTALS = {"total", "tally", "overall total", "running total", "grand total"}


def made_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure that completes "making the X" the object X, when its reading was only the participle (alone
    or after the subject the participle hangs on, "firm (making)")."""
    earlier: list[Fact] = []
    for f, n, text in figure_texts(figures, texts):
        before = [e for e in earlier if e.sentence == f.sentence and e.counts]
        earlier.append(f)
        reading = (f.counts or "").lower()
        if reading.split(" (")[0] not in _HOLLOW and not re.search(r"\((?:making|makes|made)\)$", reading):
            continue
        made = _MADE_OBJECT.search(text, 0, n.start)
        if made is None or not _ENDS.match(text, n.end):
            continue
        noun = " ".join(made.group(1).split())
        # ("hired 40 staff, making the total 340": the total of what the figure before counts)
        same = [e for e in before if e.unit == f.unit]
        f.counts = f"{same[-1].counts} (total)" if noun.lower() in _TOTALS and same else noun
