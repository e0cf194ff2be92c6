"""A reading cut inside a possessive: "sending demand to the year's high of 13.7 million" read "s high", the "s" of
"year's" taken for a word. The possessor goes back in brackets, as the readings name an owner: "high (year)".
Used by `figures`, for English only.
"""

from __future__ import annotations

import re


def whole_possessive(before: str, counts: str | None) -> str | None:
    """The reading with the possessor it was cut from, when it opens with the "s" of a possessive."""
    if not counts or not counts.startswith("s "):
        return counts
    rest = counts[2:]
    owner = re.search(rf"\b([A-Za-z][\w-]*)['’]s\s+{re.escape(rest.split(' (')[0])}\b", before)
    return f"{rest} ({owner.group(1)})" if owner else rest
