"""Hebrew "others" after a number ("ונפצעו ארבעה נוספים", "נעצרו שניים אחרים"): the word says only that there are
more of the people named before; what befell them is the verb before the number, which news keys such a figure on.
"""

from __future__ import annotations

import re

# "more", "others" right after the number, in both genders.
_OTHERS = re.compile(r"(?:נוספים|נוספות|אחרים|אחרות)")
# A verb of what befell people right before the number: a passive (nif'al, pu'al, huf'al) plural in the past,
# with "and" glued ("ונפצעו", "נהרגו", "פונו", "אושפזו", "הוכרזו").
_BEFELL = re.compile(
    r"(?<![\u05d0-\u05ea])ו?(נ[\u05d0-\u05ea]{3,4}ו|[\u05d0-\u05ea]ו[\u05d0-\u05ea]{1,2}ו|הו[\u05d0-\u05ea]{3}ו)\s+$"
)


def he_others_done(before: str, after: str) -> str | None:
    """"נוספים (נפצעו)": the others and what befell them, when `after` (the phrase after the number) opens with
    "others" and `before` ends in a passive verb in the plural; else None."""
    words = after.split()
    if not words or not _OTHERS.fullmatch(words[0]):
        return None
    verb = _BEFELL.search(before)
    return f"{words[0]} ({verb.group(1)})" if verb else None
