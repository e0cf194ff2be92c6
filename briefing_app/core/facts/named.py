"""The places and organisations found in an article, and the stretches of each sentence they take: what the
place and organisation finders (`places.py`, `repeated_names.py`) hand to each other and to the people finder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from briefing_app.core.facts.model import Fact


@dataclass
class Named:
    """Places and organisations of an article, and the stretches of each sentence they take."""

    facts: list[Fact] = field(default_factory=list)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start..end shares a character with one of the stretches already taken."""
    return any(a < end and start < b for a, b in spans)


class AddName(Protocol):
    """How a finder records a place or organisation it found: its kind, name, sentence and stretch (and the name
    that keys one fact per place, whatever the spelling)."""

    def __call__(self, kind: str, name: str, index: int, start: int, end: int, key_name: str | None = None) -> None: ...
