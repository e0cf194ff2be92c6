"""A Hebrew list whose items each name their place or category before the figure ("נרשמו עליות מחירים בירושלים
בשיעור של 1.5%, בתל אביב 1.2%, בצפון ובדרום 0.5% כל אחד, ובמחוז המרכז 0.3%"): a figure after a comma and such a
label counts what its label names, not the first item's reading, which the list's later figures used to share."""

from __future__ import annotations

import re

_WORD = r"[\u05d0-\u05ea\"״'׳]+"
# Between two figures: the first one's percent sign (and "each"), a comma, "and", the prefix ב, one to three words.
_LABEL_GAP = re.compile(
    rf"\s*%?\s*(?:כל\s+אחד|כל\s+אחת|בהתאמה)?\s*[,;]\s*ו?ב-?({_WORD}(?:\s+ו?{_WORD}){{0,2}})\s+(?:ב-?|כ-?|של\s+)?"
)
_NOT_LABELS = {"שיעור", "היקף", "סך", "סכום", "שנת", "שנה", "חודש", "רבעון"}


def he_list_label(gap: str) -> str | None:
    """The label of a list item between a figure and the next (the words after "ב"), or None."""
    m = _LABEL_GAP.fullmatch(gap)
    if m is None or m.group(1).split()[0] in _NOT_LABELS:
        return None
    return m.group(1)
