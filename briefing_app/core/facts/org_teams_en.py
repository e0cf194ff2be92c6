"""English clubs named bare as the other side of a match, by a name no list or shape holds: "won 2-1 away at Crystal
Palace", "beat Tolvik Rovers 3-1", "drew with Harbour Athletic". In a match report (`sports_teams.is_sports_story`)
the capitalised name after "against", "beat", "defeated", "drew with", "lost to", "a win over", "away at", "at home
to" is a side. Names the gazetteer knows (countries as national sides, towns, listed clubs) are read elsewhere, and a
person's name (a player beaten at tennis) is left to the people finder."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.sports_teams import is_sports_story

_SIDE = re.compile(
    r"\b(?:against|beat|beating|defeated|thrashed|edged|drew\s+(?:\d+-\d+\s+)?with|lost\s+(?:\d+-\d+\s+)?to|"
    r"(?:win|victory|defeat|draw|loss)\s+(?:over|against|at|to|with)|away\s+(?:at|to)|at\s+home\s+to)\s+"
    r"((?:[A-Z][\w'’&-]*\s+){0,2}[A-Z][\w'’&-]+)(?![\w'’-])"
)


def english_sides(text: str, whole: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the clubs an English match report names as the other side (see the module)."""
    if not any(w in text for w in ("against ", "beat", "defeat", "thrashed ", "edged ", "drew ", "lost ", " over ",
                                   " at ", " to ")):  # fmt: skip
        return []
    if not is_sports_story(whole):
        return []
    given, family = person_names()
    out = []
    for m in _SIDE.finditer(text):
        name = m.group(1)
        words = name.split()
        if lookup(name) is not None or is_nationality(words[0]):
            continue  # a country, a town or a body the lists know, read by the place and team finders; "Dutch side"
        if (words[0] in given and words[-1] in family) or len(words) == 1:
            # "beat Nadal", "against Jane Roe": a player; one word alone is a player as often as a club (the
            # clubs named by one word are listed)
            continue
        if words[0].lower() in ("the", "a", "an", "his", "her", "their"):
            continue
        out.append((m.start(1), m.end(1), name))
    return out
