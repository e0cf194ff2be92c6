"""What a bare gap in a table counts: "moved on to 74 points from 30 games, four clear of Liverpool", "sixth with
50 points from 32 matches, one ahead of Manchester United".

The gap has no noun of its own; the readings before gave it the noun of the figure right before it ("games",
"matches"), which is the number of games played, not the standing. A gap to a rival ("clear of", "ahead of",
"behind", "adrift of", "short of") is in the unit of the standing: the figure of the sentence nearest before it
whose noun is not introduced by "from"/"in"/"after"/"of" (the games it took). The gap keeps whom it is measured
against.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_GAP = re.compile(
    r"\s+(clear|ahead|behind|adrift|short|off\s+the\s+pace|better\s+off|worse\s+off)\b"
    r"(?:\s+(?:of|on)\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*|the\s+[a-z]+\s+[a-z]+))?"
)
# A figure that counts the games a standing took, not the standing: "from 30 games", "in 14 matches".
_DENOMINATOR = re.compile(r"\b(?:from|in|after|of|over)\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
# A figure of the games still to play is no standing either: "on 34 points with three games to play, six ahead of".
_STILL_TO_PLAY = re.compile(
    r"\s+(?:more\s+)?(?:games?|matches|fixtures|rounds|races)\s+(?:to\s+play|left|remaining|to\s+go|in\s+hand)\b"
)
_STANDING_NOUNS = {"points", "pts", "goals", "seats", "votes", "strokes", "shots", "runs", "wins", "lengths",
                   "places", "games", "matches", "laps"}  # fmt: skip


def standing_gaps(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a bare gap to a rival the unit of the standing told earlier in its sentence."""
    for k, f in enumerate(figures):
        if f.kind != "figure" or f.number is None or f.unit is not None or f.sentence not in texts:
            continue
        text = texts[f.sentence]
        gap = _GAP.match(text[f.number.end :])
        if gap is None:
            continue
        earlier = [
            g
            for g in figures[:k]
            if g.sentence == f.sentence
            and g.number is not None
            and g.counts
            and g.number.end <= f.number.start
            and not _DENOMINATOR.search(text[: g.number.start])
            and not _STILL_TO_PLAY.match(text[g.number.end :])
        ]
        standing = next((g for g in reversed(earlier) if (g.counts or "x").split()[0].lower() in _STANDING_NOUNS), None)
        if standing is None or not standing.counts:
            continue
        noun = standing.counts.split()[0]
        if (f.counts or "").split()[:1] == [noun]:
            continue
        # (the sentence's full stop after a name is no part of it: "six ahead of Bournemouth.")
        named = re.sub(r"(?<=[a-z])\.$", "", gap.group(2)) if gap.group(2) else None
        rival = f"{gap.group(1)} of {named}" if named else gap.group(1)
        f.counts = f"{noun} ({rival})"
