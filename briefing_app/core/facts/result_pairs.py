"""Pairs of small numbers joined by a dash that are a result or a move on a chart, not a range of quantities.

`match_scores` knows a score by what follows it (a preposition, the clause's end, "win", "victory"). Two more
shapes of sport and entertainment copy:
- a score used as an adjective of the result noun: "their 0-2 defeat against Lajong", "a 3-1 home loss",
  "a 2-0 first-leg lead" (a rising pair too, which alone could be a range: the noun says it is a result);
- a tie-break's points in brackets after a set's score: "won 6-4, 7-6 (3)";
- a chart move after its verb: "falls 6-8 with 162,000", "dropping 1-4", "jumps 35-7 in its second week",
  "pushing the set up 4-2" (the old and the new place; no quantity, and never with a unit after it).
"""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

_PAIR = r"(?<![\d.,])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d%]|[.,]\d)"
# A result noun after the pair, past an adjective of place or leg: "0-2 defeat", "3-1 home loss", "2-0 first-leg lead".
_RESULT_AFTER = re.compile(
    _PAIR + r"(?=\s+(?:(?:home|away|aggregate|extra-time|first-leg|second-leg|opening-day|final-day|group-stage)\s+)?"
    r"(?:defeat|defeats|loss|losses|win|wins|victory|victories|draw|draws|thrashing|drubbing|hammering|rout|"
    r"reverse|triumph|success|lead|scoreline|result|humiliation|upset)\b)",
    re.IGNORECASE,
)
# A verb of moving on a chart right before the pair, and no unit after it: "falls 6-8 with", "rises 4-3,".
_CHART_MOVE = re.compile(
    r"\b(?:falls?|fell|falling|drops?|dropped|dropping|slips?|slipped|slipping|slides?|slid|sliding|dips?|dipped|"
    r"tumbles?|tumbled|plummets?|plummeted|sinks?|sank|climbs?|climbed|climbing|rises?|rose|rising|jumps?|"
    r"jumped|jumping|leaps?|leapt|leaped|vaults?|vaulted|zooms?|zoomed|surges?|surged|steps?|stepped|moves?|"
    r"moved|bounces?|bounced|soars?|soared|up|down)\s+"
    + _PAIR
    + r"(?=\s*(?:$|[,.;:)(]|\s(?:with|on|in|after|and|as|while|for|thanks|despite|following)\b))",
    re.IGNORECASE,
)


# A tie-break's points in brackets after a set's score: "7-6 (3)", "6-7 (5-7)", "7-6(5)".
_TIE_BREAK = re.compile(r"(?<![\d.,])\d[-–]\d\s*\(\s*(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s*\)")


def result_or_move(text: str, n: NumberMatch) -> bool:
    """Whether `n` is one side of a score before its result noun or of a move on a chart (see the module)."""
    if n.spelled or n.currency:
        return False
    for m in _TIE_BREAK.finditer(text):
        if m.start() <= n.start < m.end():
            return True  # "7-6 (3)", "6-7 (5-7)": a set's score and its tie-break
    window = text[max(0, n.start - 4) : n.end + 4]
    if "-" not in window and "–" not in window:
        return False
    for pattern in (_RESULT_AFTER, _CHART_MOVE):
        for m in pattern.finditer(text):
            if m.start(1) <= n.start < m.end(2):
                return True
    return False
