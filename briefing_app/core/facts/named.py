"""The places and organisations found in an article, and the stretches of each sentence they take: what the
place and organisation finders (`places.py`, `repeated_names.py`) hand to each other and to the people finder.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.core.facts.model import Fact


@dataclass
class Named:
    """Places and organisations of an article, and the stretches of each sentence they take."""

    facts: list[Fact] = field(default_factory=list)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start..end shares a character with one of the stretches already taken."""
    return any(a < end and start < b for a, b in spans)
