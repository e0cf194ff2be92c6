"""Danish genitive surnames: Danish writes the genitive with a bare "-s" ("præsident Holms nye plan", "i
Holms tale"), no apostrophe, so a title reader takes "Holms" for a one-word name. When the article names a
person whose family name is that word less its "s" ("Mikkel Holm"), the genitive is that person: the mention
joins them (its sentences and its title), and no second person "Holms" is left."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_index import PeopleIndex, fold, merge_roles

# One capitalised word ending in the genitive "s" (not "ss": "Gauss", "Kiss" are names as they stand).
_GENITIVE = re.compile(r"[A-ZÆØÅ][a-zæøåéü-]+[^s]s")


def merge_genitive_surnames(index: PeopleIndex) -> None:
    """Join each one-word "Xs" to the one person whose family name is "X"."""
    for person in list(index.people):
        if not _GENITIVE.fullmatch(person.name):
            continue
        stem = fold(person.name[:-1])
        owners = [p for p in index.people if len(p.name.split()) > 1 and fold(p.key) == stem]
        if len({p.name for p in owners}) != 1:
            continue  # no one, or two people of that family name: leave it as read
        owner = owners[0]
        owner.take_sentences(person)
        if person.role:
            owner.role = merge_roles(owner.role, person.role)
        index.people.remove(person)
