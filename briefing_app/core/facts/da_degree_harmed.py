"""A Danish count of the harmed with a degree adverb before the participle ("To svært kvæstede", "tre alvorligt
tilskadekomne", "fire lettere sårede"): the participle is what is counted, the adverb only how badly; read alone,
the adverb ("svært") was taken for the counted noun and the participle left out as a verb."""

from __future__ import annotations

import re

_DEGREE = r"(?:svært|alvorligt|lettere|let|hårdt|kritisk|livsfarligt|mindre|mere)"
_HARMED_AFTER = re.compile(rf"\s+({_DEGREE})\s+([a-zæøå]{{3,}}(?:ede|te|komne|ne|de))\b", re.IGNORECASE)


def da_degree_harmed(after: str, counts: str | None) -> str | None:
    """The degree adverb and the participle after a Danish figure, when `counts` is the adverb alone (or nothing)."""
    m = _HARMED_AFTER.match(after)
    if m is None:
        return counts
    if counts and counts.split(" (")[0].strip().lower() != m.group(1).lower():
        return counts
    return f"{m.group(1)} {m.group(2)}"
