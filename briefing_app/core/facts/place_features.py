"""Natural features and areas named with their kind: "the Swat Valley", "Lake Tana", "the Strait of X", "X County".

No gazetteer lists every valley, delta, lake or island, but English writes the kind as a capitalised word of
the name, after it ("Sonoran Desert", "Canary Islands") or before it ("Lake X", "Mount X", "Strait of X"). The
whole name is one place: its first word alone ("Niger", "Sinai") is another place or none, and a given name in it
("Margarita Island") names no person. `places.find_named` reads these before the gazetteer's single words.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.roles import is_role_noun

# Kinds written after the name. "Bay", "Hills", "Lake", "Falls" are family names too: after a given name they
# end a person's name ("Jane Hills"), see `features`.
_KIND_AFTER = (
    "Valley", "Delta", "Plateau", "Peninsula", "Desert", "Mountains", "Highlands", "Island", "Islands", "Basin",
    "Archipelago", "Glacier", "Canyon", "Lowlands", "Steppe", "Sea", "Ocean", "Strait", "Straits", "Gulf", "Bay",
    "River", "Lake", "Falls", "Hills", "Range", "Atoll", "Lagoon", "Rainforest",
    # a stream, in American local news: "Round Lick Creek", "Buffalo Creek"
    "Creek",
    # and areas of a state whose kind is written as a word of the name: "Orange County", "Kasai Province"
    "County", "Province", "Governorate", "Prefecture", "Township", "Parish", "Oblast", "District",
    # empires of history and the halves of the globe: "the Ottoman Empire", "the Northern Hemisphere"
    "Empire", "Hemisphere",
    # protected land named with its kind: "Kessby National Park", "the Tolvane Nature Reserve"
    "National Park", "National Forest", "Nature Reserve", "Game Reserve", "National Reserve", "Wildlife Sanctuary",
)  # fmt: skip
_SURNAME_KINDS = {"Bay", "River", "Lake", "Falls", "Hills", "Range"}
# Before a one-word name that is also a given name ("Margarita Island", "Jane Valley said"): a word of place.
_PLACE_WORD_BEFORE = re.compile(r"\b(?:the|in|on|to|from|near|off|across|into|of|at|over|along)\s+$")
# Kinds written before the name: "Lake Tana", "Mount Elgon", "Strait of Hormuz", "Gulf of Sirte", "Isle of Skye".
# ("River X" is how British and Irish copy names a river: "the River Aire", "River Coquet")
_KIND_BEFORE = r"(?:Lake|Mount|Mt\.|River|(?:Strait|Straits|Gulf|Bay|Sea|Isle|Islands|Cape)\s+of)"
_WORD = r"[A-Z][a-z][\w'’-]*"
FEATURE_AFTER = re.compile(
    rf"(?<![\w'’.-])((?:{_WORD}\s+){{1,2}})({'|'.join(_KIND_AFTER)})(?![\w'’-])"
)
FEATURE_BEFORE = re.compile(rf"(?<![\w'’.-]){_KIND_BEFORE}\s+(?:the\s+)?{_WORD}(?:\s+{_WORD})?(?![\w'’-])")
_ANY_KIND = gated(rf"\b(?:{'|'.join(_KIND_AFTER)}|Mount|Mt\.|Isle|Cape)\b")
# Words that start a sentence or a clause and no name ("The Valley", "This Island"), or that describe
# ("Upper", "Great" stay: "Great Rift Valley").
_NOT_NAME_WORDS = {
    "The", "This", "That", "These", "Those", "A", "An", "Our", "Their", "Its", "His", "Her", "In", "On", "At", "From",
    "To", "Into", "Across", "Near", "Of", "And", "Or", "But", "Each", "Every",
    # quantifiers before a noun phrase the place's name qualifies: "Many Tamber County residents"
    "Many", "Most", "Some", "Several", "All", "Both", "Few",
}  # fmt: skip


_COMPASS_WORDS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Middle"}


# A city's named side ("Chicago's South Side", "the Far North Side", "the Lower East Side"), not a thing named
# after it ("West Side Story").
_CITY_SIDE = gated(
    r"(?<![\w'’.-])(?:(?:Far|Lower|Upper|Near)\s+)?(?:North|South|East|West|Northwest|Northeast|Southwest|"
    r"Southeast)\s+Side(?![\w'’-])(?!\s+[A-Z])"
)
# A neighbourhood named before the word ("the Auburn Gresham neighborhood", "Chicago's Back of the Yards
# neighborhood"): the capitalised words are its name, an owner's possessive aside.
_NEIGHBOURHOOD = gated(
    r"(?<![\w'’.-])([A-Z][\w'’-]+(?:\s+(?:of\s+the|of|de|del|la)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+){0,3})"
    # (one neighbourhood: "Shia neighbourhoods", "a Black neighborhood", "the Shia neighbourhood of X" are kinds)
    r"\s+(?:neighborhood|neighbourhood)\b(?!\s+of\b)"
)


# An electoral ward named before the word, in local election copy ("won the Penrith West ward", "held Grange Hill
# ward of X council", "(Longton South ward)"): an area of a town. A hospital's ward is named so too ("the Rainbow
# ward"): only a sentence about seats and votes, and none about patients, reads it.
_WARD = gated(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})\s+ward\b(?!\s+(?:sister|round)s?\b)")
_ELECTORAL = re.compile(r"\b(?:council|councill?ors?|by-?elections?|elect(?:ed|ion|ions)|seats?|votes?|polls?)\b")
_HOSPITAL = re.compile(r"\b(?:hospitals?|patients?|nurses?|infirmary|maternity|clinic|surgery|beds?)\b", re.IGNORECASE)


def _wards(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of electoral wards named with their kind (see _WARD)."""
    if " ward" not in text or not _ELECTORAL.search(text) or _HOSPITAL.search(text):
        return []
    out = []
    for m in _WARD.finditer(text):
        words, start = m.group(1).split(), m.start(1)
        while words and (words[0] in _NOT_NAME_WORDS or (not text[:start].strip(" \"'“‘(") and words[0].lower()
                                                          in lowercase)):  # fmt: skip
            start += len(words[0]) + 1
            words = words[1:]  # "The ward", "In Abbey ward": a sentence's first word
        if not words or is_nationality(words[-1]) or all(w.lower() in lowercase for w in words):
            continue  # "the Labour ward", "a Conservative ward": a party's or common words, no name
        entry = lookup(" ".join(words))
        if entry is not None and entry.kind == "organisation":
            continue  # "a Labour ward": the party that holds it
        out.append((start, m.end(1), text[start : m.end(1)]))
    return out


def city_areas(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of a city's sides and neighbourhoods named with their kind (see _CITY_SIDE,
    _NEIGHBOURHOOD); a one-word name the article also writes in lower case is a common word ("Black")."""
    out = [(m.start(), m.end(), m.group(0)) for m in _CITY_SIDE.finditer(text)] + _wards(text, lowercase)
    for m in _NEIGHBOURHOOD.finditer(text) if "eighbo" in text else ():
        words, start = m.group(1).split(), m.start(1)
        while words and (words[0] in _NOT_NAME_WORDS or re.search(r"['’]s$", words[0])):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end(1)
            words = words[1:]  # "the Gresham neighborhood", "Chicago's Back of the Yards neighborhood"
        if not words or words[-1] in ("of", "the", "de", "del", "la") or re.search(r"\b[Aa]n?\s+$", text[:start]):
            continue
        if len(words) == 1 and (is_nationality(words[0]) or words[0].lower() in lowercase):
            continue  # "the Jewish neighborhood", "the Black neighborhood": a people's, no name
        out.append((start, m.end(1), text[start : m.end(1)]))
    return out


def features(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of natural features named with their kind (see the module's docstring); a name the
    gazetteer knows whole is left to it, and a name that runs on into an organisation's ("Harbour Valley
    Authority") or follows another capitalised word is no feature."""
    out = towns_by_opener(text) + city_areas(text, lowercase)
    if not _ANY_KIND.search(text):
        return out  # most sentences name no feature: spare the patterns that start at every capital
    given, family = person_names()
    for m in FEATURE_AFTER.finditer(text):
        words = m.group(1).split()
        start = m.start(1)
        while words and (words[0] in _NOT_NAME_WORDS or (not text[:start].strip(" \"'“‘(") and words[0].lower()
                                                          in lowercase)):  # fmt: skip
            start += len(words[0]) + 1
            words = words[1:]  # "The Valley flooded", "Fishermen Lake ...": a sentence's first word
        before = re.search(r"([A-Z][\w'’-]*)\s+$", text[:start])
        nxt = re.match(r"\s+([A-Z][\w'’-]*)", text[m.end() :])
        if nxt is not None and is_role_noun(nxt.group(1)):
            nxt = None  # "Tamber County Judge Jane Roe": a title after the area's name leaves it a place
        if not words or nxt is not None or (before and before.group(1) not in _NOT_NAME_WORDS):
            continue  # "Harbour Valley Authority", "Jane Delta Smith": the kind is a word inside a longer name
        if m.group(2) == "District" and (re.match(r"\s+of\s+[A-Z]", text[m.end() :]) or words[0] in _COMPASS_WORDS):
            continue  # "the Western District of Texas": a court's district, named after the state it is part of
        if m.group(2) in _SURNAME_KINDS and words[-1] in given:
            continue  # "Jane Hills", "Michael Bay": a given name, then a family name
        if len(words) == 1 and words[0] in given and not _PLACE_WORD_BEFORE.search(text[:start]):
            continue  # "Jane Valley said": a person; "on Margarita Island": a place
        if all(w.lower() in lowercase for w in words):
            continue  # "Dead Sea" aside, common words the article also writes in lower case name no feature
        owner = re.match(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+", text[start : m.end()])
        if owner is not None and lookup(owner.group(1)) is not None:
            start += owner.end()  # "California's Silicon Valley": the owner is a place the gazetteer reads apart
        name = text[start : m.end()]
        if lookup(name) is not None or not name.strip():
            continue  # the gazetteer finds it whole
        out.append((start, m.end(), name))
    for m in FEATURE_BEFORE.finditer(text):
        name = m.group(0)
        last = name.split()[-1]
        if re.match(r"\s+[A-Z]", text[m.end() :]) or lookup(name) is not None:
            continue  # "Mount Sinai Hospital": the start of a longer name; a known name is found whole
        # ("capsized on Lake Albert", "crossing Lake Edward": a preposition of place or a crossing makes it the lake)
        ahead = text[: m.start()]
        placed = _PLACE_WORD_BEFORE.search(ahead) or re.search(r"\bcross(?:es|ed|ing)?\s+$", ahead)
        if name.startswith(("Lake", "Mount", "Mt.", "River")) and ((last in family and not placed) or re.search(
                r"[A-Z][\w'’-]*\s+$", text[: m.start()])):  # fmt: skip
            continue  # "Jane Lake Smith", "Mount Carter" as a person: a family name after the kind
        out.append((m.start(), m.end(), name))
    return out


# Words that open a town's name in Spanish, Portuguese, Italian, French and Arabic place names ("Puerto X", "São X",
# "Kafr X", "Deir X"), after a preposition of place: the town's whole name, known to no list ("in Puerto Quillo").
_TOWN_OPENER = re.compile(
    r"\b(?:[Ii]n|[Aa]t|near|[Ff]rom|outside|into|to)\s+((?:Puerto|Porto|San|Santa|Santo|São|Villa|Vila|Ciudad|Cidade|"
    r"Río|Punta|Bahía|Nueva|Nuevo|Nova|Novo|Sankt|Bandar|Kota|Ras|Kafr|Deir|Beit|Umm|Wadi|Jabal|Jebel|Ain)\s+"
    r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)(?![\w'’-])(?!\s+[A-Z])"
)
_ANY_OPENER = gated(
    r"\b(?:Puerto|Porto|San|Santa|Santo|São|Villa|Vila|Ciudad|Cidade|Río|Punta|Bahía|Nueva|Nuevo|Nova|Novo|Sankt|"
    r"Bandar|Kota|Ras|Kafr|Deir|Beit|Umm|Wadi|Jabal|Jebel|Ain) |\b(?:ocean|sea|lake|gulf|desert|river|islands)\b"
)
# A known sea, ocean or lake written with its kind in lower case: "the Indian ocean", "the Caspian sea".
_LOWER_KIND = re.compile(r"(?<![\w'’.-])((?:[A-Z][a-z]+\s+){1,2})(ocean|sea|lake|gulf|desert|river|islands)(?![\w'’-])")


def towns_by_opener(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of towns named with a place-name opener after a preposition (see _TOWN_OPENER), and of
    known seas and lakes written with a lower-case kind (see _LOWER_KIND)."""
    out: list[tuple[int, int, str]] = []
    if not _ANY_OPENER.search(text):
        return out
    for m in _TOWN_OPENER.finditer(text):
        if lookup(m.group(1)) is None or lookup(m.group(1)).kind == "place":  # type: ignore[union-attr]
            out.append((m.start(1), m.end(1), m.group(1)))
    for m in _LOWER_KIND.finditer(text):
        entry = lookup(m.group(1) + m.group(2).capitalize())
        if entry is not None and entry.kind == "place":
            out.append((m.start(1), m.end(2), text[m.start(1) : m.end(2)]))
    return out
