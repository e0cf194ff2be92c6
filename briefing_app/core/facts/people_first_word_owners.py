"""A body named like a person: "Brookvale Mills plans to expand" reads as a given name and a family name, but the
article goes on to write the first word alone as the owner of its people: "Brookvale's Tom Hale", "Brookvale CEO
Ann Roe". A person's given name is never written so; a company's short name is (business and local copy
names firms by their first word). Such a two-word "person" with no role is dropped."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.roles import is_role_noun


def drop_first_word_owners(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Drop each two-word person without a role whose first word, no listed given name, owns a person elsewhere in the
    article ("W's Jane Roe", "W chief executive Jane Roe")."""
    text = "\n".join(s.text for s in sentences)
    given = person_names()[0]
    keep = []
    for person in index.people:
        words = person.name.split()
        if len(words) == 2 and not person.role and words[0] not in given and _owns_a_person(words[0], text, given):
            continue
        keep.append(person)
    index.people = keep


def _owns_a_person(word: str, text: str, given: frozenset[str]) -> bool:
    """Whether `word` stands alone before a full name as its owner: in the genitive, or before a role's words."""
    owner = re.compile(
        rf"(?<![\w'’-]){re.escape(word)}(?:['’]s?|((?:\s+[a-z][a-z-]*){{0,3}}|\s+[A-Z]{{2,5}}))\s+([A-Z][a-z]+)\s+[A-Z][a-z]"
    )
    for m in owner.finditer(text):
        if m.group(2) not in given:
            continue
        role_words = (m.group(1) or "").split()
        if m.group(1) is None or (role_words and (is_role_noun(role_words[-1].lower()) or role_words[-1].isupper())):
            return True
    return False
