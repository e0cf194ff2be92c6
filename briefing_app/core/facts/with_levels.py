"""What an English figure counts in an absolute phrase with "with" and a participle of level: "London remains the
most expensive place, with property there averaging £266,277", "with turnout reaching 64%",
"with total exports at N7.02 trillion and imports amounting to N5.73 trillion" (the next conjunct's noun too), and
a participle of state with a comparative after the figure: "with completed sales now running 15 per cent higher than
a year before".

The participle's subject is the noun right after "with"; the readings before could take a noun of a fronted
phrase ("Despite the slowdown in annual price growth, ...": "price growth"). The noun after "with" is what the
level measures ("there", "here" and "now" after it are adverbs, not part of it).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_LEVEL_VERBS = (
    r"(?:averaging|totall?ing|reaching|topping|exceeding|hitting|nearing|numbering|standing\s+at|running\s+at|"
    r"amounting\s+to|at|"  # (a bare "at": "with total exports at N7.02 trillion")
    # (and a change: "with exports in that area rising by €245m", "with sales up 4%")
    r"(?:rising|falling|increasing|decreasing|climbing|dropping|growing|jumping|up|down)(?:\s+by)?|"
    # (or a light verb and a change noun after the figure: "with organic chemicals seeing a 14% rise")
    r"(?:seeing|posting|recording|registering|showing)\s+an?)"
)
_WITH = re.compile(
    r"\bwith\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*?)(?:\s+(?:there|here|now|alone))?\s+"
    rf"{_LEVEL_VERBS}\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|over|more\s+than)\s+)?(?:US|C|A)?[$£€]?\s*$"
)
# The next conjunct of the absolute phrase: "with exports at N7.02 trillion | and imports amounting to | N5.73".
_AND_NEXT = re.compile(
    r"^[^,;]*?\s*(?:,\s*)?(?:and|while)\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*?)\s+"
    rf"{_LEVEL_VERBS}\s+(?:(?:about|around|some|nearly|almost|roughly|just|over|more\s+than)\s+)?(?:US|C|A)?[$£€]?\s*$"
)
# A participle of state, then the figure and a comparative: "with completed sales now running | 15 | per cent higher"
# (without the comparative "with the company running 40 stores" counts the stores: not a level).
_STATE_VERBS = re.compile(
    r"\bwith\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*?)(?:\s+(?:there|here|now|still))?\s+"
    r"(?:running|standing|trading|sitting|coming\s+in)\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?"
    r"(?:US|C|A)?[$£€]?\s*$"
)
_COMPARATIVE_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|points?|[mb]n?|million|billion)?\s+(?:higher|lower|above|below|up|down|more|less|"
    r"ahead|behind)\b"
)
_NOT_NOUNS = {"it", "them", "that", "this", "which", "time", "least", "most", "all", "one", "once"}


def with_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level in "with X averaging N" the X."""
    previous: tuple[Fact, int] | None = None  # the last level read in an absolute phrase, and where it ended
    for f, number, text in figure_texts(figures, texts):
        level = _WITH.search(text[: number.start])
        if level is None and _COMPARATIVE_AFTER.match(text, number.end):
            level = _STATE_VERBS.search(text[: number.start])  # "with sales now running 15 per cent higher"
        if level is None and previous is not None and previous[0].sentence == f.sentence:
            level = _AND_NEXT.match(text[previous[1] : number.start])  # "... and imports amounting to N5.73"
        if level is None:
            continue
        noun = level.group(1)
        if noun.split()[0].lower() in _NOT_NOUNS or noun.split()[-1].lower() in _NOT_NOUNS:
            continue
        previous = (f, number.end)
        trailing = re.search(
            r"\s+(?:at|amounting|averaging|totall?ing|reaching|standing|running|rising|falling|up|down|higher|lower)$",
            f.counts or "",
        )
        words = (f.counts or "").split()
        if noun.split()[-1] not in words or noun.split()[0] not in words or trailing:
            f.counts = noun  # (also "exports at", "imports amounting": the noun without the level's word)
