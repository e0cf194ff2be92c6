"""Who "the 45-year-old" is when the article gave someone that age: '"...," the 45-year-old added.' after
"Lundgaard, 45, said Tuesday" is Lundgaard, though someone else was named since ("The club's chairman, Mark Evanson,
was equally pleased."). Ages are written after a name between commas ("Roe, 45,"), in brackets ("Roe (45)"), or
before it ("45-year-old Roe", "Roe, a 45-year-old teacher")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.people import Person

_AGE = re.compile(r"\bthe\s+(\d{1,3})-year-old\b", re.IGNORECASE)


def aged_person(description: str, people: Sequence[Person], texts: dict[int, str], sentence: int) -> Person | None:
    """The one person the article gave the description's age before `sentence`, None when none or several."""
    age = _AGE.match(description.strip())
    if age is None:
        return None
    n = age.group(1)
    holders = []
    for person in people:
        key = re.escape(person.key or person.name.split()[-1])
        given = re.compile(
            rf"\b{key},\s+(?:an?\s+)?{n}\b(?!-)|\b{key}\s+\({n}\)|\b{n}-year-old\s+(?:[a-z]+\s+){{0,3}}"
            rf"(?:[A-Z][\w'’-]+\s+){{0,2}}{key}\b|\b{key},\s+an?\s+{n}-year-old\b"
        )
        if any(given.search(texts.get(i, "")) for i in range(sentence)):
            holders.append(person)
    return holders[0] if len(holders) == 1 else None
