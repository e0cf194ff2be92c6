"""Sport terms made of a number and "point": "a three-point play", "20 of 39 from 3-point range", "a two-point
conversion" (English); and sizes told by their count of digits: "a five-figure crowd", "a six-figure salary",
"a 10-digit code".

Basketball and American football copy names kinds of shot, play and line by the points they score. The number is
part of the term's name, no count the story reports (unlike "a 27-point lead" or "a 54-point effort", where it
measures the lead or the effort). Only the terms themselves are read, for two, three and four points.
"""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

_TERM = re.compile(
    r"(?:two|three|four|2|3|4)-point\s+(?:plays?|shots?|range|line|attempts?|baskets?|field\s+goals?|conversions?|"
    r"tr(?:y|ies)|shooting|percentage|arc|jumpers?|stance|play|territory)\b",
    re.IGNORECASE,
)


# A size told by how many digits it has: the number counts digits of an amount the story does not give ("a
# five-figure home crowd" is 10,000 or more people, not five of anything).
# (singular, as a modifier: "five figures were released" and "the party's five figures" are counts of things)
_DIGITS_TERM = re.compile(r"(?:-|\s+)(?:figure|digit)(?:-|\s+)(?!skat)[a-z]", re.IGNORECASE)

# (plural after a verb of reaching or "into": "sales ran into five figures", "to hit seven figures", "the low six
# figures": an amount of so many digits; "posted five figures in the table" stays a count)
_DIGITS_REACHED = re.compile(
    r"\b(?:reach(?:es|ed|ing)?|hit(?:s|ting)?|top(?:s|ped|ping)?|pass(?:es|ed|ing)?|into|low|high|mid)\s+$",
    re.IGNORECASE,
)
_FIGURES_AFTER = re.compile(r"\s+figures\b(?!\s+of\b)", re.IGNORECASE)


def _digits_reached(text: str, n: NumberMatch) -> bool:
    """Whether `n` counts the digits of an amount reached ("to reach six figures"), not things."""
    return (
        n.spelled
        and 4 <= n.value <= 10
        and _FIGURES_AFTER.match(text, n.end) is not None
        and _DIGITS_REACHED.search(text[max(0, n.start - 20) : n.start]) is not None
    )


# A cricket boundary, "hit for four", "was driven for six": the number names the kind of boundary (like a
# "three-pointer"), no count the story reports; only "for four"/"for six" ending the clause after a verb of striking
# ("a table for four", "jailed for four years" keep their count, and so does a score, "40 for four": wickets).
_BOUNDARY = re.compile(r"for\s+(?:four|six)(?=\s*(?:[,.;:!?)]|$|\s+(?:and|off|over|through|past|to)\b))", re.I)
_STRUCK = re.compile(
    r"\b(?:hit|hits|struck|drove|driven|drives|pulled|cut|swept|slapped|smashed|lofted|carted|clobbered|heaved|"
    r"edged|flicked|glanced|clipped|hooked|thumped|whacked|belted|crashed|punched|dispatched|launched|slogged|"
    r"steered|guided|punished|went)\b[^.;:!?\d]{0,60}$",
    re.I,
)


def _boundary(text: str, n: NumberMatch) -> bool:
    """Whether `n` names a cricket boundary ("clipped the ball for four")."""
    start = n.start - 4
    return (
        start >= 0 and _BOUNDARY.match(text, start) is not None and _STRUCK.search(text[max(0, start - 80) : start])
        is not None
    )


# Kinds named by a number glued to a noun: "two-wheeler dispatches", "three-wheelers" (Indian vehicle classes), "a
# two-tier market": the number names the kind, it counts nothing the story reports.
_KIND_TERM = re.compile(r"(?:two|three|four|2|3|4)-(?:wheelers?|tier(?:ed)?)\b", re.IGNORECASE)
# Political copy's kinds named the same way: "a three-line whip" (how strictly a party's MPs are told to vote), "a
# two-horse race", "a three-way contest", "the two-party preferred vote", "a one-party state". The number tells
# the kind of whip, race or system; it counts nothing the story reports ("a three-party coalition" is left alone:
# its parties are counted).
_POLITICAL_KIND = re.compile(
    r"(?:one|two|three|four|five|single|1|2|3|4|5)-(?:line\s+whips?|horse\s+races?|way\b|"
    r"party\s+(?:preferred|system|state|rule|politics|vote|basis|race|contest)\b)",
    re.IGNORECASE,
)


# A vehicle's drive class, "4 x 4", "4x4", "6×6": the wheels driven of all wheels, a kind of vehicle (after a
# determiner, or before "vehicle", "truck", "pick-up" or a plural "s"), two numbers that count nothing.
_DRIVE_CLASS = re.compile(
    r"(?<![\d.,])[2468]\s*[x×]\s*[2468](?![\d.,])(?=s\b|\s+(?:vehicles?|trucks?|cars?|pick-?ups?|drive|SUVs?)\b)",
    re.IGNORECASE,
)
# (or the class alone after a determiner: "his 4x4", "a 4 x 4")
_DRIVE_CLASS_OWNED = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+[2468]\s*[x×]\s*[2468](?![\d.,])", re.IGNORECASE)


def is_point_term(text: str, n: NumberMatch) -> bool:
    """Whether the number `n` of `text` names a kind of shot or play by its points ("a three-point play"), or is one
    of a vehicle's drive class ("a 4 x 4 vehicle")."""
    near = (max(0, n.start - 12), n.end + 6)
    for pattern in (_DRIVE_CLASS, _DRIVE_CLASS_OWNED):
        if any(m.start() <= n.start < m.end() for m in pattern.finditer(text, *near)):
            return True
    glued = re.search(r"-(?:figure|digit)$", n.text, re.IGNORECASE)  # (the number's span may hold "-figure")
    if _KIND_TERM.match(text, n.start):
        return True  # "two-wheeler dispatches", "a two-tier market"
    if _POLITICAL_KIND.match(text, n.start):
        return True  # "a three-line whip", "a two-horse race", "the two-party preferred vote"
    if _boundary(text, n):
        return True  # "was driven through the covers for four": the kind of boundary
    if _digits_reached(text, n):
        return True  # "the first single to reach six figures": a size in digits
    return _TERM.match(text, n.start) is not None or _DIGITS_TERM.match(
        text, n.end - len(glued.group(0)) if glued else n.end
    ) is not None
