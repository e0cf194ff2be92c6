"""Local bodies of British and Irish copy that no capitalised run names (English):

- councils written with their kind in lower case: "Eden district council", "Stoke city council", "Barnet borough
  council", "Lancashire county council"; or a place the gazetteer knows and "council" alone: "has run Cornwall
  council since May". The run ends in "Council" when the paper capitalises it, and `org_runs` reads that; in
  lower case the place was read as a place and the body was lost;
- the BBC's radio stations by their name: "BBC Radio Stoke", "BBC Radio Wales" (the numbered networks, "BBC Radio
  4", are `orgs.CHANNEL`'s): not the BBC and a "Radio Stoke";
- public bodies of the home nations named by their field and the nation: "Public Health Wales", "Historic England",
  "Transport Scotland", "Natural Resources Wales": common words and no kind noun, so no finder knew them, and the
  nation was read as a place (or the run as a person).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.gazetteer import lookup, names_a_place
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS, MONTHS_DAYS
from briefing_app.core.facts.people_nationality import is_nationality

# The kind of council, in lower case before "council" (England's, Wales', Scotland's and Ireland's tiers).
_KIND = (
    r"(?:district|borough|city|county|town|parish|community|metropolitan(?:\s+borough|\s+district)?|unitary|"
    r"regional|island|islands|village)"
)
# A place's word: "Kessby", "Stoke-on-Trent", "King's Lynn"; words joined by the particles of English place names
# ("Cheshire West and Chester", "Kingston upon Thames", "Newcastle under Lyme").
_WORD = r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*"
_COUNCIL = gated(
    rf"(?<![\w'’.-])({_WORD}(?:(?:\s+(?:and|upon|on|under)\s+|\s+){_WORD}){{0,4}})\s+(?:({_KIND})\s+)?council"
    # (not the tax, the homes or the seat a council gives its name to: "Kessby council tax", "council houses")
    r"(?![\w-])(?!\s+(?:tax|taxes|house|houses|housing|home|homes|estate|estates|flat|flats|seat|seats|ward|wards)\b)"
)
_COMPASS = frozenset(("North", "South", "East", "West", "Central", "Mid"))
# A station's name after "BBC Radio": one word, or a compass word and one ("BBC Radio West Midlands"); a possessive
# ends it ("BBC Radio Wales' Sunday programme").
_BBC_STATION = gated(
    r"(?<![\w'’-])BBC\s+Radio\s+(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b)"
    r"(?:(?:North|South|East|West)\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])"
)


# One to three capitalised common words, then a home nation: "Public Health Wales", "Historic England" (not a
# list of nations after it, "Trading Standards England and Wales", whose nations are where it works).
_NATION_BODY = gated(
    r"(?<![\w'’.-])((?:[A-Z][a-z]+\s+){1,3})(England|Scotland|Wales|Northern\s+Ireland)(?![\w'’-])"
    r"(?!\s+(?:and|&)\s+(?:England|Scotland|Wales|Northern)\b)"
)
# Words that make a part of the country, not a body, of the nation after them ("Northern England", "rural Wales",
# "an independent Scotland" written in a headline's capitals, "New England").
_NOT_A_FIELD = frozenset(
    "north south east west northern southern eastern western central mid greater great new old rural coastal "
    "upper lower little independent modern medieval whole all most much across beyond within outside inside "
    "throughout in of for to from at by on with and or the a an beat beating against played playing v vs then now "
    "so yet but also still even only just later earlier today tonight yesterday tomorrow last next meanwhile however "
    "once unlike like including without versus beats face faces faced host hosts hosted leave left lead led".split()
) | frozenset(LEADING_FUNCTION_WORDS)


def nation_bodies(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the home nations' public bodies a sentence names by field and nation (see the module);
    every word before the nation a common word of no place ("Public Health Wales", not "South Wales")."""
    found = []
    for m in _NATION_BODY.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in _NOT_A_FIELD:
            words = words[1:]  # ("In Public Health Wales's report": the sentence's opening word)
        common = common_words() if words else frozenset()  # (the list only where a nation follows capitals)
        if not words or any(w.lower() in _NOT_A_FIELD or w.lower() not in common or is_nationality(w) for w in words):
            continue
        start = m.end(1) - len(" ".join(words)) - 1
        found.append((start, m.end(), text[start : m.end()]))
    return found


def _not_the_place(word: str) -> bool:
    """Whether a capitalised word before a council's place is no word of its name: a sentence's "The", a party
    ("Labour-run", "Tory"), a people's word ("Welsh") or a common word ("Former")."""
    low = word.lower()
    if low in common_words() or is_nationality(word) or MONTHS_DAYS.match(word):
        return True
    if re.search(r"-(?:run|led|controlled|held)$", low):
        return True
    entry = lookup(word)
    return entry is not None and entry.kind == "organisation"


def _known_place(run: str) -> bool:
    """Whether each part of a run joined by "and" is a place the gazetteer knows, alone or with a compass word
    after it ("Cheshire East", "Cheshire West and Chester")."""
    for part in run.split(" and "):
        words = part.split()
        if words and words[-1] in _COMPASS and len(words) > 1:
            words = words[:-1]
        if not names_a_place(" ".join(words)):
            return False
    return True


def local_councils(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the councils a sentence names with "council" in lower case (see the module)."""
    found = []
    for m in _COUNCIL.finditer(text):
        words = m.group(1).split()
        while words and _not_the_place(words[0]):
            words = words[1:]
        if not words or words[0] in ("and", "upon", "on", "under"):
            continue
        run = " ".join(words)
        start = m.start(1) + len(m.group(1)) - len(run)
        if text[start : m.start(1) + len(m.group(1))] != run:
            continue  # (a run broken over two blanks: not one name)
        if m.group(2) is None and not _known_place(run):
            continue  # "the Labour council", "Jane Roe's council": no place named before a bare "council"
        found.append((start, m.end(), text[start : m.end()]))
    return found


def bbc_stations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the BBC's radio stations named by their place or name ("BBC Radio Stoke")."""
    return [(m.start(), m.end(), m.group(0)) for m in _BBC_STATION.finditer(text)]
