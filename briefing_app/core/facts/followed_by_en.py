"""A level after "followed by X at" belongs to X (English).

Rankings in poll, election, league and market copy list the next places with "followed by": "Paul took fourth
place at 10%, followed by Texas Gov. Rick Perry at 8%", "Oxford was top at 12.1%, followed by Cambridge at 10.7%".
The level's own clause has no verb, so it took the subject of the clause before ("Paul", "Oxford"); the name
between "followed by" and "at"/"on"/"with" is whose level it is.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_context import before_qualifier
from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# "followed by" and a name (capitalised words, abbreviated titles with their full stop, a lower-case "of"/"the"
# inside: "the Bank of England", "Texas Gov. Rick Perry"), then "at"/"on"/"with" right before the level.
_FOLLOWED_BY = re.compile(
    r"\bfollowed\s+(?:closely\s+)?by\s+((?:the\s+)?[A-Z][\w'’&-]*\.?(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w'’&-]*\.?){0,5})"
    r"(?:,\s*(?:which|who)\s+[^,]{1,40},)?,?\s+(?:at|on|with)\s+(?:about\s+|around\s+|nearly\s+|just\s+)?$"
)


def followed_by(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level after "followed by X at" X for what it counts."""
    for f, n, text in figure_texts(figures, texts):
        before = before_qualifier(text, n)
        m = _FOLLOWED_BY.search(before[-120:])
        if m is None:
            continue
        name = m.group(1).rstrip(".")
        if name.lower() in (f.counts or "").lower():
            continue
        f.counts = name
