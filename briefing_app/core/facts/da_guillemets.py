"""Danish quotes in guillemets set off by spaces ("» Vi har undersøgt sagen, « siger politiinspektør X"), as
print pages put online write them: the marks are drawn tight to the words they enclose, so that the quote finder,
which reads »...« with the marks against the words, finds the quote and its speaker after the closing mark."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import SourceSentence

# An opening » at a paragraph's or clause's start followed by one space and a word; a closing « after a word or
# a stop, one space before it, and a space, a stop or the end after it.
_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(:–-]))» (?=[\w])")
_CLOSING = re.compile(r"(?<=[\w.,!?…]) «(?=\s|[.,]|$)")


def tight_guillemets(sentences: Sequence[SourceSentence]) -> list[SourceSentence] | None:
    """The sentences with spaced »...« drawn tight, or None when no sentence has them (the text stays as it is)."""
    out: list[SourceSentence] = []
    changed = False
    for s in sentences:
        text = _CLOSING.sub("«", _OPENING.sub("»", s.text))
        changed = changed or text != s.text
        out.append(SourceSentence(s.index, s.paragraph, text) if text != s.text else s)
    return out if changed else None
