"""Hebrew "further" before a verb with no subject: 'עוד התייחס להתעכבות הטיסה: "..."', 'עוד אמרה כי "..."' (he
further spoke of, she also said). News copy writes it right after a quote to let the same speaker go on, so the
quote is the one just quoted's, not the last person the narration named ('X שוחח עם Y ו-Z ... "...", חשף X.
עוד התייחס ל...: "..."' is X's, not Z's)."""

from __future__ import annotations

import re

# "עוד" (further) opening the sentence (with "ו" glued on), then a verb: no subject, no name before the quote.
_FURTHER_VERB = re.compile(r"^\W*ו?עוד\s+[\u05d0-\u05ea]{3,}(?:\s|:|$)")


def he_further_said(lead: str) -> bool:
    """Whether the sentence's words before the quote open with "עוד" and a verb ("עוד התייחס ל...:")."""
    return _FURTHER_VERB.match(lead) is not None
