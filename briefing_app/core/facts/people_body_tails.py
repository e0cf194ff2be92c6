"""A "person" that is the rest of a body's name after a role and "of <place>".

"Charles Hopkinson, director of Georgia Sea Grant at UGA": the role reader takes "director of Georgia" for a
title and "Sea Grant" for the name after it, as in "Governor of Texas Greg Abbott". A name after a place
that ends such a role opens with a given name; words that do not ("Sea Grant", "Water Board") go on
naming the body the role is of.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex, Person


def drop_body_tails(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Drop the people whose role ends with "of <place>" written right before their name, when the name
    opens with no known given name."""
    texts = {s.index: s.text for s in sentences}
    index.people = [p for p in index.people if not _body_tail(p, texts)]


def _body_tail(person: Person, texts: dict[int, str]) -> bool:
    role = person.role or ""
    m = re.search(r"\bof\s+((?:[A-Z][\w'’-]*\s?){1,3})$", role)
    if m is None:
        return False
    place = m.group(1).strip()
    entry = lookup(place)
    if entry is None or entry.kind != "place":
        return False
    first = person.name.split()[0]
    if first in person_names()[0]:
        return False  # "Governor of Texas Greg Abbott"
    adjacent = f"{place} {person.name}"
    return any(adjacent in texts.get(i, "") for i in person.sentences)
