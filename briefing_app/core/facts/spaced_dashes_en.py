"""A hyphen set between spaces is a dash (English): "three stab wounds in total - one in his eye, one in his chest".

Why: many pages type the dash of an aside or of a list of parts as a spaced hyphen. The figure readers know the
dash ("–", "—") as a clause's edge, and read the parts after it as parts of the whole before it ("four cars – two
in Leeds and two in Bradford"); a spaced hyphen was read as a word joiner, so the part took the words before the
dash ("Police seized four cars") as what it counts. A hyphen between digits stays: "won 2 - 1", "10 - 12 people"
are a score and a range; a pair of spaced hyphens sets off an aside, which the readers already read as one
("The shortfall - which reflects ... - is projected"). The text keeps its length, so every offset into it still
holds.
"""

from __future__ import annotations

import re

_SPACED_HYPHEN = re.compile(r"(?<=[^\d\s]) - (?=[^\d\s])")


def spaced_hyphens_as_dashes(text: str) -> str:
    """`text` with each hyphen between spaces (not between digits) written as an en dash."""
    if len(_SPACED_HYPHEN.findall(text)) != 1:
        return text  # a pair sets off an aside ("The shortfall - which ... - is"), which the readers read as such
    return _SPACED_HYPHEN.sub(" – ", text)
