"""What a level reached in a relative clause counts (English): "higher operating costs which went up by about a
quarter to Sh8.7 billion weighed on profit", "its debts, which rose 4% to $2bn, ...".

The relative pronoun's antecedent is the subject of the clause's verb of change; the readers find no subject in
"which went up ... to" and take the main clause's words after the figure ("weighed on profit") or the verb. The
noun phrase before "which/that" is what a sum or a percentage counts, when the reading does not name it already.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP
from briefing_app.core.facts.model import Fact

_VERBS = (
    r"(?:went|gone|go|goes|rose|risen|rise|rises|fell|fallen|falls|grew|grown|grows|climbed|climbs|jumped|jumps|"
    r"dropped|drops|declined|declines|increased|increases|decreased|decreases|surged|surges|slumped|slumps|"
    r"soared|soars|slid|slides|edged|edges)"
)
_RELATIVE_LEVEL = re.compile(
    r"\b((?:[A-Za-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s*,?\s+(?:which|that)\s+(?:(?:have|has|had)\s+)?"
    rf"{_VERBS}\s+(?:(?:up|down)\s+)?(?:by\s+[^,;()]{{1,30}}?\s+)?(?:to\s+)?"
    r"(?:(?:about|around|nearly|almost|some|just|over|more\s+than)\s+)?(?:US\$|[$£€¥]|(?:Rs|Sh|KSh)\.?\s?)?$"
)
_DETERMINERS = {"the", "its", "their", "his", "her", "our", "a", "an", "higher", "lower", "rising", "falling"}


def relative_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level reached in "X which went up ... to N" the X."""
    for f, number, text in figure_texts(figures, texts):
        if number.currency is None and f.unit != "percent":
            continue  # (a count names its own noun: "a firm that grew to 500 staff")
        relative = _RELATIVE_LEVEL.search(text[: number.start])
        if relative is None:
            continue
        words = relative.group(1).split()
        while words and words[0].lower() in _DETERMINERS | EN_STOP:
            words = words[1:]
        if not words or words[-1].lower() in EN_STOP:
            continue
        noun = " ".join(words)
        if words[-1].lower() not in (f.counts or "").lower():
            f.counts = noun
