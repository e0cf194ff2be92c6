"""What English sums count when a noun of change names the measure and the sums are its ends: "a drop in operating
profit in the period from £61.8 million in the previous year to £55.8 million", "a rise in revenue from $2.1bn to
$2.4bn".

The readings before took the clause's subject or the change noun alone ("firm", "drop"): "from A to B" says
nothing of what A and B are. Both ends measure the noun after "in"; a time adjunct between ("in the period", "over
the year") is skipped. Only within one clause (no comma, semicolon or new verb of saying between), and only when the
reading does not name that noun already. A figure with a noun of its own after it ("from 1,200 to 950 units")
keeps it.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_CHANGE = (
    r"rise|fall|increase|decrease|drop|decline|jump|cut|gain|reduction|slump|surge|slide|dip|hike|"
    r"improvement|growth|climb|leap"
)
_NOT_IN_NOUN = r"(?:on|with|amid|up|down|as|at)\b"
_TIME = r"(?:\s+(?:in|over|during|for|across)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
_SPAN = re.compile(
    # (a share may stand before the noun of change: "a 9.4% leap in revenue from A to B", "a 12 per cent rise in")
    rf"\b(?:an?|the|its|their)\s+(?:(?:\d[\d.,]*\s*(?:%|per\s+cent|percent|pc)|[\w-]+)\s+)?({_CHANGE})\s+in\s+"
    r"(?:the\s+|its\s+|their\s+)?"
    # (the noun holds no preposition or adverb of a clause of its own: "a rise in profits on sales up from A to B",
    # the sales' ends)
    rf"((?:(?!{_NOT_IN_NOUN})[\w'’-]+\s+){{0,3}}?(?!{_NOT_IN_NOUN})[a-z][\w'’-]*){_TIME}\s+from\s+",
    re.IGNORECASE,
)
_QUALIFIER = r"(?:(?:about|around|some|nearly|almost|roughly|just|more\s+than|less\s+than)\s+)?(?:US|C|A)?[$£€]?\s*"
_NOT_NOUNS = {"the", "a", "an", "its", "their", "from", "to", "and", "of", "by"}


def change_spans(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give the two ends of "a drop in X from A to B" the measure X as what they count."""
    for f, number, text in figure_texts(figures, texts):
        before = text[: number.start]
        spans = list(_SPAN.finditer(before))
        if not spans:
            continue
        span = spans[-1]
        between = before[span.end() :]
        first = re.fullmatch(_QUALIFIER, between) is not None
        second = re.fullmatch(rf"[^,;:]*?\bto\s+{_QUALIFIER}", between) is not None and " from " not in between
        if not (first or second):
            continue
        if re.match(r"\s*(?:[mb]n?|million|billion)?\s+[a-z]{3,}\b(?<!\bin)(?<!\bto)", text[number.end :]) and (
            number.currency is None and f.unit is None
        ):
            continue  # "from 1,200 to 950 units": the figure's own noun (a unit is none: "from 410,000 tonnes to")
        measure = span.group(2)
        words = [w for w in measure.split() if w.lower() not in _NOT_NOUNS]
        if not words or words[-1].lower() in (f.counts or "").lower():
            continue
        f.counts = measure


# "a 67% increase to its interim dividend": the noun of change right after a share, and what it changes.
_CHANGE_TO = re.compile(
    rf"\s*(?:%|percent|per\s+cent)?\s+(?:[a-z-]+\s+)?({_CHANGE})\s+to\s+(?:its|the|their|his|her|our)\s+"
    r"((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)(?=\s*(?:[,.;:]|$|\s+(?:and|by|for|from|at|in|on|of|which|as)\b))",
    re.IGNORECASE,
)


def changes_to(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a share read only as its noun of change ("increase") the thing changed after "to its"."""
    for f, number, text in figure_texts(figures, texts):
        if f.unit != "percent":
            continue
        change = _CHANGE_TO.match(text[number.end :])
        if change is None or (f.counts or "").lower() not in ("", change.group(1).lower()):
            continue
        f.counts = f"{change.group(1)} to {change.group(2)}"


# "a 16 per cent rise to €1,338 million in exports to Japan": the noun of change, the level, and what changed after
# "in" (the level's own phrase).
_CHANGE_TO_LEVEL_IN = re.compile(
    rf"\s*(?:%|percent|per\s+cent)?\s+(?:[a-z-]+\s+)?({_CHANGE})\s+to\s+{_QUALIFIER}(?P<level>\d)[\d.,]*\s*"
    # (a unit of weight or count may follow the level: "a five percent increase to 1,493 kg in output")
    r"(?:[mb]n?|million|billion|bn|m|k|kg|kilograms|tonnes|tons|t|ounces|oz|barrels|units)?\s+in\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
    r"(?=\s*(?:[,.;:]|$|\s+(?:and|to|for|from|at|on|which|as|by)\b))",
    re.IGNORECASE,
)


def changes_to_levels_in(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a share read only as its noun of change what the "in" phrase after the level it reached names."""
    for f, number, text in figure_texts(figures, texts):
        if f.unit != "percent":
            continue
        change = _CHANGE_TO_LEVEL_IN.match(text[number.end :])
        if change is None or (f.counts or "").lower() not in ("", change.group(1).lower()):
            continue
        if re.fullmatch(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|the\s+\w+\s+(?:quarter|half|year|month))", change.group(3), re.IGNORECASE):
            continue  # "a 5% rise to $3m in March": when, not what
        f.counts = f"{change.group(1)} in {change.group(3)}"
        level_at = number.end + change.start("level")
        for g in figures:  # the level measures the same thing ("to 1,493 kg in output": the output)
            if g.kind != "figure" or g.sentence != f.sentence or g.number is None:
                continue
            if g.number.start <= level_at < g.number.end and change.group(3).lower() not in (g.counts or "").lower():
                g.counts = change.group(3)
