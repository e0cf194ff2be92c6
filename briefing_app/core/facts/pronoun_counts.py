"""What a figure counts when the clause's subject is a pronoun that points back within the sentence: "If you look
at the number of Americans killed by terrorism, it's less than 100" counts the Americans killed, not "it's"."""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

_POINTING = {"it", "it's", "it’s", "that", "that's", "that’s", "this", "which"}
# "the number of X", "the total of X", "the death toll": what the pronoun stands for (up to four words, up to a
# clause's edge).
_NUMBER_OF = re.compile(
    r"\b(?:the|a)\s+(?:number|total|count|tally|amount|sum|figure)\s+of\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)"
    r"(?=\s+(?:since|by|in|on|at|from|over|during|who|that|which|was|were|is|are|has|have)\b|\s*[,;:]|$)"
)


def pronoun_referent(text: str, n: NumberMatch, counts: str | None) -> str | None:
    """`counts`, or what "the number of X" before the figure names when `counts` is only a pronoun."""
    if not counts or counts.split(" (")[0].strip().lower() not in _POINTING:
        return counts
    found = list(_NUMBER_OF.finditer(text[: n.start]))
    return found[-1].group(1) if found else counts
