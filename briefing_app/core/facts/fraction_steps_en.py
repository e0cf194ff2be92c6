"""A fraction of a percentage point or a percent is the size of a change, not a part of a whole (English).

"the unemployment rate falling two-tenths of a percentage point to hit 6.1 percent", "a drop of four-tenths of a
percent from the prior month": the fraction was read as a share of "percentage point" (its noun after "of"), which
counts nothing. It is a step of that unit; what it counts is the change's noun before it ("a drop of") or the
subject of the verb of change ("the unemployment rate falling").
"""

from __future__ import annotations

import re

_UNIT_AFTER = re.compile(r"\s*(?:an?\s+)?(percentage[\s-]+points?|per\s?cent|percent|points?)\b", re.IGNORECASE)
_UNITS = {"percentage": "percentage points", "per": "percent", "percent": "percent", "point": "points",
          "points": "points"}  # fmt: skip
# "a drop of", "an increase of": the change's noun.
_CHANGE_OF = re.compile(r"\b(?:a|an|the)\s+((?:[a-z]+\s+)?[a-z]+)\s+of\s+$", re.IGNORECASE)
# "the unemployment rate falling", "inflation rose by": the subject of a verb of change.
_SUBJECT_CHANGED = re.compile(
    r"\b(?:the\s+|its\s+|their\s+)?((?:[a-z]+\s+){0,2}[a-z]+)\s+(?:(?:has|had|have|was|were)\s+)?"
    r"(?:fall(?:s|ing)?|fell|fallen|ris(?:es|ing|en)|rose|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|"
    r"increas(?:es|ed|ing)|decreas(?:es|ed|ing)|declin(?:es|ed|ing)|slipp(?:ed|ing)|edg(?:ed|ing)\s+(?:up|down)|"
    r"tick(?:ed|ing)\s+(?:up|down))\s+(?:by\s+)?$",
    re.IGNORECASE,
)
_NOT_SUBJECTS = {"it", "they", "that", "this", "which", "who", "and", "but", "then", "also"}


def fraction_step(text: str, start: int, end: int) -> tuple[str, str | None] | None:
    """The unit and what it counts of a fraction at text[start:end] (ending before "of") followed by "a percentage
    point" or "a percent"; None for any other fraction."""
    unit = _UNIT_AFTER.match(text, end)
    if unit is None:
        return None
    name = _UNITS[unit.group(1).split()[0].split("-")[0].lower()]
    before = text[:start]
    change = _CHANGE_OF.search(before)
    if change:
        return name, change.group(1)
    subject = _SUBJECT_CHANGED.search(before)
    if subject and subject.group(1).split()[-1].lower() not in _NOT_SUBJECTS:
        words = [w for w in subject.group(1).split() if w.lower() not in _NOT_SUBJECTS]
        return name, " ".join(words) or None
    return name, None
