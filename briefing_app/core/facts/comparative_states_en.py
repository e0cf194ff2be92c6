"""A figure between a noun and a comparative, in an absolute clause or after a verb of showing: "with taxes
£41billion a year higher", "ended the year with sales 5% higher", "left prices 3% down on a year ago" (English).

The noun right before the figure is what changed by it; read alone the figure took the comparative ("higher") or the
clause's subject. Only with "with", "leaving"/"left", or a verb of showing right before the noun, and only a plain
noun phrase (no verb, function word or name).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, PRONOUNS

_NOUN_BEFORE = re.compile(
    r"\b(?:with|leaving|left|leaves|shows?|showed|showing|sees|saw|seeing)\s+(?:the\s+|its\s+|their\s+)?"
    r"((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?"
    r"(?:US\$|[$£€])?$"
)
_COMPARATIVE_AFTER = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b)?(?:\s+(?:a|per|each)\s+(?:year|month|week|day|quarter))?\s+"
    # ("with only 327 more votes than": "more" before a noun counts that noun, no comparative of a state)
    r"(?:higher|lower|up|down|better|worse|cheaper|dearer|(?:more|less)(?=\s+than\b|\s*[,.;)]|\s*$))\b"
)
# Adverbs before a figure, no noun of what changed: "with only 327 more votes", "leaving just 5% higher".
_ADVERBS = {"only", "just", "still", "even", "also", "already", "nearly", "almost", "roughly", "merely"}


def noun_before_comparative(before: str, rest: str) -> str | None:
    """The noun that changed by the figure ("taxes" in "with taxes £41billion a year higher"), else None (`before`,
    `rest`: the sentence either side of the figure, its unit still in `rest`)."""
    if not _COMPARATIVE_AFTER.match(re.sub(r"^\s*(?:bn|m|billion|million|trillion)\b", "", rest)):
        return None
    tail = before[-80:]
    m = _NOUN_BEFORE.search(tail)
    while m is not None:
        words = m.group(1).split()
        if not any(w.lower() in EN_STOP or w.lower() in EN_VERBS or w.lower() in PRONOUNS or w.lower() in _ADVERBS
                   for w in words):
            return " ".join(words)
        # (the nearest trigger is the one: "leaves the town | with taxes £41billion a year higher")
        m = _NOUN_BEFORE.search(tail, m.start() + 1)
    return None
