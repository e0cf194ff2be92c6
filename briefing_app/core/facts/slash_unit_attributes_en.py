"""A price per unit written against a slash and set before a noun counts that noun: "Fonterra has forecast a
$6.50/kg milk price", "Miraka has a $6.30 to $6.60/kg forecast range", "a €95/MWh wholesale price" (commodity and
farm copy). The readings before took the clause's subject ("Fonterra"); the sum is an adjective of the noun after
its unit, as in "a $5-a-share offer".

Only after an article or a possessive (the sum opens a noun phrase), with one to three lower-case words after the
unit up to a preposition, a conjunction or punctuation.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_OPENS_PHRASE = re.compile(r"\b(?:an?|the|its|their|his|her|our)\s+(?:US|NZ|A|C)?[$£€]\s*$", re.IGNORECASE)
_UNIT_THEN_NOUN = re.compile(
    r"\s*/\s*[A-Za-z]{1,6}\.?\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:for|in|on|at|from|to|and|or|but|up|down|this|that|after|before|which|with|by|"
    r"was|is|were|are|has|had|will|would)\b)"
)
_NOT_NOUNS = {"for", "in", "on", "at", "from", "to", "and", "or", "the", "a", "an", "this", "that", "last", "next"}


def slash_unit_attributes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give "a $6.50/kg milk price" the noun after the unit."""
    for f, number, text in figure_texts(figures, texts, money=True):
        if not _OPENS_PHRASE.search(text[: number.start]):
            continue
        noun = _UNIT_THEN_NOUN.match(text, number.end)
        if noun is None or noun.group(1).split()[0].lower() in _NOT_NOUNS:
            continue
        if noun.group(1).split()[-1].lower() in (f.counts or "").lower():
            continue
        f.counts = noun.group(1)
