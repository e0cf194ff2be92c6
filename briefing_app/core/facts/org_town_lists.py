"""Companies listed with their towns: "Kessby Dynamics of Houston, Marlow Robotics of Denver and ...", "Barlow
Instruments (Seattle), Dorsey Thermal (Austin) and ...", "Holt Orbital, Boulder, Colorado; ..." (the way
government releases and business news list the firms a contract, a grant or a prize went to).

Each item is a short capitalised name and a place the gazetteer knows, joined by "of", a bracket or a comma. Two
or more such items in one sentence make a list of bodies with their towns; a person listed so ("Jane Roe of
Leeds") opens with a given name and is left to the people finder, and so is a name that is a place itself
("Springfield, Illinois").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS

_WORD = r"[A-Z][\w&'’.-]*"
_PLACE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
# A name of one to four capitalised words, then its town: "of Houston", "(Seattle)", ", Boulder" (the comma's town
# ends the item: a comma, a semicolon, "and", a full stop or the end follow it).
_ITEM = re.compile(
    rf"(?<![\w'’&.-])((?:{_WORD}\s+){{0,3}}{_WORD})"
    rf"(?:\s+of\s+({_PLACE})|\s+\(({_PLACE})\)|,\s+({_PLACE})(?=\s*[,;.]|\s+and\b|\s*$))"
)


def _is_place(name: str) -> bool:
    entry = lookup(name)
    return entry is not None and entry.kind == "place"


def _is_town(name: str) -> bool:
    """A city or town, not a country or a region: "Eliud Roe (Kenya)" gives an athlete's country, not a firm's town."""
    entry = lookup(name)
    return entry is not None and entry.kind == "place" and entry.detail in ("city", "capital")


def firms_with_towns(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the bodies a sentence lists with their towns (see the module), at least two of them."""
    if text.count(",") + text.count("(") + text.count(" of ") < 2:
        return []
    given, family = person_names()
    found: list[tuple[int, int, str]] = []
    for m in _ITEM.finditer(text):
        words = m.group(1).split()
        start = m.start(1)
        while words and words[0].lower() in LEADING_FUNCTION_WORDS:
            start += len(words[0]) + 1
            words = words[1:]
        town = m.group(2) or m.group(3) or m.group(4)
        if not words or not _is_town(town):
            continue
        name = " ".join(words)
        person = words[0] in given and (len(words) == 1 or words[-1] in family or words[-1] in given)
        if len(words) == 1 and (name in family or name.isupper() or name.lower() in common_words()):
            continue  # one word: a surname, an acronym or a common word ("24 Hours of Le Mans")
        if person or _is_place(name):
            continue  # "Jane Roe of Leeds": a person; "Springfield, Illinois": a place and its state
        found.append((start, start + len(name), name))
    return found if len(found) >= 2 else []
