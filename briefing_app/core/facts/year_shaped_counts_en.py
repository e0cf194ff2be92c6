"""A round number of a year's shape that counts the people or homes after it (English).

"Five firefighters are among 2000 firefighters battling blazes", "to help the 2000 firefighters get the fires
under control": "2000" was read as a year and dropped, because only an approximating word before it ("more than
2000 homes") made it a quantity. A round hundred (2000, 1900) after a word that opens a noun phrase of amount
("among", "of", "the", "with", "all") and before a plural noun of people or dwellings counts them; a year is
followed by an event ("the 2000 elections", "the 2000 Olympics"), which these nouns are not.
Used by `figures`.
"""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

_OPENER_BEFORE = re.compile(r"\b(?:among|amongst|of|the|with|all|by|and)\s+$", re.IGNORECASE)
# Plural nouns of people, agents and dwellings: things counted, never what a year names.
_COUNTED_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:[a-z]{3,}(?:ers|ors|ists|ians)|people|persons|troops|soldiers|police|policemen|children|men|"
    r"women|staff|fans|migrants|refugees|patients|passengers|homes|houses|families|households|pupils|students|"
    r"residents|volunteers|officers|employees|delegates|athletes|participants|inmates|prisoners|jobs|vehicles|cars)\b"
)


def counted_round_year(text: str, n: NumberMatch) -> bool:
    """Whether a number read as a year is a round count of the people or homes named right after it."""
    if not re.fullmatch(r"\d{2}00", n.text):
        return False
    return _OPENER_BEFORE.search(text[max(0, n.start - 12) : n.start]) is not None and (
        _COUNTED_AFTER.match(text, n.end) is not None
    )
