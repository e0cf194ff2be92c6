"""A noun phrase and the place it is in, before a figure: "which takes the average property value in England and
Wales to £163,177" (English).

The reader of a clause's last noun phrase took the place for what the figure counts ("Wales"); the noun before "in"
is what the figure measures, and the place only where.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP
from briefing_app.core.facts.gazetteer import names_a_place

# A lower-case noun phrase, "in", then capitalised words joined by "and", "&" or commas, at the end of the text before
# the figure (past its preposition and currency sign).
_NOUN_IN_PLACE = re.compile(
    r"(?<![\w'’-])((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s+in\s+((?:the\s+)?[A-Z][\w'’.-]*(?:(?:,?\s+(?:and|&)\s+|,\s+|\s+)"
    r"[A-Z][\w'’.-]*){0,4}),?\s+(?:to|at|of|was|is|stood\s+at|reached)?\s*(?:US\$|[$£€])?$"
)


# The sentence's subject, a copula and where it was, then the figure: "The most expensive house sold in July was in
# Knightsbridge, London, at £24.5m", "The cheapest was in Bishop Auckland, Co Durham, for £18,000".
_SUBJECT_WAS_IN = re.compile(
    r"^\W*(?:The|A|An|Its|Their)\s+((?:[\w'’-]+\s+){0,7}?[\w'’-]+)\s+(?:was|were|is|are)\s+in\s+"
    r"((?:the\s+)?[A-Z][\w'’.-]*(?:(?:,?\s+(?:and|&)\s+|,\s+|\s+)[A-Z][\w'’.-]*){0,4}),?\s+(?:at|for)\s*"
    r"(?:US\$|[$£€])?$"
)


def noun_before_place(before: str, subject: str | None) -> str | None:
    """The noun phrase before "in" and a place when `subject` (what was read) is that place, or nothing was read;
    None otherwise."""
    if subject and not subject[:1].isupper():
        return None
    m = _SUBJECT_WAS_IN.search(before) or _NOUN_IN_PLACE.search(before[-160:])
    if m is None or (subject and subject not in m.group(2)):
        return None
    places = [p for p in re.split(r",?\s+(?:and|&)\s+|,\s+", re.sub(r"^the\s+", "", m.group(2))) if p]
    if not any(names_a_place(p) for p in places):
        return None  # (one of them a place the gazetteer knows: "Knightsbridge, London", "Bishop Auckland, Co Durham")
    words = re.sub(r"\s+in\s+[A-Z][\w'’-]*$", "", m.group(1)).split()  # ("house sold in July": not when)
    if any(w.lower() in ("was", "were", "is", "are") for w in words):
        return None
    while words and words[0].lower() in EN_STOP:
        words = words[1:]
    return " ".join(words) or None
