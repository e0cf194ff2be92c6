"""What a level fronted with "At" counts (English economic copy): "At $8 billion, remittances grew by 12.5% during
the first quarter", "At 4.5%, the jobless rate is the lowest in a decade".

The level opens the sentence before its comma and the clause's subject follows it; the readers found no words before
the figure and read nothing. The level is the subject's: the noun phrase after the comma, up to its verb.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, PRONOUN_STARTS
from briefing_app.core.facts.model import Fact

_AT_START = re.compile(
    r"^\s*At\s+(?:(?:about|around|some|nearly|just|almost|roughly)\s+)?"
    r"(?:US\$|A\$|NZ\$|C\$|[$£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)?$"
)
_THEN_CLAUSE = re.compile(r"\s*(?:%|per\s*cent|percent|billion|million|bn|m|crore|lakh)?\s*,\s+([^,;.]+)")
_DETERMINERS = {"the", "a", "an", "its", "their", "this", "that"}


def fronted_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level in "At N, <subject> <verb> ..." with no reading (or only the subject's start) the subject."""
    for f, number, text in figure_texts(figures, texts):
        if not _AT_START.match(text[: number.start]):
            continue
        m = _THEN_CLAUSE.match(text, number.end)
        if m is None:
            continue
        words: list[str] = []
        for w in m.group(1).split()[:6]:
            if w.lower() in EN_VERBS or (w.lower().endswith("ed") and words):
                break  # the clause's verb: the words before it are its subject
            words.append(w)
        else:
            continue
        while words and words[0].lower() in _DETERMINERS:
            words = words[1:]
        if not words or words[0].lower() in PRONOUN_STARTS | EN_STOP or any(w.lower() in EN_VERBS for w in words):
            continue
        subject = " ".join(words)
        if f.counts and not subject.lower().startswith(f.counts.lower()):
            continue  # read otherwise (a reading of the subject's first word, "tourism", is mended)
        f.counts = subject
