"""Who "the officer" or "the official" after a quote is when no role the article gave holds that word: wire copy
names a holder by a precise title and then calls them by the general class of it ('... local police chief Ann Roe
told AFP. "...," the officer said.'; 'Deputy minister Ann Roe said .... "...," the official added.'). The holder
is the one person with a title of that class named in the sentence before the quote or in its own sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.people_index import Person
from briefing_app.core.facts.roles import is_role_noun

# Titles of the class "officer" (police and armed forces) and "official" (public office), as words of a role.
_OFFICERS = (
    r"police|chief|inspector|sergeant|sgt|constable|commander|colonel|col|captain|capt|lieutenant|lt|major|"
    r"superintendent|commissioner|detective|general|officer|army|military|sheriff|deputy|marshal"
)
_OFFICIALS = (
    _OFFICERS + r"|minister|secretary|spokesman|spokeswoman|spokesperson|director|governor|mayor|"
    r"administrator|official|head|envoy|ambassador|adviser|advisor|aide|undersecretary|representative"
)
_CLASSES = {"officer": re.compile(rf"\b(?:{_OFFICERS})\b"), "official": re.compile(rf"\b(?:{_OFFICIALS})\b")}


def generic_office_holder(mention: str, people: Sequence[Person], sentence: int) -> Person | None:
    """The person "the officer" / "the official" (`mention`) stands for: the one person whose role is of that
    class and who is named in `sentence` or the sentence before; None for any other mention, or when no one or
    more than one such person is named there (a second holder makes the class ambiguous)."""
    m = re.fullmatch(r"[Tt]he\s+(officer|official)", mention.strip())
    if m is None:
        return None
    title = _CLASSES[m.group(1)]
    near = [
        p for p in people if p.role and title.search(p.role.lower()) and {sentence, sentence - 1} & set(p.sentences)
    ]
    return near[0] if len(near) == 1 else None


def place_titled_holder(mention: str, people: Sequence[Person]) -> Person | None:
    """The person whose role holds every word of a capitalised title of a place ("Nasarawa Governor said:", "the
    Kessa Governor said" after "Ann Roe, Governor of Kessa State"): the one such person; None when the mention is
    no place and office or no one, or more than one, holds both words."""
    m = re.fullmatch(r"(?:[Tt]he\s+)?((?:[A-Z][a-z]+\s+){1,2})([A-Za-z]+)", mention.strip())
    if m is None or not is_role_noun(m.group(2).lower()):
        return None
    words = [w.lower() for w in m.group(1).split()] + [m.group(2).lower()]
    holders = [p for p in people if p.role and all(re.search(rf"\b{w}\b", p.role.lower()) for w in words)]
    return holders[0] if len(holders) == 1 else None
