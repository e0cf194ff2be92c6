"""What the level a change reached counts when the change noun names the measure and "to" the level, with no "from"
between: "announced a fourfold increase in net profits for its first quarter ended December 25, to $295m", "posted a
12 per cent rise in revenue to $2.1bn" (results copy).

The readings before took the clause's subject ("Apple") for the level: "to $295m" says nothing of its own. The
level measures the noun after "in"; a time adjunct ("for the quarter ended ...", "in the year") may come between,
with or without a comma. `change_spans_en` reads the "from A to B" form; this only a level after "to" when no
"from" comes between, within one clause (no semicolon, colon, verb of saying, "but", "while", "which" or "who").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_CHANGE = (
    r"rise|fall|increase|decrease|drop|decline|jump|gain|reduction|slump|surge|slide|dip|improvement|growth|climb|"
    r"leap"
)
_NOT_IN_NOUN = r"(?:on|with|amid|up|down|as|at|for|to|from|in|and|of|by|over|during)\b"
_LEVEL_AFTER_CHANGE = re.compile(
    rf"\b(?:an?|the|its|their)\s+(?:[\w.%-]+\s+){{0,3}}?(?:{_CHANGE})\s+in\s+(?:the\s+|its\s+|their\s+)?"
    rf"((?:(?!{_NOT_IN_NOUN})[a-z][\w'’-]*\s+){{0,2}}?(?!{_NOT_IN_NOUN})[a-z][\w'’-]*)"
    # (a time adjunct or nothing before "to": no second clause, no "from")
    r"((?:\s+(?:for|in|over|during|across)\s+[^;:]{0,80}?)?)\s*,?\s+to\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|more\s+than|less\s+than)\s+)?(?:US|C|A|NZ)?[$£€]?\s*$",
    re.IGNORECASE,
)
_NEW_CLAUSE = re.compile(
    r"\b(?:from|said|says|but|while|which|who|whereas|and\s+(?:the|its|their))\b|\d\s*%|per\s*cent"
)
_NOT_NOUNS = {"the", "a", "an", "its", "their"}


def change_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give the level in "a rise in X (for the period), to $N" the measure X."""
    for f, number, text in figure_texts(figures, texts, money=True):
        change = _LEVEL_AFTER_CHANGE.search(text[: number.start])
        if change is None or _NEW_CLAUSE.search(change.group(2)):
            continue
        measure = change.group(1)
        words = [w for w in measure.split() if w.lower() not in _NOT_NOUNS]
        if not words or words[-1].lower() in (f.counts or "").lower():
            continue
        f.counts = measure
