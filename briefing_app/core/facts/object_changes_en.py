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
    r"upp(?:ed|ing)|"  # ("upped its market share to 41 per cent": the British verb of raising)
    r"reduce[ds]?|reducing|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|curb(?:s|ed|ing)?|slash(?:es|ed|ing)?|"
    r"expand(?:s|ed|ing)?|grow(?:s|ing)?|grew|shrink(?:s|ing)?|shrank|widen(?:s|ed|ing)?|narrow(?:s|ed|ing)?|"
    r"hike[ds]?|hiking|revis(?:e[sd]?|ing)|downgrad(?:e[sd]?|ing)|upgrad(?:e[sd]?|ing)|"
    # a verb of pushing with its particle: "higher fuel costs nudged up imports by 1 per cent"
    r"(?:nudg(?:e[sd]?|ing)|push(?:es|ed|ing)?|driv(?:e[sn]?|ing)|drove|bump(?:s|ed|ing)?|ramp(?:s|ed|ing)?|"
    # (and "put up": "putting up the bill for a band D property by £70")
    r"scal(?:e[sd]|ing)|pull(?:s|ed|ing)?|knock(?:s|ed|ing)?|drag(?:s|ged|ging)?|put(?:s|ting)?)\s+(?:up|down|back))"
)
_QUALIFIERS = (
    r"(?:(?:more\s+than|less\s+than|about|around|almost|nearly|some|roughly|over|just|another|a\s+further|further|"
    r"an\s+extra|an\s+additional|"
    # (the size given as a total or an average: "raise the harbour levy by a total of 3.5%")
    r"an?\s+(?:total|average)\s+of)\s+)?"
)
# A word of the object: no preposition of the change ("cut its dividend by another 2p": not "dividend by another").
# A name may be part of it ("the allocation for MNREGA by Rs 5,000 crore").
_WORD = r"(?!(?:by|to|from|at|in|on|another|further)\b)[A-Za-z][\w-]*"
# A short name in brackets after the object, kept out of it: "the Statutory Liquidity Ratio (SLR)".
_ACRONYM = r"(?:\s+\([A-Z]{2,6}\))?"
# A capitalised name of a rate or ratio with no article, ended by its head noun (not a month, a day or a firm).
_NAMED_RATE = r"(?:[A-Z][a-z]+\s+){0,2}(?:Rate|Ratio|Rates)"
# "increased its global smartphone market share 0.4", "curb output by more than half"
_OBJECT_THEN_SIZE = re.compile(
    rf"\b{_VERBS}\s+(?:(?:its|their|the|his|her|our)\s+((?:{_WORD}\s+){{0,4}}?{_WORD}"
    # (what the object is of or for, after "a", "each" or "every": "the bill for a band D property by £70")
    rf"(?:\s+(?:for|of)\s+(?:an?|each|every)\s+(?:{_WORD}\s+){{0,2}}{_WORD})?)"
    # (its short name in brackets: "cut the Statutory Liquidity Ratio (SLR) by 50 basis points")
    rf"{_ACRONYM}"
    # (where or in what it is, set after it: "trim the volume of fresh spending in the coming budget by $2bn")
    rf"(?:\s+(?:in|at|across)\s+(?:the|its|their|this|next|each)\s+(?:{_WORD}\s+){{0,2}}{_WORD}(?=\s+by\b))?"
    # (its period after it, and the level or the start it moved to or from: "lowered its farmgate milk price for
    # 2015/6 to $3.85", "revised its forecast milk price from $7 per kg to $6.75")
    r"(?:\s+(?:for|in)\s+(?:the\s+)?[\w/-]*\d[\w/-]*)?"
    # (an adverb of when, set off or not: "all increased their market share year-on-year, to 5.1%")
    # (or written apart, and joined to another: "lifted its margin year on year and month on month, to 9 per cent")
    r"(?:\s+(?:year[- ]on[- ]year|year[- ]over[- ]year|annually|again|sharply|slightly|further)"
    r"(?:\s+and\s+(?:sequentially|quarter[- ]on[- ]quarter|month[- ]on[- ]month))?,?)?"
    r"\s+(?:by\s+|(?:to|from)\s+(?:the\s+current\s+|a\s+record\s+)?)?|"
    # (bare, one noun or a noun and its modifier: "cut costs by", "increasing interest rates by")
    rf"((?:(?!(?:by|to|from|at|in|on|of|for|with|and|or)\b)[a-z][\w-]*\s+)?[a-z][\w-]*|"
    # (or a rate's capitalised name, with its short name and "further": "cut Statutory Liquidity Ratio (SLR)
    # further by", "raised Bank Rate by")
    rf"{_NAMED_RATE}){_ACRONYM}(?:\s+further)?\s+by\s+){_QUALIFIERS}(?:US\$|[$£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)?$"
)
# A verb of carrying its object to a level, "to" only: "take the bill for a band D home to £1,507.20" (the
# object reached the level; the subject, "the precepts levied by X and Y", only took it there).
_TAKEN_TO = re.compile(
    r"\b(?:tak(?:e|es|ing)|took|bring(?:s|ing)?|brought)\s+(?:its|their|the|his|her|our)\s+"
    rf"((?:{_WORD}\s+){{0,4}}?{_WORD}(?:\s+(?:for|of)\s+(?:an?|each|every)\s+(?:{_WORD}\s+){{0,2}}{_WORD})?)"
    rf"\s+to\s+(?:the\s+current\s+|a\s+record\s+)?(){_QUALIFIERS}(?:US\$|[$£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)?$"
)
# "0.4 percentage points to 31.4": the level reached after the size.
# (central banks' steps are in basis points, and the level often set off by a comma: "lifted its base rate by 50
# basis points, to 3.25 per cent")
_TO_LEVEL = re.compile(
    r"\s*(?:percentage\s+points?|basis\s+points?|bps?|points?|%|per\s*cent|percent|pc|(?:a|per)\s+[\w/]+)?,?\s+to\s+"
    r"(?:US\$|[$£€¥])?$"
)
# The same size restated in another period after "or": "by £70 a year | or almost | £1.40 a week".
_RESTATED = re.compile(
    r"\s*(?:a|per)\s+(?:year|month|week|day)\s+or\s+(?:(?:almost|about|around|nearly|roughly|some|just)\s+)?"
    r"(?:US\$|[$£€¥])?$"
)

# The next member of a list of levels: "to 5.1%, | 4.7% and | 4.3% respectively".
_LISTED = re.compile(
    r"\s*(?:percentage\s+points?|points?|%|per\s*cent|percent|pc)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:US\$|[$£€¥₹])?$"
)
_TO_OR_FROM = re.compile(r"\b(?:to|from)\s+(?:the\s+current\s+|a\s+record\s+)?(?:\S*[$£€¥₹]|Rs\.?\s?|Sh\s?|N|R)?$")
# After a level: its unit, a rate ("a kg", "per kgMS"), a mark or a preposition, not a noun of its own.
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|pc|points?|(?:a|per)\s+[\w/]+)?\s*(?:$|[,.;:)—–]|(?:in|on|at|of|for|from|to|this|"
    r"last|next|between|by|over|after|as|and|but|while|with|under|since|until|before)\b)"
)


def _fuller(size_reading: str | None, obj: str) -> str:
    """The size's own reading when it holds the object and says more ("interest rates" for the bare "rates")."""
    if size_reading and obj.split()[-1].lower() in size_reading.lower() and len(size_reading) <= 60:
        return size_reading
    return obj


def object_changes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give the size a transitive verb changes its object by (and the level after it) the object."""
    previous: tuple[Fact, int, str] | None = None  # the last figure changed here, its end and its object
    for f, number, text in figure_texts(figures, texts):
        before = text[: number.start]
        m = _OBJECT_THEN_SIZE.search(before) or _TAKEN_TO.search(before)
        obj = (m.group(1) or m.group(2)) if m else None
        if m and _TO_OR_FROM.search(m.group(0)) and not _NO_NOUN_AFTER.match(text, number.end):
            obj = None  # "lifted the trophy in 2019 to 3,000 cheers": the figure has a noun of its own
        # (an adverb is no object: "grew quickly by 5%")
        if (
            obj
            and not obj.endswith("ly")
            and obj.split()[-1].lower() not in EN_STOP | {"them", "it"}
            and (obj.split()[0].lower() not in EN_STOP)
        ):
            if obj.split()[-1].lower() not in (f.counts or "").lower():
                rate = re.search(r" \(per [^()]+\)$", f.counts or "")  # (a rate the readers saw stays: "per kg")
                f.counts = obj + (rate.group(0) if rate else "")
            previous = (f, number.end, obj)
            continue
        if (
            previous is not None
            and previous[0].sentence == f.sentence
            and previous[0].unit == f.unit
            and _RESTATED.fullmatch(text[previous[1] : number.start])
        ):
            if previous[2].split()[-1].lower() not in (f.counts or "").lower():
                f.counts = previous[2]  # "by £70 a year or almost £1.40 a week": the same bill, by the week
            previous = (f, number.end, previous[2])
            continue
        if (
            previous is not None
            and previous[0].sentence == f.sentence
            and _TO_LEVEL.fullmatch(text[previous[1] : number.start])
        ):
            if previous[2].split()[-1].lower() not in (f.counts or "").lower():
                f.counts = _fuller(previous[0].counts, previous[2])  # "... 0.4 points to 31.4 percent": the share's
        elif (
            previous is not None
            and previous[0].sentence == f.sentence
            and previous[0].unit == f.unit
            and _LISTED.fullmatch(text[previous[1] : number.start])
            and (
                _NO_NOUN_AFTER.match(text, number.end)
                or re.match(r"\s*(?:%|per\s*cent|percent)?\s+respectively", text[number.end :])
            )
        ):
            # "increased their market share year-on-year, to 5.1%, 4.7% and 4.3% respectively": each the same
            if previous[2].split()[-1].lower() not in (f.counts or "").lower():
                f.counts = previous[2]
            previous = (f, number.end, previous[2])
            continue
        previous = None
