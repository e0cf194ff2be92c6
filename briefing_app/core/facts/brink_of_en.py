"""What a sum counts after "on the brink of", "on the verge of" (English): "Group on brink of £2.7bn deal with
German", "Kestrel on the verge of a $200m takeover".

Business headlines put the deal a firm is close to after the sum, and the phrase before it only says how close: the
reading of "<noun> of <sum>" ("a loss of £5m": the loss) took "brink" or "verge" for what the sum is. The noun
phrase right after the sum is the deal, the takeover, the sale.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_NEAR_BEFORE = re.compile(r"\b(?:on\s+)?(?:the\s+)?(?:brink|verge|cusp|edge)\s+of\s+(?:an?\s+)?(?:US|A|C|NZ)?[$£€]?$",
                          re.IGNORECASE)
# the noun phrase after the sum: one to three lower-case words, up to a preposition, a clause or the end
_NOUN_AFTER = re.compile(
    r"\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*(?:[,.;:)]|$)|\s+(?:with|for|of|by|to|in|on|at|from|that|which|"
    r"as|after|amid|over|and)\b)"
)
_LIGHT = frozenset({"brink", "verge", "cusp", "edge"})


def brink_of(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a sum after "on the brink/verge of" the noun phrase that follows it."""
    for f, number, text in figure_texts(figures, texts, money=True):
        if not _LIGHT & set((f.counts or "").lower().split()):
            continue  # (a cheap test first: only a reading that took the light noun is repaired)
        if _NEAR_BEFORE.search(text[: number.start]) is None:
            continue
        noun = _NOUN_AFTER.match(text[number.end :])
        if noun is not None:
            f.counts = noun.group(1)
