"""A street named by its kind, told by its address, is no person: "called to Elm Grove, Brighton", "lived on Ash
Grove", "Mill Close in Harlow" (`people_streets` reads a street after a preposition of place and a given name; this
module the cues of an address).

Why: UK and Commonwealth streets are often a tree, a trade or a surname and a kind that is also a family name
(Grove, Close, Lane, Hill, Row), so the pair reads like a given name and a surname. Two cues name a street
without any list of streets: a preposition of being on a street ("on", "along", "off") before it, or its town
right after it ("Elm Grove, Brighton", "Mill Close in Harlow"), the way addresses are written.
"""

import re

from briefing_app.core.facts.gazetteer import lookup, person_names

# The kinds of street a name can end with.
_KINDS = (
    "Street|Road|Avenue|Lane|Drive|Grove|Close|Crescent|Terrace|Way|Gardens|Place|Court|Row|Mews|Walk|Parade|"
    "Rise|Hill|Green|Square|Boulevard|Highway"
)
_STREET = re.compile(rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:{_KINDS})")
# (or a house number: "at 67 Elm Grove")
_ON_BEFORE = re.compile(r"(?:(?:^|\s)(?:on|along|off)|(?:^|\s)(?:at|of|to|from|in)\s+\d{1,4}[a-zA-Z]?)\s+$")
# (not a town owning what follows, "John Hill, Leeds council's leader": an apposition to a person)
_TOWN_AFTER = re.compile(
    r"(?:,\s*|\s+in\s+)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])(?!\s+[a-z]+['’]s\b)(?!['’])"
)


def street_by_address(before: str, name: str, after: str) -> bool:
    """Whether `name` (the run's words, with the sentence's text `before` and `after` it) is a street: it ends
    with a kind of street and stands after "on/along/off" or a house number, or before its town, which the
    gazetteer knows."""
    if _STREET.fullmatch(name.strip()) is None:
        return False
    if _ON_BEFORE.search(before):
        return True
    # (by its town only when the first word is no given name: "John Hill, Leeds" may be a man of Leeds)
    if name.split()[0] in person_names()[0]:
        return False
    town = _TOWN_AFTER.match(after)
    return town is not None and lookup(town.group(1)) is not None


# A person's home address in court and police copy: an apposition after the name or age, ", of", the street, then
# the district and the town it lies in ("Jane Roe, 34, of Elm Grove, Ashdown, Kessby, admitted ..."). The street
# is where someone lives, no place the story happens in; the district after it is a place no list holds.
_HOME_ADDRESS = re.compile(
    rf",\s+of\s+(?:\d{{1,4}}[a-zA-Z]?\s+)?((?:[A-Z][\w'’-]+\s+){{1,3}}(?:{_KINDS}))(?![\w'’-])"
    r"((?:\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s*[,.;]))*)"
)
_AREA = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def home_addresses(text: str) -> list[tuple[tuple[int, int], list[tuple[int, int, str]]]]:
    """For each home address in `text` (see _HOME_ADDRESS): the street's (start, end), and the (start, end, name)
    of the districts and towns written after it."""
    if ", of " not in text:
        return []
    out = []
    for m in _HOME_ADDRESS.finditer(text):
        areas = [(m.start(2) + a.start(), m.start(2) + a.end(), a.group(0)) for a in _AREA.finditer(m.group(2))]
        out.append(((m.start(1), m.end(1)), areas))
    return out
