"""An Arabic distance in brackets after a place: "مزارعاً من محلّة X (90 كم غرب أنتاناناريفو)", "بلدة Y (40 كيلومترا
شمال العاصمة)". The bracket says how far the place before it lies from the place after the direction; news keys the
distance on that reference place (as it does "على بعد 40 كم شمال بغداد"), while the reader of the words before
the figure took the place before the bracket alone. Used by `figures` for Arabic."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_DISTANCES = {"kilometres", "metres", "miles", "meters", "kilometers"}
# A direction (one or two words: "شمال", "جنوب غرب", "شمالي") or "من", then the reference place, to the bracket's end.
_DIRECTED = re.compile(
    r"\s*(?:كم|كيلومترا?|كيلو\s*مترا?|كلم|مترا?|ميلا?)\s+"
    r"((?:(?:إلى\s+ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|ا)?(?:\s+(?:شرق|غرب)(?:ي)?)?|من)\s+[^()\d]{2,40}?)\s*\)"
)


def ar_bracketed_distance(facts: list[Fact], text: str) -> None:
    """Give a distance opening a bracket ("(90 كم غرب X)") its direction and reference place, with the place before
    the bracket it was read as after it."""
    for f in facts:
        n = f.number
        if n is None or f.unit not in _DISTANCES or not re.search(r"\(\s*(?:نحو|حوالي|قرابة)?\s*$", text[: n.start]):
            continue
        directed = _DIRECTED.match(text, n.end)
        if directed is None:
            continue
        where = " ".join(directed.group(1).split())
        f.counts = f"{where} ({f.counts})" if f.counts and f.counts not in where else where
