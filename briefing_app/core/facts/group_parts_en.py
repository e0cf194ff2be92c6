"""Counts with no noun of their own that name a part or a group of what an earlier figure counts (English).

- A part after "including" with only a place after it: "Some 26,000 outages have been reported in Pennsylvania,
  including more than 11,000 in New Jersey" read "reported in New Jersey"; the part counts the outages too.
- A group defined by a relative clause after a number with the article: "211,434 patients ..., up from the 197,067
  who were in that position a month before", "treat 88.1% of people ..., well below the 92% who are meant to have
  surgery": the relative clause says which of the earlier figure's group (the patients, the people), and the
  readings before took the clause alone or the words before ("well below").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_context import before_qualifier
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.phrase_edges import IRREGULAR_PLURALS

_INCLUDING_BEFORE = re.compile(
    r"\b(?:including|among\s+them)\s+(?:(?:more\s+than|at\s+least|about|around|nearly|almost|some|over)\s+)?$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(r"\s+(?:in|at|from|on)\s+(?:the\s+)?[A-Z]")
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:more\s+than|about|around|nearly|almost|some|over)\s+)?$", re.IGNORECASE)
_WHO_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)?\s+(who\s+[^,;.()]+)")


def plural_head(counts: str | None) -> str | None:
    """The plural noun (with the words before it) that opens a reading: "outages reported in X" -> "outages"."""
    words = (counts or "").split(" (")[0].split()
    for i, word in enumerate(words[:4]):
        low = word.lower()
        if low in IRREGULAR_PLURALS or (low.endswith("s") and not low.endswith("ss") and len(low) > 3):
            return " ".join(words[: i + 1])
    return None


def group_parts(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a part after "including" and a group "the N who ..." the noun an earlier figure counts."""
    for i, f in enumerate(figures):
        n = f.number
        if n is None or n.currency or i == 0:
            continue
        earlier = next((e for e in reversed(figures[:i]) if e.sentence == f.sentence and e.number is not None
                        and e.unit == f.unit and plural_head(e.counts)), None)  # fmt: skip
        if earlier is None:
            continue
        noun = plural_head(earlier.counts)
        if noun is None or noun.split()[-1].lower() in (f.counts or "").lower():
            continue
        text = texts.get(f.sentence, "")
        before = before_qualifier(text, n)
        if f.unit is None and _INCLUDING_BEFORE.search(before) and _PLACE_AFTER.match(text, n.end):
            f.counts = f"{noun} ({f.counts})" if f.counts else noun  # "including more than 11,000 in New Jersey"
            continue
        who = _WHO_AFTER.match(text, n.end)
        if who and _THE_BEFORE.search(before):
            f.counts = f"{noun} ({who.group(1).strip()})"  # "up from the 197,067 who were in that position"
