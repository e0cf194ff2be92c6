"""Cricket figures in English copy. A bowler's figures ("took 5-41", "chipped in with 3-52", "returned figures of
2-39") are wickets for runs conceded, not a range from 5 to 41, and the figure counts the wickets (as "took 5 for 42"
does), not the bowler. A batsman's score ("an unbeaten 78 off 52 balls", "making 104", "top-scored with 63") and a
side's target ("Chasing 271 to win") count runs. Used by `figures` (no upper end) and `counted_lead` (what it
counts)."""

from __future__ import annotations

import re

from briefing_app.core.facts.match_scores import INNINGS_WORDS, innings_sentence
from briefing_app.core.numbers import NumberMatch

_PAIR = re.compile(r"(10|[0-9])\s?[-–]\s?(\d{1,3})")
# The words a bowler's figures follow: a verb of taking them or "figures of", an optional "best" between.
_BEFORE = re.compile(
    r"\b(?:took|take|takes|taking|claimed|claiming|claims|grabbed|grabbing|picked\s+up|returned|returning|"
    r"finished\s+with|ended\s+with|with|figures\s+of|analysis\s+of)\s+"
    r"(?:(?:a\s+)?(?:(?:career|Test|season|match|personal|one-day)[- ])?best(?:\s+figures)?(?:\s+of)?\s+)?$",
    re.IGNORECASE,
)
# No noun of its own after the pair ("took 3-4 weeks" is a span): a clause's end or a preposition.
_AFTER = re.compile(
    r"\s*(?:$|[,.;:)!?]|(?:as|and|for|in|against|to|with|while|on|at|from|off|but|before|after|when|which|"
    r"including|during|yesterday|today)\b)"
)
# A sentence of cricket: the innings words, or a bowler's trade.
_CRICKET = re.compile(
    r"\b(?:[Ss]eamers?|[Ss]pinners?|[Pp]aceman|[Ll]eg-spinner|[Oo]ff-spinner|all-rounder|[Ww]icketkeeper|runs|"
    r"[Ff]igures|balls|Test|one-dayer|one-day)\b"
)


def bowling_analysis(text: str, n: NumberMatch) -> str | None:
    """What a bowler's figures count ("wickets (for 41 runs)"), or None when `n` is no bowler's figures."""
    pair = _PAIR.fullmatch(n.text.strip())
    if pair is None or n.currency or n.kind != "number":
        return None
    wickets, runs = int(pair.group(1)), int(pair.group(2))
    if runs < 10 or runs <= wickets:
        return None  # "3-4", "1-0": a span or a score, not runs conceded
    if not _BEFORE.search(text[max(0, n.start - 50) : n.start]) or not _AFTER.match(text, n.end):
        return None
    if not (INNINGS_WORDS.search(text) or _CRICKET.search(text)):
        return None
    return f"wickets (for {runs} runs)"


# A side's target: "Chasing 271 to win", "needing 12 off the last over", "set 310 to win", "a target of 245".
_TARGET_BEFORE = re.compile(r"\b(?:[Cc]hasing|[Nn]eeding|[Rr]equiring|[Ss]et|target\s+of)\s+$")
_TARGET_AFTER = re.compile(
    r"\s+(?:to\s+win|for\s+victory|off\s+the\s+(?:last|final)\b|from\s+(?:the\s+)?(?:last|final)\b)"
)
# A batsman's score: after a verb of scoring or an adjective of an innings ("making 104", "top-scored with 63", "an
# unbeaten 78", "a quickfire 45"), with no noun of its own after it but the balls it took or a clause's end.
_SCORED_BEFORE = re.compile(
    r"\b(?:making|made|makes|scored|scoring|hit|hitting|hits|smashed|struck|compiled|top-scored\s+with|"
    r"unbeaten\s+on)\s+$|\b(?:(?:an?|his|her)\s+(?:(?:unbeaten|quickfire|patient|fine|brilliant|superb|career-best|maiden|"
    r"gritty|aggressive|breezy|rapid|attacking|defiant|valuable|vital|battling|composed|classy|stylish)\s+)+)$",
    re.IGNORECASE,
)
_SCORED_AFTER = re.compile(
    r"\s*(?:$|[,.;:)]|(?:off|from|in)\s+(?:just\s+|only\s+)?\d+\s+(?:balls|deliveries|overs|minutes)\b|"
    r"(?:not\s+out|before|as|and|with|but|when|while|at|overnight|to\s+(?:help|steer|guide|lead|take|put|give|leave))\b)"
)


def runs_reading(text: str, n: NumberMatch) -> str | None:
    """ "runs (to win)" for a side's target, "runs" for a batsman's score, else None."""
    if n.currency or n.kind != "number" or n.value_max is not None or n.raw != int(n.raw) or not 0 < n.raw < 1000:
        return None
    before = text[max(0, n.start - 50) : n.start]
    if _TARGET_BEFORE.search(before) and _TARGET_AFTER.match(text, n.end):
        return "runs (to win)"
    if n.spelled or not (_SCORED_BEFORE.search(before) and _SCORED_AFTER.match(text, n.end)):
        return None
    # (the sentence's cricket words last: this runs for every English number, and the two tests above are on its
    # neighbours only)
    return "runs" if innings_sentence(text) else None
