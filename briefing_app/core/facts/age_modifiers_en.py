"""An age modifier inside a subject, which hides the subject from the reader of the clause before a figure
(English).

"Applications from students aged 18 and 19 are down by about seven per cent": the reader of the subject stops at
the ages' digits (a number ends a clause for it) and found no subject, so the last noun, "students", was taken.
"aged 18 and 19", "aged between 16 and 24", "aged 65 and over" describe a noun of the subject; left out, the
subject reads "Applications from students". Used by `subject_before`.
"""

from __future__ import annotations

import re

_AGED = re.compile(
    r"\s+aged\s+(?:between\s+|under\s+|over\s+)?\d{1,3}(?:\s*(?:and|or|to|-|–)\s*\d{1,3})?"
    r"(?:\s+(?:and|or)\s+(?:over|older|under|above|younger))?(?=\s)",
    re.IGNORECASE,
)


def without_age_modifier(before: str) -> str:
    """The text before a figure with the age modifiers of its nouns left out ("students aged 18 and 19")."""
    return _AGED.sub("", before)
