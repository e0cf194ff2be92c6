"""What befell what an English figure counts, where the general reading stopped short of it.

- Those on board: "The crash killed all 47 on board", "All 62 aboard were killed": the count is of the people
  on board, which crash and rescue copy leaves unsaid ("crash (killed)" was all the reading said).
- A passive sale or valuation before a sum: "the aircraft was sold for 290,000 euros", "The painting was sold for
  $5 million": the deed the sum is the price of, beside the thing ("aircraft (sold)").
- A passive predicate after a subject figure and its place or kind: "$1.8m was collected in criminal actions and
  $137,000 was collected in civil actions": each figure's phrase after the participle tells them apart
  ("collected in criminal actions"), where the participle alone said the same of both.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_ON_BOARD = re.compile(r"\s+(?:(?:people|passengers|persons|others)\s+)?(on\s+board|aboard|onboard)\b", re.IGNORECASE)
_SOLD_FOR = re.compile(
    r"\b(?:was|were|is|are|been|be|being)\s+(?:(?:later|then|eventually|reportedly|finally)\s+)?"
    r"(sold|bought|auctioned|purchased|acquired|valued|priced|insured|leased|rented|offered)\s+(?:off\s+)?"
    r"(?:for\s+)+(?:(?:about|around|some|nearly|over|more\s+than|less\s+than|just|only|roughly)\s+)?"
    r"(?:US\$|[$£€¥])?\s*$",
    re.IGNORECASE,
)
# After a subject figure: its passive and the phrase of place or kind it is done in ("was collected in civil actions").
_PASSIVE_PHRASE = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+([a-z]+ed)\s+"
    r"((?:in|from|for|on|under|through)\s+(?!the\s+(?:past|last|first|year|week|month)\b)"
    r"(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*s)\b(?=\s*(?:[,.;]|$|and\b|but\b|while\b|whereas\b))"
)


def deeds_of_counts(figures: list[Fact], texts: dict[int, str]) -> None:
    """Apply the module's readings to the English figures of an article (see the module)."""
    for f in figures:
        if f.kind != "figure" or f.number is None or f.sentence not in texts:
            continue
        text, n = texts[f.sentence], f.number
        counts = f.counts or ""
        board = _ON_BOARD.match(text, n.end) if n.currency is None and f.unit is None else None
        if board and "board" not in counts and "aboard" not in counts:
            said = counts.replace(" (", ", ").replace(")", "")  # "crash (killed)": one bracket, "crash, killed"
            f.counts = f"people {board.group(1)} ({said})" if counts else f"people {board.group(1)}"
            continue
        sold = _SOLD_FOR.search(text, 0, n.start) if n.currency else None
        if sold and sold.group(1).lower() not in counts.lower():
            f.counts = f"{counts} ({sold.group(1).lower()})" if counts else sold.group(1).lower()
            continue
        passive = _PASSIVE_PHRASE.match(text, n.end)
        if passive and counts.split(" (")[0] == passive.group(1):
            f.counts = f"{passive.group(1)} {passive.group(2)}" + counts[len(passive.group(1)) :]
