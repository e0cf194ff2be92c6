"""Digits grouped the Indian way: "1,42,201 units", "11,29,661", "3,55,946" (English news of India and its
neighbours).

The lakh (1,00,000) and the crore (1,00,00,000) set the commas: three digits at the right, then pairs. The number
reader takes groups of three only, and split "1,42,201" into 1, 42 and 201. A run of two-digit groups between a
first group of one or two digits and a last of three is one number written so; nothing else is grouped that way.
"""

from __future__ import annotations

import re

_INDIAN = re.compile(r"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}")


def indian_grouped(whole: str, thousands: str) -> bool:
    """Whether the integer part `whole` is grouped the Indian way with the separator `thousands` (a comma)."""
    return thousands == "," and _INDIAN.fullmatch(whole) is not None
