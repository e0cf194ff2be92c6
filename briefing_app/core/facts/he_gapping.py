"""A Hebrew figure in a list whose verb is said once and left out after it, a dash in its place ("הצריכה הפרטית ירדה
ב-43%, צריכת השירותים – ב-80% והתוצר העסקי – ב-33%"): the noun phrase before the dash is what the figure counts."""

from __future__ import annotations

import re

# The conjunct's noun phrase (one to three words, after a comma or "ו", or opening the clause), the dash, and the
# preposition of the step ("ב-", "כ-", "ל-") before the figure.
_GAPPED = re.compile(
    r"(?:^|,\s*|(?<=\s)ו|\sו)([\u05d0-\u05ea\"'״׳-]+(?:\s+[\u05d0-\u05ea\"'״׳-]+){0,2})\s+[–—-]\s+(?:[בכל]-?)?$"
)


def he_gapped_subject(before: str) -> str | None:
    """The noun phrase a dash stands after in place of a verb said earlier in the sentence, right before a Hebrew
    figure; None when no earlier verb was said (a comma must part this conjunct from the clause before)."""
    m = _GAPPED.search(before)
    if m is None or "," not in before[: m.start() + 1]:
        return None
    return m.group(1)
