"""A subordinator opening an English sentence is no subject of the figure after it (English).

"Although 30% said they strongly support their candidate, ...", "Even though 80% of those polled live in
Republican districts, ...": the reader of a subject before a figure took the capitalised subordinator ("Although")
for what the share counts, or kept it beside the reading ("those polled (Even though)"). Blanked (same offsets),
the figure opens its clause and reads what its clause says ("said they strongly support their candidate").
"""

from __future__ import annotations

import re

_OPENING = re.compile(
    r"^(\W*)((?:Even\s+though|Even\s+if|Although|Though|Whereas|While|Because|Since|Unless|Once|If|When|Whenever|"
    r"As|After|Before|Until)\s+)(?=(?:(?:about|around|nearly|almost|some|only|just|over|more\s+than|at\s+least)\s+)?"
    r"[$£€]?\d)"
)


def without_opening_subordinator(text: str) -> str:
    """The sentence with a subordinator that opens it right before a figure blanked (as spaces, offsets kept)."""
    m = _OPENING.match(text)
    return text if m is None else m.group(1) + " " * len(m.group(2)) + text[m.end() :]
