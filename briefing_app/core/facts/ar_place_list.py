"""An Arabic list of one count split by place, its items set apart by commas: "توزعت الإصابات ما بين 606 في العاصمة
عمان، و19 في الكرك، و46 في البلقاء" (how ministries and police give cases, accidents or arrests by governorate).
Each item after the first has no noun of its own: it counts what the first counts, in its own place. Without the
comma (", و") the items mostly share the first's reading already (`sharing`); the comma kept them apart, and a
reading run back onto the place before ("و4 في المفرق و13": "المفرق") is no noun of the item either."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

_WORD = r"[\u0621-\u064a]+"
# Between two items: the first's place ("في" and one to four words), a comma, "و" glued to the next figure.
# (or "و" alone, where the next item's reading ran back onto this one's place: "و4 في المفرق و13 في جرش")
_PLACE_GAP = re.compile(rf"\s*في\s+({_WORD}(?:\s+{_WORD}){{0,3}}?)\s*(?:[،,]\s*و?|\s+و)\s*")
# The place after a figure: "في" and one to four words up to a comma, "و" or the sentence's end.
_OWN_PLACE = re.compile(rf"\s*في\s+({_WORD}(?:\s+(?!و){_WORD}){{0,3}}?)(?=\s*(?:[،,.؛]|\s+و|$))")


def ar_place_list(facts: list[Fact], text: str) -> None:
    """Give each later item of an Arabic comma list of counts by place the first item's reading and its own place."""
    for f, g in zip(facts, facts[1:], strict=False):
        if f.number is None or g.number is None or not f.counts or f.unit != g.unit:
            continue
        gap = _PLACE_GAP.fullmatch(strip_arabic_marks(text[f.number.end : g.number.start]))
        if gap is None or (g.counts is not None and g.counts != gap.group(1)):
            continue
        base = re.sub(r"\s*\(في [^()]+\)$", "", f.counts)
        place = _OWN_PLACE.match(strip_arabic_marks(text[g.number.end :]))
        g.counts = f"{base} (في {place.group(1).strip()})" if place else base
