"""What an English figure counts when its sentence opens with a linking adverbial written without a comma:
"Meanwhile house prices in northern England tumbled by 0.5 per cent", "In contrast the supply of homes for sale rose
six per cent" (market and housing copy).

The subject reader took the adverbial into the subject ("Meanwhile house prices", "contrast the supply of homes for
sale rose"): it links the sentence to the one before and says nothing of what is counted. It is dropped from the
front of the reading, and a verb of change left at the end of a share's reading ("... rose") goes with it, since the
share is the change's size, not part of its noun.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_OPENER = re.compile(
    r"^(?:(?:in|by)\s+contrast|contrast|meanwhile|however|similarly|likewise|elsewhere|additionally|moreover)\s+"
    r"(?:the\s+)?(?=[A-Za-z])",
    re.IGNORECASE,
)
_CHANGE_VERB_END = re.compile(
    r"\s+(?:rose|fell|grew|increased|decreased|dropped|climbed|jumped|declined|slipped|gained)$", re.IGNORECASE
)


def without_openers(figures: list[Fact]) -> None:
    """Drop a linking adverbial from the front of an English figure's reading (and a share's trailing verb)."""
    for f in figures:
        if f.kind != "figure" or not f.counts:
            continue
        opener = _OPENER.match(f.counts)
        if opener is None:
            continue
        head, bracket, rest = f.counts[opener.end() :].partition(" (")
        if f.unit == "percent":
            head = _CHANGE_VERB_END.sub("", head)
        if head.strip():
            f.counts = head + bracket + rest
