"""A sum told "on a ... basis/measure of": "posted profits on an equivalent measure of £12.93bn", "pre-tax profits on
an underlying basis of $4.1bn" (results copy). The readings before took the noun of the basis ("equivalent
measure"); the sum measures the noun before "on". A baseline after it in the sentence that the readings gave the
same basis noun ("up from £11.2bn") measures the same.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_ON_BASIS = re.compile(
    r"\b((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+on\s+an?\s+((?:[\w-]+\s+){0,2}?(?:measure|basis|footing))\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?(?:US|C|A|NZ)?[$£€]?\s*$",
    re.IGNORECASE,
)
_VERBS = {"made", "make", "makes", "had", "has", "have", "saw", "sees", "took", "takes", "posts", "reports",
          "earned", "earns", "delivered", "delivers", "generated", "generates", "booked", "books", "recorded",
          "records"}  # fmt: skip
_NOT_NOUNS = {"the", "a", "an", "its", "their", "and", "or", "was", "were", "is", "are", "be", "been", "it", "this"}


def basis_measures(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give "X on an equivalent measure of £N" the X, and a later figure of the sentence read as the basis too."""
    fixed: dict[int, tuple[str, str]] = {}  # sentence -> (the basis reading replaced, the measure)
    for f, number, text in figure_texts(figures, texts):
        found = _ON_BASIS.search(text[: number.start])
        if found and found.group(1).split()[-1].lower() not in _NOT_NOUNS:
            words = found.group(1).split()
            # (the noun phrase starts after the verb: "bank posted | profits", "made | pre-tax profits")
            verbs = [
                i
                for i, w in enumerate(words)
                if w.lower() in _VERBS or (w.lower().endswith("ed") and i < len(words) - 1)
            ]
            words = [w for w in words[verbs[-1] + 1 if verbs else 0 :] if w.lower() not in _NOT_NOUNS]
            read = set((f.counts or "").split(" (")[0].lower().split())
            if words and read <= set(found.group(2).lower().split()):  # (read as the basis, or not at all)
                fixed[f.sentence] = (found.group(2).lower(), " ".join(words))
                f.counts = " ".join(words)
            continue
        basis = fixed.get(f.sentence)
        read = set((f.counts or "").split(" (")[0].lower().split())
        if basis and read and read <= set(basis[0].split()):
            f.counts = basis[1]  # "..., up from £11.2bn": the same measure
