"""A hyphen set between spaces is a dash (English): "three stab wounds in total - one in his eye, one in his chest".

Why: many pages type the dash of an aside or of a list of parts as a spaced hyphen. The figure readers know the
dash ("–", "—") as a clause's edge, and read the parts after it as parts of the whole before it ("four cars – two
in Leeds and two in Bradford"); a spaced hyphen was read as a word joiner, so the part took the words before the
dash ("Police seized four cars") as what it counts. A hyphen between digits stays: "won 2 - 1", "10 - 12 people"
are a score and a range. The text keeps its length, so every offset into it still holds.
"""

from __future__ import annotations

import re

_SPACED_HYPHEN = re.compile(r"(?<=[^\d\s]) - (?=[^\d\s])")


def spaced_hyphens_as_dashes(text: str) -> str:
    """`text` with each hyphen between spaces (not between digits) written as an en dash."""
    return _SPACED_HYPHEN.sub(" – ", text) if " - " in text else text
