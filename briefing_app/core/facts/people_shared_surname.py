"""A given name coordinated with a full name shares its family name: news writes couples, siblings and partners as
"developers Todd and Scott Chapman", "Mark & Jane Holt", "brothers Tom and Ed Lee". The runs of capitals read the
first given name alone ("Todd"), a person who then matches no mention by surname; it is "Todd Chapman"."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex


def share_family_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Give a one-word person who is a known given name the family name of the full name it is coordinated with
    ("Todd and Scott Chapman"), when the article has that full name as a person."""
    given = person_names()[0]
    full_names = {p.name for p in index.people if len(p.name.split()) == 2}
    for person in index.people:
        # (named alone in other sentences, the one word is the person's whole name: "Cleopatra and Marc Antony",
        # where Cleopatra is named so throughout)
        if " " in person.name or person.name not in given or len(set(person.sentences)) > 1:
            continue
        for s in sentences:
            m = re.search(
                rf"\b{re.escape(person.name)}\s+(?:and|&)\s+([A-Z][a-z'’-]+)\s+([A-Z][a-z'’-]+)\b(?!\s+[A-Z])", s.text
            )
            if m is None or f"{m.group(1)} {m.group(2)}" not in full_names or m.group(1) not in given:
                continue
            if f"{person.name} {m.group(2)}" not in full_names:  # (named in full elsewhere: that person already)
                person.name = f"{person.name} {m.group(2)}"
            break
