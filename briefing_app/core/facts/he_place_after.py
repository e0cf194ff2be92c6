"""A Hebrew place right after a figure, with a preposition glued to it ("40 מיליון דולר | בניו יורק", "3 | בחיפה"):
where the figure was, not what it counts."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup

_GLUED_PLACE = re.compile(r"[בלמ]-?([\u05d0-\u05ea][\u05d0-\u05ea'\u05f3\"\u05f4-]+)")


def _place(name: str) -> bool:
    entry = lookup(name)
    return entry is not None and entry.kind == "place"


def he_place_after(tokens: list[str]) -> bool:
    """Whether the words after a figure open with a place the gazetteer knows, glued to ב, ל or מ: a town, a
    country or a two-word city ("בניו יורק", "בתל אביב")."""
    m = _GLUED_PLACE.fullmatch(tokens[0]) if tokens else None
    if m is None:
        return False
    name = m.group(1)
    if len(tokens) > 1 and _place(f"{name} {tokens[1]}"):
        return True
    return _place(name) and not _place(tokens[0])  # (not a place whose own name opens with the letter: "ברזיל")
