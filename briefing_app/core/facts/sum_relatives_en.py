"""What a sum counts when a relative clause after it says what it is for (English).

"The $100 million that I have announced today for recovery and economic partnerships are going to help ...", "the
£5m which the council set aside for flood defences": the sum opens its sentence's subject and has no noun of its
own; the purpose after "for" inside the relative clause is what it counts. Read only when nothing else was found.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.noun_after import after_phrase

# "that/which" and a short clause (no comma, no other figure) up to "for" or "towards": the purpose after it.
_RELATIVE_FOR = re.compile(
    r"^\s*(?:million|billion|m|bn)?\s+(?:that|which)\s+[^,;:\"“”\d]{2,60}?\s+(?:for|towards?)\s+"
)


def relative_purpose(after: str) -> str | None:
    """The purpose a relative clause right after a sum names ("that I have announced today for | recovery"), or
    None."""
    m = _RELATIVE_FOR.match(after)
    if m is None:
        return None
    return after_phrase(" " + after[m.end() :], "en") or None
