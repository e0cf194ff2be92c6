"""What a sum with no noun of its own counts, from the clause after it (English); read only when nothing else was
found.

- A relative clause that says what it is for: "The $100 million that I have announced today for recovery and
  economic partnerships are going to help ...", "the £5m which the council set aside for flood defences": the
  purpose after "for".
- A passive the sum is the subject of: "approximately £49,000 was hidden in a safe in the loft", "$2m was stolen
  from the account": what was done to it, and where.
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


# The sum as the subject of a passive: "was hidden | in a safe in the loft", "were stolen | from the account".
_PASSIVE = re.compile(
    r"^\s*(?:million|billion|m|bn)?\s+(?:was|were|had\s+been|has\s+been|have\s+been|will\s+be|is\s+being)\s+"
    r"(?:(?:also|then|later|allegedly|reportedly)\s+)?"
    r"((?:[a-z]+ed|stolen|hidden|spent|paid|lost|taken|found|given|held|kept|sent|set\s+aside|laid\s+out)"
    r"(?:\s+(?:in|on|from|to|into|for|off|out|at|inside|under)(?:\s+(?!but\b)[a-z][\w'’-]*){1,7})?)"
)


def passive_of_sum(after: str) -> str | None:
    """What was done to a sum that is the subject of a passive right after it ("was hidden in a safe in the
    loft"), with where or how; None when the sum heads no passive."""
    m = _PASSIVE.match(after)
    # (not a joining word the word count cut the phrase at: "to faith-based and community hospitals and")
    return re.sub(r"(?:\s+(?:and|or|the|a|an|of))+$", "", m.group(1)) if m else None
