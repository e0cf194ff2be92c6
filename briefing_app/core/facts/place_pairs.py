"""A town no list holds, told by the known place beside it: "in Kessby and Nuuk", "i Nuuk og Tolvik" (joined to
a known place after a preposition of place), "in Kessby near Leeds", "i Sejs-Tolvik ved Silkeborg" (located by a
known town).

News names small towns once, beside the town or region a reader knows; the gazetteer lists towns of 15,000 people
or more, so the smaller one is told by its slot alone. The name must look like a town's: one or two capitalised
words (hyphenated too), none a given or family name, a common word, a people's word, a month or a body's word.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import lookup, towns
from briefing_app.core.facts.place_shapes import is_name

_TOWN = r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)*(?![\w'’-])"  # (no genitive: "Homer's Odyssey")
_NAME = rf"({_TOWN}(?:\s{_TOWN})?)"
_AT = r"(?<![\w-])(?:in|at|from|near|outside|i|fra|ved|nær|uden\s+for)\s+"
# Two names joined by "and"/"og" after a preposition of place, the pair ending the phrase.
# (English: a preposition or a time word after it, or a stop; "in London and Tolvik said" has a person)
_JOINED = re.compile(
    rf"{_AT}{_NAME}\s+(?:(?:and|or)\s+{_NAME}(?=\s*[.,;:)]|\s+(?:on|in|at|last|this|during|where|when|after|before|"
    rf"since|until|for|with|to|from|over|under|were|was|are|is|have|has|had)\b|\s*$)"
    rf"|(?:og|eller)\s+{_NAME}(?=\s*[.,;:)]|\s+[a-zæøå]+\b|\s*$))"
)
# A name after a preposition of place, then "near"/"ved" and a known town.
_LOCATED = re.compile(rf"{_AT}{_NAME},?\s+(?:near|outside|ved|nær)\s+{_NAME}(?![\w'’-])")


def _known(name: str) -> bool:
    entry = lookup(name)
    return (entry is not None and entry.kind == "place") or name in towns()


def _town_like(name: str, lowercase: frozenset[str]) -> bool:
    if lookup(name) is not None or any(w.lower() in common_words() for w in re.split(r"[\s-]", name)):
        return False  # ("in Paris and Reuters": a body; "in Kessby and Tuesday": a common word)
    return all(is_name(w, lowercase) for w in name.split())


_PAIRED_TOWNS_RE1 = re.compile(r"\s(?:and|or|og|eller|near|outside|ved|nær)\s")


def paired_towns(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the towns `text` names beside a known place (see the module)."""
    if not _PAIRED_TOWNS_RE1.search(text):
        return []
    out = []
    for m in _JOINED.finditer(text):
        at = 2 if m.group(2) is not None else 3
        first, second = m.group(1), m.group(at)
        if _known(first) and not _known(second) and _town_like(second, lowercase):
            out.append((m.start(at), m.end(at), second))
        elif _known(second) and not _known(first) and _town_like(first, lowercase):
            out.append((m.start(1), m.end(1), first))
    for m in _LOCATED.finditer(text):
        if _known(m.group(2)) and not _known(m.group(1)) and _town_like(m.group(1), lowercase):
            out.append((m.start(1), m.end(1), m.group(1)))
    return out
