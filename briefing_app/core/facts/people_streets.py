"""A run of a given name and a street's kind after a preposition of place names the street, not a person:
"the gutters coming to Byron Street", "a crash on Morgan Road", "shops along Jackson Avenue". A title before it
("Mayor Donald Street") or the article naming the run as a person elsewhere keeps the person."""

from __future__ import annotations

import re

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
