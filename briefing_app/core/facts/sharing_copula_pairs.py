"""Two results told as a pair with no "respectively" (English business pages): "Revenue and profit were $4 billion
and $1 billion", "Net income and diluted earnings per share for the quarter were 5.11 billion dollars and 60 cents
per share". The two nouns of the subject and the two figures after the copula pair in order; read alone, both figures
counted the noun next to the verb ("profit", "diluted earnings").
Run on one sentence's figures after they have shared their readings (`sharing`).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_COPULA = re.compile(
    r"\b(?:were|are|was|stood\s+at|came\s+(?:in\s+)?at|totalled|totaled|reached)\s+(?:(?:up|down)\s+(?:by\s+)?)?"
    r"(?:US|C|A)?[$£€]?\s*$"
)
# A time or scope complement after the pair, before the verb: "for the quarter", "in the period", "last year".
_SCOPE = re.compile(r"\s+(?:(?:for|in|during|over)\s+(?:the|this|last|its|their)\s+[\w-]+(?:\s+[\w-]+)?|last\s+year)$")
# The pair: a noun of up to three words and one of up to four, at the start of the clause.
_PAIRED = re.compile(
    r"(?:^|[,;:]\s+|\b(?:the|its|their|The|Its|Their)\s+)"
    r"([A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+and\s+([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})$"
)
_JOINED = re.compile(r"^\s*(?:dollars|euros|pounds|yen|percent|per\s+cent|%)?\s*(?:,\s*)?and\s+(?:US|C|A)?[$£€]?\s*$")


def share_copula_pairs(facts: list[Fact], text: str) -> None:
    """Pair two figures joined by "and" after a copula with the two nouns joined by "and" before it."""
    for first, second in zip(facts, facts[1:], strict=False):
        if first.number is None or second.number is None:
            continue
        copula = _COPULA.search(text[: first.number.start])
        if not copula or not _JOINED.match(text[first.number.end : second.number.start]):
            continue
        subject = _SCOPE.sub("", text[: copula.start()].rstrip())
        pair = _PAIRED.search(subject)
        if not pair:
            continue
        members = [pair.group(1), pair.group(2)]
        said = {w.lower() for m in members for w in m.split()}
        for member, f in zip(members, (first, second), strict=True):
            own = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", f.counts or "")}
            if own <= said | {"per", "share"}:  # a reading taken from the pair, not a noun of its own
                f.counts = member
