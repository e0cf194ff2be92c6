"""A count restated as a share in an aside before the whole both are of: "2,580, or 27 percent, of those patients
were hospitalized", or before the noun both are: "a $31 million, or 11.59%, increase". The commas around the share
cut the count from its "of"-phrase or its noun, so the reading after the count (and after the share) would find no
noun; without the aside both read the whole or the noun after it. Split out of `counted`, which is past its size.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS

_QUALIFIER = r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?"
# ", or 27 percent," between a count and what follows: the share the count is.
_SHARE_ASIDE = re.compile(rf"^\s*,\s*or\s+{_QUALIFIER}\d[\d.,]*\s*(?:%|percent|per\s+cent)\s*,")
# The count and ", or" before the share itself.
_COUNT_OR = re.compile(rf"\d\s*,\s*or\s+{_QUALIFIER}$")
_SHARE_THEN_COMMA = re.compile(r"^(\s*(?:%|percent|per\s+cent)?)\s*,")
# The mirror: a share restated as a count, "78 percent, or 53 million, of its customers": ", or 53 million," after the
# share, and the share and ", or" before the count.
_COUNT_ASIDE = re.compile(
    rf"^\s*(?:%|percent|per\s+cent)?\s*,\s*or\s+{_QUALIFIER}\d[\d.,]*(?:\s*(?:million|billion|thousand|m|bn))?\s*,"
)
_SHARE_OR = re.compile(rf"\d\s*(?:%|percent|per\s+cent)\s*,\s*or\s+{_QUALIFIER}$")
_COUNT_THEN_COMMA = re.compile(r"^(\s*(?:million|billion|thousand|m|bn)?)\s*,")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)\b")
_NOT_NOUNS = {"which", "while", "when", "who", "whom", "where", "after", "before", "according", "compared", "than",
              "up", "down", "both", "each", "this", "that", "its", "their", "his", "her", "also", "still"}  # fmt: skip


def _whole_next(text: str) -> bool:
    """Whether an "of"-phrase or a noun (no function word, verb or participle) follows."""
    word = _NEXT_WORD.match(text)
    if word is None:
        return False
    w = word.group(1)
    if w == "of":
        return True
    return len(w) >= 3 and not w.endswith("ed") and w not in EN_STOP and w not in EN_VERBS and w not in _NOT_NOUNS


def without_share_aside(before: str, rest: str) -> str:
    """`rest` (the words after an English figure) with a share aside between it and its whole or noun taken out,
    or, for the share itself, the comma after it."""
    aside = _SHARE_ASIDE.match(rest)
    if aside and _whole_next(rest[aside.end() :]):
        rest = rest[aside.end() :]
    aside = _COUNT_ASIDE.match(rest)
    if aside and _whole_next(rest[aside.end() :]):
        rest = rest[aside.end() :]
    if _SHARE_OR.search(before):
        comma = _COUNT_THEN_COMMA.match(rest)
        if comma and _whole_next(rest[comma.end() :]):
            rest = comma.group(1) + rest[comma.end() :]
    if _COUNT_OR.search(before):
        comma = _SHARE_THEN_COMMA.match(rest)
        if comma and _whole_next(rest[comma.end() :]):
            rest = comma.group(1) + rest[comma.end() :]
    return rest
