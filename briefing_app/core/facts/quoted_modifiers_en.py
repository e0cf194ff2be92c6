"""A modifier in quote marks between a figure and its noun is part of the noun phrase (English).

"150kg of \"phenomenally pure\" cocaine", "200 tonnes of 'premium' rice", "12 \"ghost\" employees": a writer quotes
a word or two of someone's description inside the phrase the figure counts. The quote marks stopped the noun phrase
reader, and the figure took the sentence's subject ("police", "gang"). The marks are dropped before the words after
the figure are read; a quote that is a clause of its own (a capital, a verb after it) is left as it is.
"""

from __future__ import annotations

import re

# Right after the figure (over its unit, "of" and up to two lower-case words): a quoted run of at most four
# lower-case words, then a lower-case word or the clause's end ("1.16 million preventable \"patient safety
# incidents\" occurred": the quoted words are the head itself).
_QUOTED_MODIFIER = re.compile(
    r"^(\s+(?:of\s+)?(?:[a-z][a-z-]*\s+){0,2})[\"“‘']([a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3})[\"”’'](?=\s+[a-z]|[,.;:]|$)"
)


def without_quoted_modifier(rest: str) -> str:
    """The words after a figure without the quote marks of a modifier before its noun ("of | pure cocaine")."""
    return _QUOTED_MODIFIER.sub(r"\1\2", rest, count=1)
