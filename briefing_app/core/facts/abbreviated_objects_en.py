"""What an English level counts when the object kept or moved there is spelt out and abbreviated in brackets: "held
its main policy rate (MPR) at 4.25 percent", "kept the benchmark repo rate (BRR) unchanged at 6.5 percent", "cut the
key lending rate (KLR) by 75 basis points to 11 percent" (central bank and results copy).

The bracket broke the object off its verb, so the level was read as the clause's subject ("the bank", "governor
Ida Renn"). The object is the phrase before the bracket: determiner dropped, the abbreviation left out.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_VERB = (
    r"(?:kept|keeps|keep|keeping|held|holds|hold|holding|left|leaves|leave|leaving|raised|raises|raising|cut|cuts|"
    r"cutting|lowered|lowers|lowering|lifted|lifts|lifting|hiked|hikes|hiking|increased|reduced|trimmed)"
)
# the verb, the object (a determiner, then up to five words), the bracket, and what leads to the level:
# "unchanged at", "at", "to", "by", "by 75 basis points to"
_ABBREVIATED_OBJECT = re.compile(
    rf"\b{_VERB}\s+(?:the|its|their|his|her|a)\s+((?:[a-z][\w'’-]*\s+){{0,4}}[a-z][\w'’-]*)\s+\([A-Z][A-Za-z&]{{1,7}}\)"
    r"\s+(?:(?:unchanged|steady|flat)\s+)?(?:at|to|by(?:\s+[\d.,]+\s*(?:basis\s+points?|percentage\s+points?|"
    r"%|per\s*cent|percent)\s+to)?)\s+(?:(?:about|around|nearly|almost|some|just)\s+)?$",
    re.IGNORECASE,
)


def abbreviated_objects(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level after "kept/raised <object> (ABBR) at/to" its object, when it was read as something else."""
    for f, number, text in figure_texts(figures, texts):
        before = text[: number.start]
        if ")" not in before[-40:]:  # (cheap test: the bracket closes just before the level)
            continue
        m = _ABBREVIATED_OBJECT.search(before)
        if m is None:
            continue
        obj = m.group(1)
        if obj.lower() not in (f.counts or "").lower():
            f.counts = obj
