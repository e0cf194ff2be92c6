"""Where a sum goes: "About $10.4 million will go toward the child nutrition fund while $71.5 million will go toward
the debt service fund". Budget pages tell their lines so: the sum is the subject, the verb of motion and its
goal come after it, and the goal is what the sum is for. Without this reading the first sum has none and the
second borrows the first's goal. Run on one sentence's English figures after they have shared their readings.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AS_IDIOMS, EN_STOP
from briefing_app.core.facts.model import Fact

# The verb of motion and its goal right after a sum: "will go toward | the child nutrition fund", "went to"; or the
# copula and "for": "is for | recurrent expenditure".
_GOES_TO = re.compile(
    r"\s*(?:will|would|is\s+to|are\s+to|is\s+set\s+to|is\s+expected\s+to|is\s+going\s+to)?\s*"
    r"(?:(?:go|goes|went|be\s+spent|be\s+allocated|be\s+directed)\s+(?:toward|towards|to|into)"
    # (or what it is for: "N123 billion is for recurrent expenditure while N859 billion is for ...")
    r"|(?:is|are|was|were|will\s+be)\s+(?:meant\s+|earmarked\s+|set\s+aside\s+|reserved\s+|allocated\s+)?for)\s+"
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


# A verb of giving or approving money right before a sum (its sign or letters may sit between) ...
_GIVEN_BEFORE = re.compile(
    r"\b(?:approved|approves|paid|pays|allocated|allocates|earmarked|released|disbursed|awarded|received|raised|"
    r"budgeted|sought|requested|granted|donated|offered|set\s+aside|voted)\s+(?:(?:a\s+(?:sum|total)\s+of|about|"
    r"nearly|almost|over|some|more\s+than)\s+)?[^\s\d]{0,4}$"
)
# ... and "as" with what the sum is given as: "approved N982.7 billion as Supplementary Appropriation Bill 2021",
# "paid £2,000 as a deposit" (not "as well", "as part of", "as of").
_GIVEN_AS = re.compile(
    rf"\s+as\s+(?!(?:{'|'.join(sorted(AS_IDIOMS))})\b)(?:a\s+|an\s+|the\s+|its\s+|their\s+)?"
    r"((?:[\w'’-]+\s+){0,5}?[\w'’-]+)(?=\s*(?:[,.;:]|$)|\s+(?:while|and|but|which|to|for|in|on|after|before)\b)"
)


def sums_given_as(facts: list[Fact], text: str) -> None:
    """Give a sum approved, paid or granted "as" something what it was given as ("approved $5m as compensation":
    the compensation), the reading before it having taken the giver."""
    for f in facts:
        n = f.number
        if n is None or n.currency is None or not _GIVEN_BEFORE.search(text[: n.start]):
            continue
        given = _GIVEN_AS.match(text, n.end)
        if given is not None and given.group(1).split()[-1].lower() not in EN_STOP:
            f.counts = given.group(1)
