"""A double-barrelled family name cut to its first part: Danish copy names "Jakob Ellemann-Jensen" once in full and then
"Jakob Ellemann" or "siger Ellemann (V)". The people index folds the short full name into the person
(`PeopleIndex.find`); this finds the cut family name in a speaker's mention, where the key "Ellemann-Jensen" is not."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.people_index import Person


def barrelled_at(text: str, person: Person, people: Sequence[Person]) -> int | None:
    """Where `text` names `person` by the first part of their double-barrelled family name alone ("Ellemann" of
    "Ellemann-Jensen"), None when it does not, or when someone else's family name is that word."""
    key = person.key or ""
    if "-" not in key or key in text:
        return None
    first = key.split("-")[0]
    if len(first) < 3 or any(p.key == first for p in people):
        return None
    m = re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text)
    return m.start() if m else None
