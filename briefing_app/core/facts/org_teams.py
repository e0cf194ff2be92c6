"""Clubs named by their town and one of the words British clubs add to it ("Wigan City", "Oldby Athletic", "Tolby
Albion"): in a match report (`sports_teams.is_sports_story`), a city or region the gazetteer knows and such a word
is a club, an organisation. (A town and a nickname in the plural, "the Riverton Otters", is
`place_context.team_after`'s, in any story.)"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.match_sides import player_after_possessive
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.people_nationality import is_nationality, place_names
from briefing_app.core.facts.repeated_names import not_org_word
from briefing_app.core.facts.roles import is_person_noun
from briefing_app.core.facts.sports_teams import is_sports_story
from briefing_app.core.facts.transfer_moves import signed_from_clubs

# A place of one to three words, then the club's word.
_TOWN_AND_CLUB_WORD = gated(
    r"(?<![\w'’.-])((?:[A-Z][a-z]+\s+){1,3})(City|Athletic|Town|County|Albion|Villa|Wednesday|Argyle|Alexandra|"
    r"Orient)(?![\w'’-])"
)


@lru_cache(maxsize=8)
def _sports(whole: str) -> bool:
    return is_sports_story(whole)


def city_teams(text: str, whole: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the clubs a sentence of a match report names by town and club word (see the module)."""
    if not _sports(whole) or not _TOWN_AND_CLUB_WORD.search(text):
        return []
    out = []
    for m in _TOWN_AND_CLUB_WORD.finditer(text):
        place_words = m.group(1).split()
        # the place may be the last words before the club's word only ("beat the Wigan City side": "Wigan")
        for k in range(len(place_words)):
            place = " ".join(place_words[k:])
            entry = lookup(place)
            if entry is None or entry.kind != "place" or entry.detail not in ("city", "capital", "region"):
                continue
            if lookup(f"{place} {m.group(2)}") is not None:
                break  # "Mexico City", "Kansas City": a place's own name
            start = m.start(1) + len(" ".join(place_words[:k])) + (1 if k else 0)
            out.append((start, m.end(2), f"{place} {m.group(2)}"))
            break
    return out


# What a club has and a national side or a player has not: its manager, its players by their position, its
# academy ("Stanmore manager Tom Bray", "the Aldwick goalkeeper", "Kessing's striker").
_CLUB_ROLE = (
    r"manager|boss|striker|midfielder|defender|goalkeeper|keeper|winger|attacker|centre-forward|full-back|centre-back|centre-half|"
    r"left-back|right-back|wing-back|playmaker|chairman|head\s+coach|academy|loanee|first-team|"
    # its executives and owner ("Chelsham chief executive X", "Kessby owner Y")
    r"chief\s+executive|owner|director\s+of\s+football|sporting\s+director|technical\s+director|football\s+director|"
    # other games' positions and a side's leaders ("Coventry Blaze defenceman X", "the Kessby captain", "Oldby
    # fly-half X", "Tolby batsman Y")
    r"captain|skipper|coach|forward|fly-half|scrum-half|flanker|hooker|prop|lock|number\s+eight|batsman|bowler|"
    r"wicketkeeper|all-rounder|spinner|defenceman|netminder"
)
_CLUB_NAME = r"((?:[A-Z][\w'’.-]*[a-z][\w.-]*\s+){0,2}[A-Z][\w.-]*[a-z][\w.-]*)"
_BEFORE_ROLE = gated(rf"(?<![\w'’.-]){_CLUB_NAME}(?:['’]s)?\s+(?:{_CLUB_ROLE})(?![\w-])")
# Where a player moves: "signed for Aldwick", "joined Pellwick from Brackley", "on loan at Kessing".
_MOVED_TO = gated(
    rf"\b(?:signed\s+for|re-signed\s+for|played\s+for|plays\s+for|playing\s+for|joined|rejoined|loan\s+(?:at|from|to|with)|loaned\s+to|spells?\s+at|"
    rf"switch\s+to|move\s+to|moved\s+to|sold\s+to|released\s+by|signed\s+from|arrived\s+from|joined\s+from|"
    # a switch of clubs and a result told as a noun: "switched to Cuala last season", "their 2015 defeat to X"
    rf"switched\s+to|switched\s+from|(?:defeat|loss|win|victory|draw)\s+(?:to|against|over|with)(?:\s+the)?"
    rf"(?:\s+[a-z-]+){{0,2}}?)\s+"
    rf"{_CLUB_NAME}(?![\w'’-])"
)
# A singular name with a plural verb, as British copy writes a side ("Arsenal were not able to hold on"): a team;
# not the last of a list ("Roe and Doe were") nor a plural ("the Otters were").
_PLURAL_AGREES = gated(
    r"(?<![\w'’.-])(?<!\band\s)(?<!,\s)(?<!\b&\s)([A-Z][a-z]*[a-rt-z](?:\s+[A-Z][a-z]*[a-rt-z])?)\s+"
    r"(?:were|have\s+(?:been|won|lost|drawn|scored|conceded)|are\s+(?:now|still|unbeaten|top|bottom))\b"
)
# Both sides of a result: "Glenbury beat Harwood 3-1", "the Brentham Sharks edged Colby Tigers 24-13" (a country is
# a national side, which the caller leaves out; a town is its club).
_SIDE = r"((?:[A-Z][\w'’.-]*[a-z][\w.-]*\s+){0,2}[A-Z][\w.-]*[a-z][\w.-]*)"
_RESULT = gated(
    rf"(?<![\w'’.-]){_SIDE}\s+(?:beat|defeated|thrashed|hammered|edged|overcame|drew\s+with|lost\s+to|drew\s+(?:\d+-\d+|"
    rf"\d+–\d+)\s+with|lost\s+(?:\d+-\d+|\d+–\d+)\s+to)\s+(?:the\s+)?{_SIDE}\s+(?:\d{{1,3}}-\d{{1,3}}|\d{{1,3}}–\d{{1,3}})(?![\w-])"
)
# The score given with the verb, the other side after it: "Celtic drew 0-0 with Hibernian", "lost 1-0 to Everton".
_RESULT_SCORE_FIRST = gated(
    rf"(?<![\w'’.-]){_SIDE}\s+(?:drew|lost|won|went\s+down)\s+(?:\d{{1,3}}-\d{{1,3}}|\d{{1,3}}–\d{{1,3}})\s+"
    rf"(?:with|to|against|at\s+home\s+to)\s+(?:the\s+)?{_SIDE}(?![\w'’-])"
)
# A side by its place in the table: "fourth-placed Aldwick", "bottom-placed Kessby".
_PLACED = gated(
    rf"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom)-placed\s+{_CLUB_NAME}(?![\w'’-])"
)
# (a signing names the player, then the club he leaves: "have signed Jon Pell from Wexby", "the signing of striker
# Jon Pell from Wexby on a three-year deal")
_JOINED_FROM = re.compile(
    rf"\b(?:joined|signed\s+for|signed|signing\s+of|signs|bought|recruited)\s+(?:(?:{_CLUB_ROLE})\s+)?"
    rf"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}\s+from\s+{_CLUB_NAME}(?![\w'’-])"
)
# The last word of a competition or a title, no club: "Premier League striker", "World Cup winner".
_NOT_CLUB_END = re.compile(
    r"(?:League|Cup|Championship|Championships|Division|Premiership|Series|Open|Games|Olympics?|Trophy|Shield|"
    r"Conference|Tour|Grand|Prix|Under-\d+|U\d+|Women|Ladies|Youth|Test|XI)$"
)
# Words that open a sentence before such a role and are no club ("Former striker X", "Interim manager Y").
_NOT_CLUB_FIRST = {
    "Former", "Ex", "Interim", "Caretaker", "Assistant", "General", "Veteran", "Club", "Team", "Academy", "Youth",
    "Reserve", "New", "Then", "Now", "Our", "Their", "His", "Her", "The", "A", "An", "Star", "Stand-in", "Rival",
    "Player", "Joint", "Acting", "Deputy", "Vice", "Director", "Head", "Senior", "Junior", "Young", "Experienced",
}  # fmt: skip


# Peoples' words that name a family of peoples or a region's, no nation's ("Celtic", "Nordic", "Baltic"): no
# player's nationality, so before what only a club has they are a club ("Celtic manager X"); not the words of an
# event or a faith ("Olympic coach", "Catholic"), which describe a player or a coach.
_NO_NATION = frozenset("Celtic Gaelic Slavic Baltic Nordic Hellenic Germanic Atlantic Pacific Adriatic".split())
# The endings of a people's adjective that is its plural noun too ("the Welsh", "the Dutch", "the Chinese").
_PEOPLE_PLURAL_ENDS = ("sh", "ch", "ese", "ss")
# A compass word opening a club's name after its town's part ("West Hale", "North Tolby"): no given name.
_COMPASS = {"North", "South", "East", "West"}


# Nouns that take a plural verb in the singular form and open sentences ("Police were called").
_PLURAL_NOUNS = {"Police", "Staff", "People", "Cattle", "Youth", "Crew", "Clergy", "Personnel", "Management"}


def _club_name(name: str, start: int) -> tuple[str, int]:
    """A slot's name without the sentence's or the title's words before it ("The Stanmore", "Former Stanmore")."""
    words = name.rstrip(".").split()  # (the sentence's full stop: "on loan at Wexby.")
    if words and re.fullmatch(r"[\w-]+-year-old", words[0], re.IGNORECASE):
        start += len(words[0]) + 1  # "Twenty-one-year-old striker X": the player's age, no club
        words = words[1:]
    if words and words[0][:3] in ("Ex-", "ex-") and len(words[0]) > 4:
        start += 3  # "Ex-Arsenal midfielder": the player's former club
        words[0] = words[0][3:]
    while words and not (len(words) > 1 and words[0] == "New" and lookup(" ".join(words[:2])) is not None) and (
        words[0] in _NOT_CLUB_FIRST
        or (len(words) > 1 and (words[0].lower() in LEADING_FUNCTION_WORDS or not_org_word(words[0])))
    ):
        start += len(words[0]) + 1  # ("On Saturday Glenbury beat ...": the sentence's words before the side; not
        # "New" of a place, "the New York Rangers")
        words = words[1:]
    return " ".join(words), start


def clubs_by_slot(text: str, whole: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the clubs a sentence of a football report names bare by what only a club has (its
    manager, its players by position, its academy) or by a player's move ("signed for X", "on loan at X"): no
    list can hold every club, and a club named by its town ("Burnley boss ...") is no place there. A country
    (a national side, which no list of organisations counts), a people's word, a person's name and a
    competition are none."""
    sports = _sports(whole)
    # "signed Spain international midfielder Jon Pell from Wexby": the player's description is longer than
    # _JOINED_FROM reads; outside a match report only a signing that names the player's position (transfer_moves)
    transfers = signed_from_clubs(text, sports)
    if not sports and not transfers:
        return []
    given, family = person_names()
    out = []
    matches = [
        *_BEFORE_ROLE.finditer(text), *_MOVED_TO.finditer(text), *_JOINED_FROM.finditer(text),
        *_PLURAL_AGREES.finditer(text), *_PLACED.finditer(text),
    ] if sports else []  # fmt: skip
    slots = [(m.group(1), m.start(1)) for m in matches]
    slots += [(text[a:b], a) for a, b in transfers if (text[a:b], a) not in slots]
    # (where only a noun goes: "joined X", "signed from X", "X were": a people's adjective there is a club, "Celtic")
    noun_slots = {
        (m.group(1), m.start(1))
        for m in (*_MOVED_TO.finditer(text), *_JOINED_FROM.finditer(text), *_PLURAL_AGREES.finditer(text))
    } if sports else set()  # fmt: skip
    noun_slots |= {(text[a:b], a) for a, b in transfers}
    results = [
        (m.group(k), m.start(k)) for m in (*_RESULT.finditer(text), *_RESULT_SCORE_FIRST.finditer(text)) for k in (1, 2)
    ] if sports else []  # fmt: skip
    for found, at in slots + results:
        name, start = _club_name(found, at)
        if (found, at) in results and lookup(name) is not None and not _town_named_like_a_person(name):
            continue  # a side the gazetteer knows ("Mexico City", "Norway") is read by sports_teams, or is a nation
        words = name.split()
        # (a people's word as one side of a result is a club: "Celtic beat Rangers 2-1")
        side = (found, at) in results and len(words) == 1 and lookup(name) is None and is_nationality(name)
        # (not a people's plural: "the Welsh were", "the Dutch have won" are a nation's players or people)
        side = side or (
            (found, at) in noun_slots
            and len(words) == 1
            and lookup(name) is None
            and is_nationality(name)
            and not name.endswith(_PEOPLE_PLURAL_ENDS)
        )
        # (a people's word that is no nation's is no player's nationality either: "Celtic manager X", "Celtic boss Y")
        side = side or (len(words) == 1 and name in _NO_NATION and lookup(name) is None)
        not_club = not side and (not_org_word(words[0]) or not_org_word(words[-1])) if words else True
        if not words or _NOT_CLUB_END.search(name) or not_club:
            continue
        entry = lookup(name)
        if entry is not None and (entry.kind != "place" or entry.detail not in ("city", "capital")):
            continue  # "England manager", "Brazil striker": a national side; a body the list knows is found elsewhere
        if not side and any(is_nationality(w) or (w.endswith("ine") and f"{w[:-1]}a" in place_names()) for w in words):
            continue  # "the German striker", "the Argentine goalkeeper": a player's people, no club
        if (
            entry is None
            and len(words) > 1
            and (words[0] in given or (words[-1] in family and words[0] not in _COMPASS))
        ):
            continue  # "joined Jon Pell in the squad": a person (not "from West Hale": a town's part, no given name)
        if player_after_possessive(words):
            continue  # "beat Norway's Jon Pell 6-3 6-4": a player, after his country's possessive
        if len(words) == 1 and (name.lower() in lowercase or (entry is None and _person_elsewhere(name, whole))):
            continue  # "Tom Hart ... Hart's manager": the surname of a person the article names in full
        if not text[:start].strip(" \"'“‘(") and name.lower() in lowercase:
            continue
        if len(words) == 1 and (
            name.lower() in LEADING_FUNCTION_WORDS or name in _PLURAL_NOUNS or is_person_noun(name.lower())
        ):
            continue  # "They were", "Police were", "Staff have been": a pronoun or a plural noun opening the sentence
        out.append((start, start + len(name), name))
    return out


def _town_named_like_a_person(name: str) -> bool:
    """A one-word town that is also a given or family name ("Chelsea", "Everton"): the place finder passes over it
    as a person's name, so as a side of a result it is read here as the club."""
    entry = lookup(name)
    given, family = person_names()
    return entry is not None and entry.detail == "city" and " " not in name and (name in given or name in family)


def _person_elsewhere(name: str, whole: str) -> bool:
    """Whether the article writes `name` after a given name ("Tom Hart"), or as a given name before a surname."""
    given = person_names()[0]
    before = (b.group(1) for b in re.finditer(rf"\b([A-Z][\w'’-]+)\s+{re.escape(name)}(?![\w-])", whole))
    return (
        any(b in given and b not in _NOT_CLUB_FIRST for b in before)
        or name in given
        and re.search(rf"\b{re.escape(name)}\s+[A-Z][a-z]+", whole) is not None
    )
