"""A ratio written as a pair of small whole numbers: one figure, the first number, counting the margin (English).

"The tenants backed the plan by nearly 4-to-1", "By almost 3-1, the members want longer hours", "the court's 7-to-2
ruling", "a 5 to 1 margin": the pair says how many on one side for each one on the other. It is one figure (the
first number, as "a 5-to-4 decision" is 5), and the second number is no count of its own. Read as two numbers,
the pair became two counts of whatever noun stood near ("margin (claims)" for the 1 of "a 5 to 1 margin"), or,
with a hyphen and no noun after it, a match score that dropped both.

Two places say the pair is a ratio: a noun of a ratio right after it ("margin", "ruling", "decision"...), or "by"
right before it (past "a" and a word of approximation) with no noun after it ("by nearly 4-to-1, ...", "feel that
way by 3-1."). A tally of votes keeps its two counts ("by a vote of 68-31", "a 6-to-3 vote": `match_scores`
gives each side its votes), and a pair with a hyphen in a sentence about a game stays a score ("won by 2-1").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import NumberMatch

# Two small whole numbers joined by a dash, "to" or "-to-", with no unit after them ("4-to-1", "3-1", "5 to 1").
_PAIR = re.compile(r"(?<![\d.,$£€])(\d{1,2})(\s?[-–]\s?|\s+to\s+|-to-)(\d{1,2})(?![\d%]|[.,]\d)")
# A noun of a ratio right after the pair: what the first number counts.
_RATIO_NOUN = re.compile(r"\s+(margins?|ratio|decision|ruling|majority|verdict)\b", re.IGNORECASE)
# "by" right before the pair, past "a" and a word of approximation.
_BY_BEFORE = re.compile(
    r"\bby\s+(?:a\s+)?(?:(?:nearly|almost|about|roughly|some|over|just|more\s+than|better\s+than|close\s+to)\s+)?$",
    re.IGNORECASE,
)
# No noun after a pair that follows "by": a clause's end, or a preposition or conjunction ("by 3-1 in the vote").
_BARE_AFTER = re.compile(
    r"\s*(?:[,.;:)!?—]|$)|\s+(?:in|among|on|at|across|with|over|from|for|that|and|but|while|to)\b", re.IGNORECASE
)
# Words of a game: a pair with a hyphen there is a score, even after "by".
_GAME_WORDS = re.compile(
    r"\b(?:won|win|wins|beat|beats|defeated|score|scored|match|game|goals?|victory|draw|drew|half[- ]?time)\b",
    re.IGNORECASE,
)


def _ratio(text: str, at: int) -> tuple[re.Match[str], str] | None:
    """The ratio pair whose first or second number starts at `at`, with what its first number counts."""
    for m in _PAIR.finditer(text, max(0, at - 8)):
        if m.start(1) > at:
            return None
        if at not in (m.start(1), m.start(3)):
            continue
        first, second = int(m.group(1)), int(m.group(3))
        if first <= second or second == 0:
            return None  # a ratio is told larger side first ("3-1", not "1-3" nor "2-0")
        noun = _RATIO_NOUN.match(text, m.end())
        if noun:
            return m, noun.group(1).lower()
        if not _BY_BEFORE.search(text[: m.start()]) or not _BARE_AFTER.match(text, m.end()) or second > 9:
            return None
        if "to" not in m.group(2) and _GAME_WORDS.search(text):
            return None  # "won by 2-1": a game's score
        return m, "margin"
    return None


def ratio_second(text: str, n: NumberMatch) -> bool:
    """Whether `n` is the second number of a ratio ("the 1 of 'by 4-to-1'"): no figure of its own."""
    found = _ratio(text, n.start)
    return found is not None and found[0].start(3) == n.start


def ratio_first(text: str, n: NumberMatch) -> bool:
    """Whether `n` is the first number of a ratio ("the 4 of 'by 4-to-1'"): the figure, never a score."""
    found = _ratio(text, n.start)
    return found is not None and found[0].start(1) == n.start


def ratio_margins(facts: list[Fact], texts: dict[int, str]) -> None:
    """Give the first number of a ratio the ratio's noun ("margin", "ruling"), what was read for it beside it."""
    for f in facts:
        n = f.number
        if n is None or n.spelled or f.sentence not in texts:
            continue
        found = _ratio(texts[f.sentence], n.start)
        if found is None or found[0].start(1) != n.start:
            continue
        noun = found[1]
        own = f.counts if f.counts and noun not in f.counts.lower() else None
        f.counts = f"{noun} ({own})" if own else noun
        f.unit = None
