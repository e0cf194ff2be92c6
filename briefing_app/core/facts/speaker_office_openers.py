"""A sentence before a quote whose subject is an office and no name: "The Taoiseach also confirmed that he had spoken
to finance minister Michael Noonan .... "I'm very happy with Michael Noonan ...," he said." The pronoun is the
office's holder (named before with that role, or further back), never the one the sentence names after its verb."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.roles import is_role_noun

# "The Taoiseach also confirmed", "But the minister said", "The prime minister has insisted": "the", up to two words
# of the office and a finite verb.
_OFFICE_OPENING = re.compile(
    r"\W*(?:(?:But|And|Yet|However|Meanwhile|Later|Earlier),?\s+)?[Tt]he\s+((?:[A-Za-z-]{3,}\s+)??"
    r"(?!(?:also|then|later|again|has|had|have|was|is)\b)([A-Za-z-]{3,}))\s+"
    r"(?:(?:also|then|later|again|has|had|have|was|is)\s+)?(said|told|[a-z]{3,}(?:ed|s))\b"
)


def office_opening(text: str) -> str | None:
    """The office (its last word, lower case: "taoiseach", "minister") that opens `text` as the subject of its
    verb; None when the sentence opens otherwise or the noun is no office ("The company said", "The crowd cheered")."""
    m = _OFFICE_OPENING.match(text)
    if m is None:
        return None
    head = m.group(2)
    if head[:1].isupper() and not is_title(head):
        return None  # "The Guardian reported": a name
    return head.lower() if is_role_noun(head.lower()) or is_title(head) else None
