"""Hebrew lists that name offices and their holders in turn: "במעמד ראש המועצה, X Y, מנכ"ל המועצה, Z W, ורב
המועצה, U V". Readers of an apposition ("X Y, ROLE,") give X Y the office that comes after the comma, which is
the next name's. When the article writes "X Y, R, Z W" and R is Z W's role too, R is no role of X Y."""

from __future__ import annotations

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex


def drop_next_holders_roles(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Take from each person a role that, in the text, stands between their name and the name of another person
    who holds that role ("X Y, R, Z W"), when the person keeps some other role."""
    text = "\n".join(s.text for s in sentences)
    for person in index.people:
        parts = (person.role or "").split("; ")
        if len(parts) < 2:
            continue
        for other in index.people:
            if other is person or not other.role:
                continue
            for role in set(parts) & set(other.role.split("; ")):
                if f"{person.name}, {role}, {other.name}" in text and len(parts) > 1:
                    parts.remove(role)
        person.role = "; ".join(parts) or None
