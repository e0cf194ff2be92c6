"""A reading cut at the "such as" of a list of examples (English): "Industrial projects such as buildings for utilities
and manufacturers jumped 34.4 per cent to $614 million" read the level as "Industrial projects such". "Such as"
opens examples of the noun before it, never part of what is counted: the reading ends before it.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_SUCH = re.compile(r"^(.*?[a-z])\s+such(?:\s+as\b[^()]*)?(?=$|\s+\()")


def without_such_as(figures: list[Fact]) -> None:
    """Cut "such" (and the examples after it) off the end of a figure's reading."""
    for f in figures:
        if f.kind != "figure" or not f.counts:
            continue
        cut = _SUCH.match(f.counts)
        if cut is not None:
            f.counts = cut.group(1) + f.counts[cut.end() :]
