"""The subject of "to be" before a level in "units" (English housing and sales copy): "CHMC says the annual pace of
housing starts excluding Kelowna was 281,389 units", "The six-month moving average of the monthly seasonally
adjusted annual rates of housing starts was 244,963 units". Read by `unit_levels_en`, for which "units" alone names
nothing: the whole noun phrase from the clause's start (after "says", "said that") to the verb, however long, since
what it counts ("housing starts") is often its last "of" phrase."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, PRONOUN_STARTS

_CLAUSE_START = re.compile(r"(?:^|[;:]\s+|,\s+|\b(?:says|said|say|showed|shows)\s+(?:that\s+)?)")
_DETERMINERS = {"the", "a", "an", "its", "their", "this", "that", "these", "those"}


def copula_subject(before: str) -> str | None:
    """The noun phrase between the clause's start and the "was"/"were" at the end of `before`, if it is one."""
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    words = before[starts[-1] if starts else 0 :].split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or len(words) > 16 or words[0].lower() in PRONOUN_STARTS | EN_STOP:
        return None
    # (a capitalised word inside is a name, not a verb: "during May 2023")
    if words[-1].lower() in EN_STOP or any(w.lower() in EN_VERBS and w[:1].islower() for w in words):
        return None  # a clause, or a phrase cut short
    return " ".join(words)
