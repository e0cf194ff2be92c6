"""A bare television audience (English): "The hour-long special peaked at 14 million", "The Big Night was watched by
6.1 million". BBC entertainment copy gives a programme's ratings with no noun after the number; read alone, the figure
counted the programme. It counts viewers, of that programme. Only a bare count in the hundreds of thousands or more,
ended by a mark or a phrase of when or where; "peaked at", "drew" and "attracted" only in a sentence of television (a
programme's word, a channel, viewers or a share), so "Unemployment peaked at 3 million" keeps its reading.
Used by `figures`, for English only.
"""

from __future__ import annotations

import re

# Watched or seen by: whoever watches a programme is its viewers, in any sentence.
_WATCHED_BY = re.compile(
    r"\b(?:was|were|been|being)\s+(?:watched|seen|viewed)\s+by\s+(?:an?\s+(?:average|peak)\s+of\s+)?"
    r"(?:(?:about|around|almost|nearly|just|over|some|more\s+than|fewer\s+than|less\s+than)\s+)?$"
)
# A level an audience reached: "peaked at", "drew", "pulled in", "attracted".
_PEAKED = re.compile(
    r"\b(?:peaked|peaking|peaks)\s+(?:at|with)\s+(?:(?:about|around|almost|nearly|just|over|more\s+than)\s+)?$|"
    r"\b(?:drew|draws|attracted|attracts|pulled\s+in|pulls\s+in)\s+(?:(?:about|around|almost|nearly|just|over|"
    r"more\s+than|an\s+average\s+of|a\s+peak\s+of)\s+)?$"
)
# A sentence of television.
_TELEVISION = re.compile(
    r"\b(?:viewers|audiences?|ratings|(?:audience\s+)?share|special|show|episode|programme|series|soap|sitcom|drama|"
    r"documentary|broadcast|BBC|ITV\d?|Channel\s+(?:4|Five|5)|Sky\s+One|channel)\b"
)
# What may follow a bare audience: a mark or the end, or a phrase of when or where ("in its final 15 minutes",
# "on BBC One", "at its peak").
_BARE_END = re.compile(r"\s*(?:[,.;:)]|$|(?:in|on|at|for|during|when|as|across|between|from|over|against)\b)")


def audience_counts(text: str, start: int, end: int, value: float, unit: str | None, counts: str | None) -> str | None:
    """"viewers (programme)" for a bare count of an audience; otherwise `counts` unchanged."""
    if unit is not None or value < 100_000 or (counts and "viewer" in counts.lower()):
        return counts
    if not _BARE_END.match(text, end):
        return counts  # "watched by 2,000 fans": the noun after says who
    before = text[:start]
    if not (_WATCHED_BY.search(before[-60:]) or (_PEAKED.search(before[-40:]) and _TELEVISION.search(text))):
        return counts
    if counts and re.search(r"\b(?:audience|share|ratings)\b", counts, re.IGNORECASE):
        return counts  # "drew an average audience of 11.6 million": already the audience
    return f"viewers ({counts})" if counts else "viewers"
