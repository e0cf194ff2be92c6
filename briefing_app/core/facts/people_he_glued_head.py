"""Hebrew glues "that" (ש) and "when" (כש) to the word after them: "לאחר ששי X היה מועמד" is "after Shai X was
a candidate", so a person read as "ששי X" is "שי X", whom the article already names (often with the geresh typed
another way: ' for ׳). That person keeps the mention's sentences; the glued reading goes."""

from __future__ import annotations

from briefing_app.core.facts.people_he_base import he_given
from briefing_app.core.facts.people_index import PeopleIndex, Person

# (and a preposition: "לדוד X, ראש המועצה, נמאס" is "to David X", whom the article names as "דוד X" too)
_GLUED = ("וכש", "וש", "כש", "ש", "ול", "ל", "וב", "ב", "ומ", "מ")


def _plain(name: str) -> str:
    """A name with its geresh and gershayim typed one way, to compare two spellings of it."""
    return name.replace("\u05f3", "'").replace("\u05f4", '"').replace("’", "'")


def _unglued(person: Person, others: dict[str, Person]) -> Person | None:
    words = person.name.split()
    if len(words) < 2:
        return None
    for prefix in _GLUED:
        given = words[0][len(prefix) :]
        if words[0].startswith(prefix) and len(given) >= 2 and he_given(given):
            known = others.get(_plain(" ".join([given, *words[1:]])))
            if known is not None:
                return known
    return None


def merge_glued_subordinators(index: PeopleIndex) -> None:
    """Each person whose first word is ש/כש and a given name of someone the index holds in full: one person."""
    others = {_plain(p.name): p for p in index.people}
    for person in list(index.people):
        known = _unglued(person, others)
        if known is None or known is person:
            continue
        known.take_sentences(person)
        index.people.remove(person)
