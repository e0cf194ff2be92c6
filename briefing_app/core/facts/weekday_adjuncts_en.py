"""A weekday written right after an English number, as American wire copy writes a day without "on" (English).

"The death toll rose to 14 Wednesday, officials said", "The storm killed 12 Tuesday": the weekday says when, it is
no proper name the number opens ("41 Tolvika, which ...") and no word of what the number counts. `part_of_name`
leaves a weekday alone (see `number_names._NAMED_AFTER`) and the readers of what follows a number see it blanked.
"""

from __future__ import annotations

import re

WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# The weekday and a part of its day: "Wednesday", "Tuesday night", "Friday morning".
_WEEKDAY_AHEAD = re.compile(rf"^\s+{WEEKDAYS}(?:\s+(?:morning|afternoon|evening|night))?\b")


def blank_weekday_ahead(rest: str) -> str:
    """The words after a number with a weekday that opens them blanked (as spaces, offsets kept)."""
    m = _WEEKDAY_AHEAD.match(rest)
    return rest if m is None else " " * m.end() + rest[m.end() :]
