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


# A verb of winning, holding or losing right before the number and a plural noun of seats, votes or members right
# after it: "the Whigs won 1937 seats", "she polled 2004 votes". A year after such a verb is no object of its own
# ("won in 1937", "held 1937 talks" is not written), so the number is the count.
_TALLY_VERB_BEFORE = re.compile(
    r"\b(?:won|wins?|winning|took|takes?|taking|held|holds?|holding|retain(?:s|ed|ing)?|gain(?:s|ed|ing)?|"
    r"lost|los(?:es|ing)|secur(?:es|ed|ing)|polled|polls|got|gets|has|have|had)\s+$",
    re.IGNORECASE,
)
_TALLY_AFTER = re.compile(r"\s+(?:seats|votes|ballots|councillors|councilors|members|MPs|signatures|wards)\b")
# A year-shaped number set against a smaller count across "to" with an owner between: "1937 to the Greens' 1204",
# "1937 to Labour's 866". Two sides' tallies compared; a span of years has a year on both sides ("1937 to 1945").
_TALLY_AGAINST = re.compile(r"\s+to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s?\s+(\d{1,4})(?![\d,]|\.\d)")


def counted_tally_year(text: str, n: NumberMatch) -> bool:
    """Whether a number read as a year is a tally of seats or votes: after a verb of winning or holding and before
    the plural it counts, or set against another side's smaller count."""
    if n.value_max is not None or not re.fullmatch(r"\d{4}", n.text):
        return False
    if _TALLY_VERB_BEFORE.search(text[max(0, n.start - 14) : n.start]) and _TALLY_AFTER.match(text, n.end):
        return True
    against = _TALLY_AGAINST.match(text, n.end)
    return against is not None and not 1800 <= int(against.group(1)) <= 2100
