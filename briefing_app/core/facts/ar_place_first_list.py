"""An Arabic list of one count split by place, each place written BEFORE its number: "وسجلت تبوك 38 حالة والطائف
12 والخرج 5", "منطقة حائل 27 مخالفة، ومنطقة الجوف 14 مخالفة، وجازان 9" (how health ministries and police give cases,
accidents or arrests by city or region). Only the first item names its noun; every later one is a bare number after
"و" and a place, and counts what the first counts, in its own place. The counted reader took the place before the
bare number (or the first item's place) for its noun. `ar_place_list` reads the other order ("606 في عمان، و19 في
الكرك").

The place must be one the gazetteer knows (alone or after "منطقة", "محافظة", "مدينة"): "توفي 4 أشخاص وأصيب 11" has
a verb where the place stands, and the 10 are no persons "in" it."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import names_a_place_spaced
from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

_WORD = r"[\u0621-\u064a]+"
# Between one item and the next number: a comma or none, then "و" glued to the place (one or two words).
_GAP = re.compile(rf"\s*[،,]?\s*و({_WORD}(?:\s+{_WORD})?)\s+")
# The first item's own noun: an indefinite word right after its number ("38 حالة", "27 مخالفة").
_NOUN_AFTER = re.compile(r"\s+((?!ال)[\u0621-\u064a]{3,})")
# A bare item: nothing after its number but a comma, a stop, "و", a preposition of time or place ("خلال الأسبوع")
# or the sentence's end.
_BARE_END = re.compile(r"\s*(?:$|[،,.؛]|و|(?:خلال|في|منذ|حتى)(?![\u0621-\u064a]))")
# A word of an administrative area before a place's name: "منطقة حائل", "محافظة الخرج".
_AREA_WORD = re.compile(r"(?:منطقة|محافظة|مدينة)\s+")


def _is_place(name: str) -> bool:
    return names_a_place_spaced(name) or names_a_place_spaced(_AREA_WORD.sub("", name, count=1))


def ar_place_first_list(facts: list[Fact], text: str) -> None:
    """Give each bare number of an Arabic list of counts by place (the place before the number) the noun of the
    list's first item and its own place (see the module docstring)."""
    plain = strip_arabic_marks(text)
    noun: str | None = None  # the list's noun, while a list runs
    for f, g in zip(facts, facts[1:], strict=False):
        n, m = f.number, g.number
        if n is None or m is None or f.unit is not None or g.unit is not None or n.currency or m.currency:
            noun = None
            continue
        own = _NOUN_AFTER.match(plain, n.end)
        if own is not None and own.group(1) in (f.counts or "").split():
            noun, after_item = own.group(1), own.end()  # a list's first item: "تبوك 38 حالة"
        elif noun is not None and _BARE_END.match(plain, n.end):
            after_item = n.end  # an earlier bare item: "والطائف 12"
        else:
            noun = None
            continue
        gap = _GAP.fullmatch(plain, after_item, m.start)
        if gap is None or not _is_place(gap.group(1)) or not _BARE_END.match(plain, m.end):
            noun = None
            continue
        g.counts = f"{noun} ({gap.group(1)})"
