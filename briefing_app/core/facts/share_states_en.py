"""A share in an absolute phrase of state: "With the fire 30 percent contained, officials hoped ..." (English).

The share says how far the noun after "with" is in the state its participle names, like "The fire is 30
percent contained" says of its subject. With no verb of its own the readings before took the noun of the
main clause after the comma ("park officials"). Only a participle that ends the phrase at its comma is read
("with the project 80% funded,"), not "with 95% of the votes counted" (a share of a whole, read elsewhere).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_WITH_NOUN = re.compile(
    r"\b[Ww]ith\s+(?:(?:the|its|their|his|her|our|a|an)\s+)?(?P<noun>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})"
    r"\s+(?:(?:about|nearly|almost|only|just|some|roughly|around|now)\s+)?$"
)
_STATE = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)\s*(?P<state>[a-z]{3,}ed)\s*,")


def absolute_states(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a share in "with <noun> <share> <participle>," its state and the noun in that state."""
    for f, number, text in figure_texts(figures, texts):
        if f.unit != "percent":
            continue
        state = _STATE.match(text, number.end)
        noun = _WITH_NOUN.search(text, 0, number.start) if state else None
        if state is None or noun is None or noun.end() != number.start:
            continue
        f.counts = f"{state.group('state')} ({noun.group('noun')})"
