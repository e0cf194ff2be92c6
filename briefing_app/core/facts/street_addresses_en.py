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
