"""Indian scale words stacked on one another: "Rs 6 lakh crore" (6 × 100,000 × 10,000,000), "Rs 1,000 crore",
"two lakh crore rupees" (English news of India).

India counts large sums in lakhs (100,000) and crores (10,000,000), and a sum past a hundred thousand crore is
written "lakh crore" ("the market lost Rs 6 lakh crore"); "thousand crore" and "hundred crore" are written too. The
number reader takes the first scale word; this says which scale word may follow it, and its factor.
"""

from __future__ import annotations

import re

# A crore after a lakh, a thousand or a hundred ("6 lakh crore", "5 thousand crore"), the only stacked scale news
# writes in English (a "thousand billion" is no style of any desk).
_STACKED_AFTER = {"lakh", "lakhs", "thousand", "hundred"}
_CRORE = re.compile(r"[ \u00a0]+(crores?)\b", re.IGNORECASE)


def stacked_scale(text: str, word: str, end: int, lang: str) -> tuple[float, int]:
    """The factor of a crore stacked after the scale `word` ending at `end` ("lakh| crore"), and where it ends;
    (1.0, end) when none follows."""
    if lang != "en" or word.lower() not in _STACKED_AFTER:
        return 1.0, end
    m = _CRORE.match(text, end)
    return (1e7, m.end(1)) if m else (1.0, end)
