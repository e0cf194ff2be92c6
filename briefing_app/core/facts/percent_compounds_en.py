"""What an English percentage counts when nouns stacked after it end in a noun of change ("the 2.99 per cent
core council tax rise", a headline's "forecasts three percent council tax rise"), or when "on" names what it
is levied on ("the extra one per cent on council tax")."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP

# Up to three modifiers and a noun of change; the modifiers are plain lower-case words (no stop word, no
# figure, no name), so "5% of people rise" or "3% this year rise" are no compound.
_STACKED_CHANGE = re.compile(
    r"\s*((?:[a-z][a-z-]*\s+){1,3})(rises|rise|increases|increase|hikes|hike|cuts|cut|falls|fall|drops|drop|"
    r"declines|decline|growth|jump|reduction|boost|uplift|gain|gains)\b(?!-)"
)

# Before the figure: an article or a determiner of a unit ("every", "each", "another"), with an adjective of
# size between ("the extra", "a further"); or nothing the figure is governed by, as in a headline that drops
# its article ("Council forecasts three percent council tax rise").
_DETERMINER = re.compile(
    r"\b(?:a|an|the|its|their|every|each|another|this|that)\s+(?:(?:extra|further|additional|proposed|planned|"
    r"expected|average|annual|overall|mooted|possible|maximum|latest)\s+)?(?:(?:about|around|almost|nearly|just|"
    r"some|roughly)\s+)?$",
    re.IGNORECASE,
)
_GOVERNED = re.compile(
    r"\b(?:by|to|of|at|from|than|about|around|over|under|nearly|almost|and|or|between|is|was|were|are|be|been|"
    r"rose|fell|grew|rise|rises|fall|falls|up|down|jumped|dropped|slipped|gained|lost|increased|decreased|cut|"
    r"raised|reduced)\s*$",
    re.IGNORECASE,
)

# "the extra one per cent on council tax": what a rate is charged on (up to three words, to a stop word).
_RATE_ON = re.compile(r"\s*on\s+(?:the\s+)?((?!the\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")


def stacked_change(before: str, rest: str) -> str | None:
    """The change a percentage describes through the nouns stacked before the change's noun ("the 2.99 per
    cent core council tax rise" -> "core council tax rise"), where two or more modifiers stand between or no
    article governs the figure (a headline). With one modifier after an article the general reading of a
    percentage as an adjective ("a 3% pay rise") already holds."""
    m = _STACKED_CHANGE.match(rest)
    if m is None:
        return None
    modifiers = m.group(1).split()
    if any(w in EN_STOP for w in modifiers):
        return None
    determined = _DETERMINER.search(before) is not None
    if not determined and (_GOVERNED.search(before) or not before.strip()):
        return None  # "rose 3% | ..." is a change by a figure, not a figure describing a noun
    if determined and len(modifiers) < 2:
        return None
    return " ".join([*modifiers, m.group(2)])


def rate_on(before: str, rest: str) -> str | None:
    """What a percentage after a determiner is charged on ("the extra one per cent on council tax" ->
    "council tax"); None elsewhere ("rose 5% on strong sales" has no determiner: a cause)."""
    if _DETERMINER.search(before) is None:
        return None
    m = _RATE_ON.match(rest)
    if m is None:
        return None
    words: list[str] = []
    for word in m.group(1).split():
        if word in EN_STOP:
            break
        words.append(word)
    return " ".join(words) or None
