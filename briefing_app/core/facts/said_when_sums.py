"""A sum told in a "that"-clause after a verb of saying and its day: "The Government said on Sunday that £13bn would
be spent on building hospitals", "The council announced last week that £2m will be invested in new roads". The
reading before the figure stops at the day, so the sum counted "Sunday"; a day or a month is never what a sum
counts, nor the verb of saying ("announced week"). What the sum pays for is what the passive after it says:
"spent on building hospitals"."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_TIME_WORDS = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|today|yesterday|week|month|year|night|morning|evening|afternoon"
)
# The verb of saying, its day, and "that" right before the figure (its sign or a qualifier may sit between).
_SAID_WHEN = re.compile(
    r"\b(?:said|says|announced|confirmed|revealed|disclosed|estimated|reported|stated|told\s+\w+)\s+"
    rf"(?:on\s+|last\s+|this\s+|earlier\s+this\s+)?(?:{_TIME_WORDS})(?:\s+\d{{1,2}})?\s+(?:that\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|up\s+to\s+)?\W{0,3}$",
    re.IGNORECASE,
)
# What the sum is: the passive after it, with the phrase it pays for ("would be spent on X", "was invested in X").
_PASSIVE_USE = re.compile(
    r"^\S*\s+(?:(?:will|would|could|should|may|might|is\s+to|are\s+to)\s+be|(?:has|have|had)\s+been|was|were|is|are)"
    r"\s+(?:also\s+)?([a-z]{3,}(?:ed|en|nt|id|st|wn)\s+(?:on|in|for|to|towards?|into)\s+[^,.;:]{2,80})"
)


def said_when_sums(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a sum that counted the day of the verb of saying before it what the passive after it pays for."""
    for f, n, text in figure_texts(figures, texts, money=True):
        if not f.counts:
            continue
        said = _SAID_WHEN.search(text[: n.start])
        if said is None:
            continue
        words = re.findall(r"[\w'’-]+", f.counts.split(" (")[0])
        if not words or not all(w in said.group(0).split() for w in words):
            continue  # (a reading of its own: "said on Sunday that 40 staff had left" counts the staff)
        use = _PASSIVE_USE.match(text[n.end :])
        words = use.group(1).split() if use else []
        f.counts = " ".join(words[:8]) if words else None
