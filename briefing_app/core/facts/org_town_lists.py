"""Companies listed with their towns: "Kessby Dynamics of Tulsa, Marlow Robotics of Fresno and ...", "Barlow
Instruments (Spokane), Dorsey Thermal (Boise) and ...", "Holt Orbital, Omaha, Nebraska; Vexa in Akron, ..."
(the way government releases and business news list the firms a contract, a grant or a prize went to).

Each item is a short capitalised name and a town the gazetteer knows, joined by "of", "in", a bracket or a
comma. Two or more such items in one sentence make a list of bodies with their towns. A person listed so ("Jane
Roe of Leeds": a given name and a family name of the census lists) is left to the people finder, and so is a name
that is a place itself ("Springfield, Illinois") and one after a country (an athlete's: "Jane Roe (Kenya)").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.copula_groups import group_before_names
from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import lookup, person_names, towns
from briefing_app.core.facts.gazetteer import names_a_place as _is_place
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.place_shapes import place_list_spans

_WORD = r"[A-Z][\w&'’.-]*"
_PLACE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
# A name of one to four capitalised words, then its town: "of Houston", "(Seattle)", ", Boulder" (the comma's town
# ends the item: a comma, a semicolon, "and", a full stop or the end follow it).
_ITEM = re.compile(
    rf"(?<![\w'’&.-])((?:{_WORD}\s+){{0,3}}{_WORD})"
    rf"(?:\s+(?:of|in)\s+({_PLACE})|\s+\(({_PLACE})\)|,\s+({_PLACE})(?=\s*[,;.]|\s+and\b|\s*$))"
)


def _is_town(name: str) -> bool:
    """A city or town, not a country or a region: "Eliud Roe (Kenya)" gives an athlete's country, not a firm's town."""
    entry = lookup(name)
    return (entry is not None and entry.kind == "place" and entry.detail in ("city", "capital")) or name in towns()


_STATE_AFTER = re.compile(rf",\s+({_PLACE})(?![\w'’-])")


def _is_region(name: str) -> bool:
    entry = lookup(name)
    return entry is not None and entry.kind == "place" and entry.detail in ("region", "country")




def firms_with_towns(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the bodies a sentence lists with their towns (see the module), at least two of them."""
    if text.count(",") + text.count("(") + text.count(" of ") + text.count(" in ") < 2:
        return []
    if group_before_names(text) is not None:
        return []  # "The graduating astronauts are A of X; B of Y": people with their home towns, in the same shape
    given, family = person_names()
    found: list[tuple[int, int, str]] = []
    people = 0
    places = place_list_spans(text)  # ("raids in Tolvik, West End, Ipswich": towns listed, no firm and its town)
    for m in _ITEM.finditer(text):
        if m.group(4) is not None and any(a <= m.start(1) and m.end() <= b for a, b in places):
            continue
        words = m.group(1).split()
        start = m.start(1)
        while words and (words[0].lower() in LEADING_FUNCTION_WORDS or any(w.endswith(("'s", "’s")) for w in words)):
            start += len(words[0]) + 1  # (and an owner before the name: "Acme's Harbour Lab in Kessby")
            words = words[1:]
        town = m.group(2) or m.group(3) or m.group(4)
        state = _STATE_AFTER.match(text, m.end())
        if not words or not (_is_town(town) or (state is not None and _is_region(state.group(1)))):
            continue  # (a town no list holds counts before its state: "in Quarlby, Nebraska")
        name = " ".join(words)
        person = words[0] in given and (len(words) == 1 or words[-1] in family or words[-1] in given)
        if len(words) == 1 and (name in family or name.isupper() or name.lower() in common_words()):
            continue  # one word: a surname, an acronym or a common word ("24 Hours of Le Mans")
        if person or _is_place(name):
            people += person
            continue  # "Jane Roe of Leeds": a person; "Springfield, Illinois": a place and its state
        found.append((start, start + len(name), name))
    if people >= 2 and people >= len(found):
        return []  # "Jane Roe of Leeds; Deniz Doe of Tolvik; Anil Poe of X": people from their towns, any given name
    return found if len(found) >= 2 else []
