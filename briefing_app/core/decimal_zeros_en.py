"""Whether an English "N.000" before a scale word is a decimal: "$2.000 billion", "1.000 million barrels".

`numbers` reads one dot then three zeros ("200.000") as dot-grouped thousands, as many Arabic and European writers
group them; but before an English scale word the dot is the decimal point that wire and central-bank copy writes to
three places ("the inflows stood at $2.000 billion" beside "$1.137 billion"), and a thousand billions would be
written as trillions. Kept apart from `numbers` (over 1,000 lines) as one small rule.
"""

from __future__ import annotations

import re

_SCALE_AFTER = re.compile(r"\s?(?:million|billion|trillion|bn|mn|tn)\b", re.IGNORECASE)


def decimal_before_scale(text: str, end: int, lang: str) -> bool:
    """Whether the token ending at `end` is followed by an English scale word (its dot then a decimal point)."""
    return lang == "en" and _SCALE_AFTER.match(text, end) is not None
