"""A number joined by a hyphen to a noun counts that noun, also where no head noun follows (English).

"was measured by the US Geological Service at 6.1-magnitude, 10 kilometers below ground", "measured the earthquake
at 6.5-magnitude, with its epicenter in ...": the compound's noun is the measure (a "6.1-magnitude earthquake" read
so already, its head right after). With nothing after the compound the reading fell back on the clause ("measured
by the US Geological Service", the subject). Run last, on the figures of the whole text.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.counted_phrases import NOT_COMPOUND_HEADS
from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# "-magnitude" right after the number (or ending the number's own text), no further hyphen ("-year-old").
_COMPOUND = re.compile(r"-([a-z]{3,})\b(?![-'’])")
# Nothing of the compound's own after it: a clause's end, a conjunction or a preposition.
_ENDS = re.compile(r"\s*(?:[,.;:)!?]|$|\s(?:and|or|but|with|in|on|at|by|for|from|to|after|before|as)\b)")


def compound_nouns(facts: list[Fact], texts: dict[int, str]) -> None:
    """Give a number hyphened to a noun that ends its phrase that noun as what it counts."""
    for f, n, text in figure_texts(facts, texts):
        if f.unit is not None or n.currency or (f.counts or "").startswith("age"):
            continue
        own = re.search(r"-([a-z]{3,})$", n.text)
        own = None if own and own.group(1) in NOT_COMPOUND_HEADS else own  # "two-hundred-twenty": its own word
        joined = own or _COMPOUND.match(text, n.end)
        end = n.end if own else (joined.end() if joined else n.end)
        if joined is None or not _ENDS.match(text, end):
            continue
        noun = joined.group(1)
        if noun in (f.counts or "").lower().split():
            continue
        f.counts = f"{noun} ({f.counts})" if f.counts else noun
