"""English clubs named bare as the other side of a match, by a name no list or shape holds: "won 2-1 away at Crystal
Palace", "beat Tolvik Rovers 3-1", "drew with Harbour Athletic". In a match report (`sports_teams.is_sports_story`)
the capitalised name after "against", "beat", "defeated", "drew with", "lost to", "a win over", "away at", "at home
to" is a side. Names the gazetteer knows (countries as national sides, towns, listed clubs) are read elsewhere, and a
person's name (a player beaten at tennis) is left to the people finder."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.match_sides import named_sides, player_after_possessive
from briefing_app.core.facts.people_nationality import is_nationality

_SIDE = re.compile(
    r"\b(?:against|beat|beating|defeated|thrashed|edged|drew\s+(?:\d+-\d+\s+)?with|lost\s+(?:\d+-\d+\s+)?to|"
    r"(?:win|victory|defeat|draw|loss)\s+(?:over|against|at|to|with)|away\s+(?:at|to)|at\s+home\s+to)\s+"
    r"((?:[A-Z][\w'’&-]*\s+){0,2}[A-Z][\w'’&-]+)(?![\w'’-])"
)


# The last words of clubs' names that a given name may open ("Crystal Palace", "Glenda Rovers"): a club's, no surname.
_CLUB_WORDS = frozenset(
    "Palace Rovers United City Town Athletic Wanderers Albion Villa Rangers County Hotspur Forest Argyle Orient "
    "Wednesday Alexandra Thistle Academicals Stanley Vale Dynamo Sporting FC AFC SC CF RFC Harlequins Saracens "
    "Warriors Tigers Lions Bears Giants Stars Kings Blues Reds".split()
)


def _no_club(name: str) -> bool:
    """Whether a name after a verb of playing is no club: a country, a town or a body the lists know (read by the
    place and team finders), a people's adjective ("Dutch side"), a player's full name, one word alone (a player as
    often as a club; the clubs named by one word are listed) or a determiner's phrase."""
    words = name.split()
    given, family = person_names()
    if player_after_possessive(words):
        return True  # "beat Spain's Carlos Moyano": a player, left to the people finder
    return (
        lookup(name) is not None
        or is_nationality(words[0])
        # (a given name and a surname no census lists: "beat Nadia Petrova 6-3", not "away at Crystal Palace")
        or (words[0] in given and (words[-1] in family or (len(words) > 1 and words[-1] not in _CLUB_WORDS)))
        or len(words) == 1
        or words[0].lower() in ("the", "a", "an", "his", "her", "their")
    )


def english_sides(text: str, whole: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the clubs an English match report names as the other side (see the module)."""
    return named_sides(text, whole, _SIDE, _no_club)
