"""A US police-report address given by its block: "in the 11600 block of Oak Grove Road".

American police and court reports locate a crime by the hundred-block of a street rather than a house number
("the 1200 block of North Main Street", "the 300 block of W. 5th Ave."). The number is part of an address, no
quantity the article reports. A count of blocks ("20 blocks of flats", "a block of 40 flats") has no "the"
before it and no street named after "of", so it keeps its reading.
"""

from __future__ import annotations

import re

# "the" (or "the unit/hundred" forms are words, not digits) right before the number.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "block of" then a street's name: a capital, a compass point or a numbered street ("5th").
_BLOCK_OF_STREET = re.compile(r"\s*-?\s*blocks?\s+of\s+(?:the\s+)?(?:[NSEW]\.?\s+)?(?:[A-Z]|\d+(?:st|nd|rd|th)\b)")


def is_street_block(before: str, after: str, raw: str) -> bool:
    """True for the digits of "the 11600 block of Oak Grove Road": an address, no figure."""
    digits = raw.replace(",", "")
    if not digits.isdigit() or int(digits) < 100:
        return False  # blocks are hundreds ("the 100 block", "the 4500 block"); "the 12 blocks of" is a count
    return bool(_THE_BEFORE.search(before) and _BLOCK_OF_STREET.match(after))
