"""An adverb of scope between a figure and its verb says where, not what (English).

"42% statewide oppose the law, 38% support": the reading after a share runs from its verb ("oppose the law"); an
adverb of the poll's scope right after the number ("statewide", "nationwide", "overall") stopped it, and the
share read nothing. The adverb is set aside before the words after the figure are read.
"""

from __future__ import annotations

import re

# A scope adverb right after the figure, a lower-case verb or noun after it.
_SCOPE = re.compile(
    r"^(\s*(?:%|percent|per\s+cent)?)\s+(?:statewide|nationwide|countrywide|worldwide|citywide|province-wide|"
    r"overall|nationally|globally|locally|altogether)\b(?=\s+[a-z])",
    re.IGNORECASE,
)


def without_scope_adverb(rest: str) -> str:
    """The words after a figure without an adverb of scope that opens them ("% statewide | oppose the law")."""
    return _SCOPE.sub(r"\1", rest, count=1)
