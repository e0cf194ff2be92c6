"""What a level counts when a comparison set off in commas stands between a change and its level (English business
copy): "Subscription income rose 18 percent, year on year, to £640m", "Ticket sales rose 12%, compared with
last year, to £40m".

The reader of the words before the level takes the comparison ("year-over-year", "last year") for what the level
counts. The level after "to" is the new size of what changed, so it counts what the change before it counts, as it
does when the comparison is not set off ("rose 18 percent year on year to £640m"). Read only where the
reading is that comparison alone and the change is the figure right before, in the same clause.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# The comparison alone: a period compared with the one before, or a time it is compared with.
_COMPARISON = re.compile(
    r"(?:year|month|quarter|week)[- ](?:over|on)[- ](?:year|month|quarter|week)|y/y|yoy|"
    r"(?:compared\s+(?:with|to)\s+)?(?:last|a|the\s+previous|the\s+same\s+period\s+last)\s+(?:year|month|quarter)"
    r"(?:\s+(?:ago|earlier))?",
    re.IGNORECASE,
)
# Between the change and the level: the change's unit, the comparison in commas, "to" and a qualifier.
_SET_OFF = re.compile(
    r"\s*(?:%|percent|per\s+cent|pc)?\s*,\s*(?:" + _COMPARISON.pattern + r")\s*,\s*to\s+"
    r"(?:(?:about|around|nearly|almost|some|just|roughly)\s+)?(?:US\$|A\$|NZ\$|C\$|[$£€¥])?$",
    re.IGNORECASE,
)


def adverb_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level read as the comparison in commas before it what the change before it counts."""
    previous: tuple[Fact, int] | None = None
    for f, number, text in figure_texts(figures, texts):
        before = previous if previous is not None and previous[0].sentence == f.sentence else None
        previous = (f, number.end)
        if before is None or not before[0].counts or not f.counts:
            continue
        if _COMPARISON.fullmatch(f.counts.strip()) is None:
            continue  # (a reading of its own)
        if _SET_OFF.fullmatch(text[before[1] : number.start]) is not None:
            f.counts = before[0].counts
