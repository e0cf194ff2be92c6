"""A paragraph that opens with only a name (with its title, a dateline before it, a party or district in brackets
after it) and then a quote, with no verb of saying: a compilation of statements labels each by its author
("KESSBY — Assemblyman Tom Weller (D-Kessby) “Today is a sad day ...”"). The name is the quote's speaker."""

from __future__ import annotations

import re

# An optional dateline ("KESSBY —"), then two to eight capitalised words (initials and "of"/"the" inside a title
# allowed), then an optional bracket, and nothing else before the quote's opening mark.
_LABEL = re.compile(
    r"(?:[A-Z][A-Z .,'’-]{1,40}\s+[—–-]\s+)?"
    r"((?:[A-Z][\w.'’-]*\s+(?:(?:of|the|for)\s+)?){1,7}[A-Z][\w'’-]+)"
    r"(?:\s*\([^()]{1,40}\))?\s*$"
)


def verbless_label(lead: str) -> str | None:
    """The name (with its title) that is all a paragraph writes before its first quote mark, else None."""
    found = _LABEL.fullmatch(lead.strip())
    if found is None or len(found.group(1).split()) < 2:
        return None
    return found.group(1)
