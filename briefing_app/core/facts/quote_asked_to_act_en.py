"""Quoted words that name whom a request is made of are no speech (English).

'She asked "people who understand the severity of such crimes" to join her', 'The mayor urged "every resident who
can leave" to do so': the marks hold the object of a verb of asking, and an infinitive after the closing mark says
what they are asked to do. The quote readers took the words after the verb of saying ("asked") for her speech.
"""

from __future__ import annotations

import re

# A verb of asking or urging (and "called on", "appealed to") right before the opening mark.
_ASKING = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|urg(?:es|ed|ing|e)|call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+to|invit(?:es|ed|ing|e)|"
    r"encourag(?:es|ed|ing|e)|beg(?:s|ged|ging)?|implor(?:es|ed|ing|e)|told|tell(?:s|ing)?)\s*[\"“]?\s*$",
    re.IGNORECASE,
)
# An infinitive right after the closing mark: "to join her", "to do so".
_TO_ACT = re.compile(r"^[\"”]?\s*to\s+[a-z]+")


def asked_to_act(before: str, quoted: str, after: str) -> bool:
    """Whether the quoted words (lower case, no end of a sentence inside) stand between a verb of asking and an
    infinitive: the ones asked, not the asker's words."""
    if not quoted[:1].islower() or re.search(r"[.!?]\W*$", quoted):
        return False
    return _ASKING.search(before) is not None and _TO_ACT.match(after) is not None
