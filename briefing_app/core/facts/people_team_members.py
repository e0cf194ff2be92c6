"""A team's member word before a player's name: sports copy writes "Bronco Darian Roe", "Panther Tom Doe" with the
singular of the team's plural name ("the Broncos", "the Panthers") as a title before the name. The runs of capitals
read it as the name's first word; it is the player's role."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex, merge_roles


def split_team_member_words(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Move a first word that is the singular of a plural capitalised name the article uses ("Bronco" beside
    "Broncos") from a person's name of three words or more to their role."""
    text = " ".join(s.text for s in sentences)
    for person in index.people:
        words = person.name.split()
        if len(words) < 3 or words[0] in person_names()[0] or not re.fullmatch(r"[A-Z][a-z]{3,}", words[0]):
            continue
        if re.search(rf"\b{re.escape(words[0])}s\b", text) is None:
            continue
        person.name = " ".join(words[1:])
        person.role = merge_roles(person.role, words[0]) if person.role else words[0]
