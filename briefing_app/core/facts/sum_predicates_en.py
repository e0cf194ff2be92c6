"""What a sum counts when it is the subject of "to be" and the predicate names it (English): "Cullen said $6.75 was
still a good payout for this year's milk", "£500 is the maximum fine", "that 3% was a realistic target".

Nothing comes before such a sum but the clause that reports it, so the readers took the speaker ("Ashley Cullen") or
nothing. The noun of the predicate after the copula (past its article, adverbs and adjectives) is what the sum is.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP
from briefing_app.core.facts.model import Fact

# The sum opens its clause: the sentence's start, a reporting verb, "that", a comma or a colon before it.
_OPENS = re.compile(
    r"(?:^|[,;:]\s*|\b(?:said|says|say|thinks|believes|argued|added|that|noted|estimated|reckoned)\s+)"
    r"(?:US\$|A\$|NZ\$|C\$|[$£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)$"
)
_PREDICATE = re.compile(
    r"\s*(?:%|per\s*cent|percent|a\s+\w+|per\s+\w+)?\s+(?:was|is|were|are|would\s+be|will\s+be|remains|remained)\s+"
    r"(?:(?:still|now|just|only|also|already|probably|clearly|seen\s+as|considered)\s+)*"
    r"(?:a|an|the|their|its|our)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"(?=\s+(?:for|of|in|on|at|to|by|from|this|that|which|and|but)\b|\s*[,.;:!?\"”]|\s*$)"
)
_NOT_NOUNS = {"lot", "bit", "little", "result", "way", "sign", "case", "matter", "good", "bad"}


def sum_predicates(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a sum that is the subject of "was a good payout" the predicate's noun."""
    for f, number, text in figure_texts(figures, texts, money=True):
        if not _OPENS.search(text[: number.start]):
            continue
        m = _PREDICATE.match(text, number.end)
        if m is None:
            continue
        words = m.group(1).split()
        if words[-1].lower() in EN_STOP | _NOT_NOUNS or words[-1].endswith("ly"):
            continue
        if words[-1].lower() in (f.counts or "").lower().split():
            continue
        f.counts = " ".join(w for w in words if w.lower() not in {"good", "bad", "big", "small", "great"}) or words[-1]
