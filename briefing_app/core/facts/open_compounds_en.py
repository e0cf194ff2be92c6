"""Time compounds written open ("year to date", "month on month", "year over year"), hyphenated for the readers of
what an English figure counts.

Written open, their "to"/"on"/"over" read as a preposition, which ends the noun phrase: "Year to date registrations
were down -3.9%" read "Year". With hyphens (one character each for a space, so every offset holds) they are the
modifier they are, as in "Year-to-date registrations were down 3.9%", which the readers read whole.
"""

from __future__ import annotations

import dataclasses
import re

from briefing_app.core.facts.model import SourceSentence

_OPEN = re.compile(
    r"\b((?:[Yy]ear|[Mm]onth|[Qq]uarter|[Ww]eek|[Dd]ay)) (to|on|over) (date|year|month|quarter|week|day)\b"
)


def hyphenate_open_compounds(sentence: SourceSentence) -> SourceSentence:
    """`sentence` with "year to date", "month on month" and the like hyphenated (offsets unchanged)."""
    text = _OPEN.sub(lambda m: f"{m.group(1)}-{m.group(2)}-{m.group(3)}", sentence.text)
    return sentence if text == sentence.text else dataclasses.replace(sentence, text=text)
