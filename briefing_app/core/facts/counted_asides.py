"""A count restated as a share in an aside before the whole both are of: "2,580, or 27 percent, of those patients
were hospitalized". The commas around the share cut the count from its "of"-phrase, so the reading after the
count (and after the share) would find no noun; without the aside both read the whole after it. Split out of
`counted`, which is past its size.
"""

from __future__ import annotations

import re

_QUALIFIER = r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?"
# ", or 27 percent," between a count and "of": the share the count is of the whole.
_SHARE_ASIDE = re.compile(rf"^\s*,\s*or\s+{_QUALIFIER}\d[\d.,]*\s*(?:%|percent|per\s+cent)\s*,(?=\s+of\s)")
# The count and ", or" before the share itself.
_COUNT_OR = re.compile(rf"\d\s*,\s*or\s+{_QUALIFIER}$")
_SHARE_THEN_COMMA = re.compile(r"^(\s*(?:%|percent|per\s+cent)?)\s*,(?=\s+of\s)")


def without_share_aside(before: str, rest: str) -> str:
    """`rest` (the words after an English figure) with a share aside between it and its whole taken out, or, for
    the share itself, the comma after it."""
    rest = _SHARE_ASIDE.sub("", rest)
    if _COUNT_OR.search(before):
        rest = _SHARE_THEN_COMMA.sub(r"\1", rest)
    return rest
