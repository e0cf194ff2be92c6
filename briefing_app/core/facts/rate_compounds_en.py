"""What a rate counts when it is written before its noun with "per" or "a" and a unit, spaced (English prices,
wages and levies): "The new $6.75 per kgMS mid-point", "a $15 per hour minimum wage", "a new 5p per litre levy on
fuel", "its revised $6.25 to $7.75 per kgMS range".

`per_share_compounds` reads the hyphened "a $5-a-share offer"; spaced, the readers took the word before the figure
("new", "revised") or the clause's subject ("council"). Written between an article or an adjective and a noun, the
rate describes that noun, which it counts, per its unit. A preposition or a verb before the figure ("rose to $85 a
barrel yesterday") is no such place, and a time word after the unit is no noun.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, RATE_WORDS, TIME_WORDS
from briefing_app.core.facts.model import Fact

_UNITS = r"(?:kgMS|kg|kWh|MWh|lb|oz|sq\s?ft|" + "|".join(sorted(RATE_WORDS - {"time"}, key=len, reverse=True)) + ")"
_RATE_THEN_NOUN = re.compile(
    rf"\s*(?:pence|p|cents?|c)?\s+(?:per|a|an)\s+({_UNITS})\s+((?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:from|for|of|by|to|in|on|at|that|which|and|was|is|were|are|has|had|would|will|with|"
    r"announced|set|range)\b)"
)
_SIGN_BEFORE = re.compile(r"(?:US\$|A\$|NZ\$|C\$|[$£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)?$")
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "new"}
_COMPARATIVES = {"higher", "lower", "more", "less", "bigger", "smaller", "cheaper", "dearer", "up", "down"}


def rate_compounds(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a rate written "N per <unit>" between an article or an adjective and a noun that noun, per its unit."""
    for f, number, text in figure_texts(figures, texts):
        m = _RATE_THEN_NOUN.match(text, number.end)
        if m is None:
            continue
        unit, noun = m.group(1), m.group(2)
        words = noun.split()
        if words[0] in EN_STOP | EN_VERBS | TIME_WORDS or words[-1] in EN_STOP | EN_VERBS | TIME_WORDS:
            continue
        if any(w in {"last", "next", "this", "earlier", "later", "ago", "overnight"} for w in words):
            continue  # "$85 a barrel last week": when, no noun
        if any(w.endswith(("ing", "ly")) or w in _COMPARATIVES for w in words):
            continue  # "earns $15 per hour working at ...": a clause, no noun
        lead = text[: number.start]
        sign = _SIGN_BEFORE.search(lead)
        lead = lead[: sign.start()].rstrip() if sign else lead.rstrip()
        before = lead.split()[-1].lower() if lead.split() else ""
        if before not in _DETERMINERS and not (before.endswith("ed") and before not in EN_STOP | EN_VERBS):
            continue  # "rose to $85 a barrel", "with taxes £41bn a year higher": a level or an object, no noun after
        f.counts = f"{noun} (per {unit})"
