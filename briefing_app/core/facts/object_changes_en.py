"""What a change counts when a transitive verb changes its object (English): "Samsung increased its global
smartphone market share 0.4 percentage points to 31.4 percent", "Opec plans to curb output by more than half a
million barrels".

The object is the measure that changed; the subject only did the changing. The readers take the subject when the
size follows the object with no "by" ("increased its share 0.4 points") or when a unit follows the size ("curb output
by half a million barrels"). A verb of raising or cutting, its object (after "its/their/the", or bare before "by"),
then the size: the object is what the size counts, and the level "to M" after that size counts the same.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP
from briefing_app.core.facts.model import Fact

_VERBS = (
    r"(?:increase[ds]?|increasing|raise[ds]?|raising|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|cut(?:s|ting)?|"
    r"reduce[ds]?|reducing|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|curb(?:s|ed|ing)?|slash(?:es|ed|ing)?|"
    r"expand(?:s|ed|ing)?|grow(?:s|ing)?|grew|shrink(?:s|ing)?|shrank|widen(?:s|ed|ing)?|narrow(?:s|ed|ing)?|"
    r"hike[ds]?|hiking|"
    # a verb of pushing with its particle: "higher fuel costs nudged up imports by 1 per cent"
    r"(?:nudg(?:e[sd]?|ing)|push(?:es|ed|ing)?|driv(?:e[sn]?|ing)|drove|bump(?:s|ed|ing)?|ramp(?:s|ed|ing)?|"
    r"scal(?:e[sd]|ing)|pull(?:s|ed|ing)?|knock(?:s|ed|ing)?|drag(?:s|ged|ging)?)\s+(?:up|down|back))"
)
_QUALIFIERS = (
    r"(?:(?:more\s+than|less\s+than|about|around|almost|nearly|some|roughly|over|just|another|a\s+further|further|"
    r"an\s+extra|an\s+additional)\s+)?"
)
# A word of the object: no preposition of the change ("cut its dividend by another 2p": not "dividend by another").
# A name may be part of it ("the allocation for MNREGA by Rs 5,000 crore").
_WORD = r"(?!(?:by|to|from|at|in|on|another|further)\b)[A-Za-z][\w-]*"
# "increased its global smartphone market share 0.4", "curb output by more than half"
_OBJECT_THEN_SIZE = re.compile(
    rf"\b{_VERBS}\s+(?:(?:its|their|the|his|her|our)\s+((?:{_WORD}\s+){{0,4}}?{_WORD})\s+(?:by\s+)?|"
    rf"([a-z][\w-]*)\s+by\s+){_QUALIFIERS}(?:US\$|[$£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)?$"
)
# "0.4 percentage points to 31.4": the level reached after the size.
_TO_LEVEL = re.compile(r"\s*(?:percentage\s+points?|points?|%|per\s*cent|percent|pc)?\s+to\s+(?:US\$|[$£€¥])?$")


def object_changes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give the size a transitive verb changes its object by (and the level after it) the object."""
    previous: tuple[Fact, int, str] | None = None  # the last figure changed here, its end and its object
    for f, number, text in figure_texts(figures, texts):
        before = text[: number.start]
        m = _OBJECT_THEN_SIZE.search(before)
        obj = (m.group(1) or m.group(2)) if m else None
        # (an adverb is no object: "grew quickly by 5%")
        if (
            obj
            and not obj.endswith("ly")
            and obj.split()[-1].lower() not in EN_STOP | {"them", "it"}
            and (obj.split()[0].lower() not in EN_STOP)
        ):
            if obj.split()[-1].lower() not in (f.counts or "").lower():
                f.counts = obj
            previous = (f, number.end, obj)
            continue
        if (
            previous is not None
            and previous[0].sentence == f.sentence
            and _TO_LEVEL.fullmatch(text[previous[1] : number.start])
        ):
            if previous[2].split()[-1].lower() not in (f.counts or "").lower():
                f.counts = previous[2]  # "... 0.4 percentage points to 31.4 percent": the share's level
        previous = None
