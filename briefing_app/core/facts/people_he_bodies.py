"""Hebrew "people" an organisation finder found as a body in the same article: a body's head noun in the construct
state and its name ("סיעת X", a council faction; "רכבת X", a railway) or a court's or body's acronym and the word
after it ('בג"ץ X', a petition to the High Court named after a town) read as a given name and a family name. The
shapes of a body are surer than those of a person here, unless the name opens with a given name ("X Y" a body
named after its founder stays a person too).

A name that runs on from a whole body's name ("סיעת X משה", where the reader took the body and the next word) is
the person's name after the body when two words or more are left and the first is a given name, else no one."""

from __future__ import annotations

from dataclasses import replace

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.people_he_base import he_given

# The heads of a party or a faction, which the organisation finder leaves out of the party's name.
_PARTY_HEADS = {"סיעת", "מפלגת"}


def _after_a_body(words: list[str], bodies: set[str]) -> list[str] | None:
    """The words after the longest body's name that opens the name, or None when no body opens it."""
    for n in range(len(words) - 1, 0, -1):
        if " ".join(words[:n]) in bodies:
            return words[n:]
    return None


def _mended(person: Fact, bodies: set[str], names: set[str]) -> Fact | None:
    """The person as it stands, as the name left after a body's (None when the article's people hold it
    already), or None when it is a body's name (whole or opening with one) and its first word is no given name."""
    words = person.text.split()
    if len(words) >= 2 and words[0] in _PARTY_HEADS and any(b.split()[0] == words[1] for b in bodies):
        return None  # "סיעת X" where the body is named "X Y" without its head (orgs_he_kind_name)
    if len(words) < 2 or he_given(words[0]):
        return person
    if person.text in bodies:
        return None
    rest = _after_a_body(words, bodies)
    if rest is None:
        return person
    if len(rest) >= 2 and he_given(rest[0]) and " ".join(rest) not in names:
        return replace(person, text=" ".join(rest))
    return None


def drop_people_named_as_bodies_he(people: list[Fact], named: list[Fact]) -> list[Fact]:
    """The Hebrew people less the bodies' names read as people (see above)."""
    bodies = {f.text for f in named if f.kind == "organisation"}
    names = {p.text for p in people}
    kept = [_mended(p, bodies, names) for p in people]
    return [p for p in kept if p is not None]
