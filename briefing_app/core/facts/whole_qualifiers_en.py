"""A part of a whole whose number carries a qualifier after "of the" (English).

"restored power to nearly 148,000 of the more than 215,000 customers impacted": the part was read as "more",
the qualifier of the whole's number, where "148,000 of the 215,000 customers" reads the customers. The qualifier
between "of the" and the whole's digits is left out of the text after the part, so the part reads the whole's noun
as it does without it (the whole keeps its qualifier, read from the sentence as written).
Used by `counted`.
"""

from __future__ import annotations

import re

_QUALIFIED_WHOLE = re.compile(
    r"^(\s+of\s+(?:the|its|their)\s+)(?:more\s+than|fewer\s+than|less\s+than|nearly|almost|about|around|some|over|"
    r"roughly|approximately|an\s+estimated|at\s+least)\s+(?=\d)",
    re.IGNORECASE,
)


def without_whole_qualifier(rest: str) -> str:
    """The text after a part with the qualifier of its whole's number left out ("of the more than 215,000")."""
    return _QUALIFIED_WHOLE.sub(r"\1", rest, count=1)
