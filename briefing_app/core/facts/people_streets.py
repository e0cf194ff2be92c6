"""A run of a given name and a street's kind after a preposition of place names the street, not a person:
"the gutters coming to Byron Street", "a crash on Morgan Road", "shops along Jackson Avenue". A title before it
("Mayor Donald Street") or the article naming the run as a person elsewhere keeps the person.

UK and Commonwealth streets are often a tree, a trade or a surname and a kind that is also a family name (Grove,
Close, Lane, Hill, Row), so the pair reads like a given name and a surname: "called to Elm Grove, Brighton", "lived
on Ash Grove", "Mill Close in Harlow" are streets by a house number or "on/along/off" before them, or their town
right after them, the way addresses are written (`street_by_address`, read by `people_not_names`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_app.core.facts.gazetteer import lookup, person_names

if TYPE_CHECKING:  # (types only: people_runs reads people_not_names, which reads this module)
    from briefing_app.core.facts.people_runs import Run, Sentence

# The kinds of way a town names after a person's name ("Byron Street", "Kennedy Drive").
WAY_KINDS = frozenset({"Street", "Road", "Avenue", "Lane", "Boulevard", "Drive", "Crescent", "Terrace", "Place"})
# Prepositions of place and motion right before the run: a person is rarely what one comes "to ... Street" or is
# "on"; a street is.
_PLACE_BEFORE = re.compile(
    r"\b(?:to|on|at|along|near|off|from|down|up|into|onto|across|via|past|through|in|of|and|between)\s+$"
)


def names_a_street(sentence: Sentence, run: Run) -> bool:
    """Whether the run is a street: two words or more ending in a street's kind, no title, after a preposition
    of place, and no person of that name known to the article."""
    tokens = run.name_tokens
    if len(tokens) < 2 or tokens[-1] not in WAY_KINDS or run.title:
        return False
    if not _PLACE_BEFORE.search(run.before):
        return False
    return sentence.people.find(run.name) is None


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
