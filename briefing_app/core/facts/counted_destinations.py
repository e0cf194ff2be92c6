"""Where a sum goes: "About $10.4 million will go toward the child nutrition fund while $71.5 million will go toward
the debt service fund". Budget pages tell their lines so: the sum is the subject, the verb of motion and its
goal come after it, and the goal is what the sum is for. Without this reading the first sum has none and the
second borrows the first's goal. Run on one sentence's English figures after they have shared their readings.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP
from briefing_app.core.facts.model import Fact

# The verb of motion and its goal right after a sum: "will go toward | the child nutrition fund", "went to".
_GOES_TO = re.compile(
    r"\s*(?:will|would|is\s+to|are\s+to|is\s+set\s+to|is\s+expected\s+to|is\s+going\s+to)?\s*"
    r"(?:go|goes|went|be\s+spent|be\s+allocated|be\s+directed)\s+(?:toward|towards|to|into)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?((?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:while|and|but|as|which|in|for|from|to|over|this|next|last)\b)"
)


def sums_going_to(facts: list[Fact], text: str) -> None:
    """Give each sum a verb of motion sends somewhere the goal it goes to ("$71.5 million will go toward the debt
    service fund": debt service fund)."""
    for f in facts:
        n = f.number
        if n is None or n.currency is None:
            continue
        goal = _GOES_TO.match(text, n.end)
        if goal is None or goal.group(1).split()[-1] in EN_STOP:
            continue
        f.counts = goal.group(1)
