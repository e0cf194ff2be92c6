"""People a sentence names only as examples in a list ("nearly every winner – including fellow stars Ann Roe and
Kim Lee – has gone on to ...", "rivals such as Ann Roe"): they are spoken of, not the subject the sentence is about,
and no antecedent for the next quote's "she said" nor for a quote paragraph with no attribution. The speaker quoted
before the sentence goes on."""

from __future__ import annotations

import re

__all__ = ["named_only_as_examples"]

# The words opening a list of examples, then anything up to the name that closes no phrase (no stop, colon,
# semicolon, dash or bracket between: "including fellow Swiss stars Ann Roe and").
_EXAMPLES = re.compile(
    r"\b(?:including|such\s+as|among\s+them|notably|inkl\.|herunder|blandt\s+andre|bl\.\s?a\.)\s+[^.;:–—()\"“”]*$"
)


def named_only_as_examples(text: str, key: str) -> bool:
    """Whether every place `key` stands in `text` is inside a list of examples opened by "including" or "such as"
    (Latin script only)."""
    if not key or re.search(r"[\u0590-\u06ff]", text):
        return False
    places = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text)]
    return bool(places) and all(_EXAMPLES.search(text[:at]) is not None for at in places)
