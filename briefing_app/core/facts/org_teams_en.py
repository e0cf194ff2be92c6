"""English clubs named bare as the other side of a match, by a name no list or shape holds: "won 2-1 away at Crystal
Palace", "beat Tolvik Rovers 3-1", "drew with Harbour Athletic". In a match report (`sports_teams.is_sports_story`)
the capitalised name after "against", "beat", "defeated", "drew with", "lost to", "a win over", "away at", "at home
to" is a side. Names the gazetteer knows (countries as national sides, towns, listed clubs) are read elsewhere, and a
person's name (a player beaten at tennis) is left to the people finder."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.match_sides import player_after_possessive
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.repeated_names import not_org_word
from briefing_app.core.facts.sports_teams import is_sports_story

_SIDE = re.compile(
    r"\b(?:against|beat|beating|defeated|thrashed|edged|drew\s+(?:\d+-\d+\s+)?with|lost\s+(?:\d+-\d+\s+)?to|"
    r"(?:wins?|victory|victories|defeats?|draws?|loss|losses)\s+(?:over|against|at|to|with|by)|away\s+(?:at|to)|"
    r"at\s+home\s+to|at\s+the\s+hands\s+of|(?:take|takes|took|taking)\s+on)\s+"
    r"((?:[A-Z][\w'’&-]*\s+){0,2}[A-Z][\w'’&-]+)(?![\w'’-])"
)
# The second side of a pair after the cue: "defeats by Tolvik and Harwick", "draws with Oldby or Kessing".
_PARTNER = re.compile(r"\s+(?:and|or|&)\s+((?:[A-Z][\w'’&-]*\s+){0,2}[A-Z][\w'’&-]+)(?![\w'’-])")
# A player who gets somewhere first: "Roe beat Doe to the ball": no side.
_BEAT_TO = re.compile(r"\s+to\s+(?:the|a|his|her)\b")


# The last words of clubs' names that a given name may open ("Crystal Palace", "Glenda Rovers"): a club's, no surname.
_CLUB_WORDS = frozenset(
    "Palace Rovers United City Town Athletic Wanderers Albion Villa Rangers County Hotspur Forest Argyle Orient "
    "Wednesday Alexandra Thistle Academicals Stanley Vale Dynamo Sporting FC AFC SC CF RFC Harlequins Saracens "
    "Warriors Tigers Lions Bears Giants Stars Kings Blues Reds".split()
)


def _no_club(name: str, whole: str = "") -> bool:
    """Whether a name after a verb of playing is no club: a country, a town or a body the lists know (read by the
    place and team finders), a people's adjective ("Dutch side"), a player's full name, one word that reads as a
    player's surname, a day or a title (`_lone_side`) or a determiner's phrase."""
    words = name.split()
    given, family = person_names()
    if player_after_possessive(words):
        return True  # "beat Spain's Carlos Moyano": a player, left to the people finder
    return (
        lookup(name) is not None
        or (is_nationality(words[0]) and not (len(words) == 1 and _people_word_side(name)))
        # (a given name and a surname no census lists: "beat Nadia Petrova 6-3", not "away at Crystal Palace")
        or (words[0] in given and (words[-1] in family or (len(words) > 1 and words[-1] not in _CLUB_WORDS)))
        or (len(words) == 1 and not _lone_side(name, whole))
        or words[0].lower() in ("the", "a", "an", "his", "her", "their")
    )


def _people_word_side(name: str) -> bool:
    """Whether a people's word alone after a cue of playing is a side named like it ("beat Celtic", "against
    Hibernian"): not a people's plural noun ("against the Dutch" has its article; "beat Welsh" is no English)."""
    return not name.endswith(("sh", "ch", "ese", "ss"))


def _lone_side(name: str, whole: str) -> bool:
    """Whether one word after a cue of playing is a side, not a player beaten ("beat Tolvik 5-0", not "beat Pell
    6-3"): no given or family name the lists hold, no day or title, and never written after a given name (a match
    report names a player in full first, "Jon Pell"; a club named by one word never so)."""
    given, family = person_names()
    day_or_title = not_org_word(name) and not is_nationality(name)  # (a people's word is `_people_word_side`'s)
    return not (name in given or name in family or day_or_title or _after_given_name(name, whole, given))


def _after_given_name(name: str, whole: str, given: frozenset[str] | set[str]) -> bool:
    """Whether the article writes `name` after a given name ("Jon Pell ... beat Pell 6-3"): a person's surname."""
    return any(b.group(1) in given for b in re.finditer(rf"\b([A-Z][\w'’-]+)\s+{re.escape(name)}(?![\w-])", whole))


def english_sides(text: str, whole: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the clubs an English match report names as the other side (see the module)."""
    if not is_sports_story(whole):
        return []
    out = []
    for m in _SIDE.finditer(text):
        names = [m]
        partner = _PARTNER.match(text, m.end(1))
        if partner is not None:
            names.append(partner)
        # ("a win at Tolvik Park", "away at Kessmoor": after "at" one word names a ground or a town as often as a side)
        at_ground = re.search(r"\bat\s+$", text[m.start() : m.start(1)]) is not None
        for name in names:
            lone = len(name.group(1).split()) == 1
            if lone and (at_ground or _BEAT_TO.match(text, name.end(1))):
                continue  # "Roe beat Doe to the ball": a player first to it
            if not _no_club(name.group(1), whole):
                out.append((name.start(1), name.end(1), name.group(1)))
    return out
