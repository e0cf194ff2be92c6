"""What a power rating counts when it stands before a plural noun with no article (English energy copy): "powered by
100 Vestas 2.2MW turbines", "it uses 2 MW turbines", "the firm builds 50MW solar farms".

A rating before its noun is a compound modifier ("a 2MW turbine" is read so already); a plural after it, with no
article to mark the compound, left the readers taking the clause's subject ("farm uses"). A rating in watts
followed by its unit and a plural noun rates that noun (and a noun before it: "solar farms").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, unit_after
from briefing_app.core.facts.model import Fact

_POWER = {"megawatts", "gigawatts", "kilowatts", "terawatts", "watts", "megawatt hours", "gigawatt hours",
          "kilowatt hours", "MWh", "GWh", "kWh"}  # fmt: skip
# The rated noun after the unit: up to two lower-case words, the last a plural ("turbines", "solar farms").
_RATED = re.compile(r"[\s-]*((?:[a-z][a-z-]+\s+)?[a-z][a-z-]+s)\b(?!['’])")


def rated_things(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a power rating before a bare plural noun that noun."""
    for f, number, text in figure_texts(figures, texts):
        if f.unit not in _POWER:
            continue
        rest = text[number.end :]
        span = unit_after(rest, "en")[1]
        rated = _RATED.match(rest, span) if span else None
        if rated is None:
            continue
        words = rated.group(1).split()
        if any(w in EN_STOP or w in ("is", "was", "has", "its", "this") for w in words):
            continue
        if words[-1] not in (f.counts or "").split():
            f.counts = " ".join(words)
