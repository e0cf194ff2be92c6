"""Two bodies read as one name across "and": a title-case headline ("X Government Services and Y Asia Limited to
Pay ...") joins them, since "and" may stand inside a name ("Department of Health and Human Services"). When the
article names each side as a body of its own, the joined name is the two of them, and is dropped."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import Fact


def drop_joined_bodies(facts: list[Fact]) -> list[Fact]:
    """`facts` without an organisation "A and B" (or "A & B") whose two sides each begin another organisation the
    article names ("PAE Services and RM Asia" beside "PAE Services Inc." and "RM Asia")."""
    bodies = {f.text for f in facts if f.kind == "organisation"}
    return [f for f in facts if f.kind != "organisation" or not _two_known(f.text, bodies)]


def list_of_people(name: str) -> bool:
    """ "Lil Wayne, Ne-Yo, Robert Plant & Alison Krauss": a list of acts with a known given name and a family name
    among its items, which a firm's name of partners' surnames never has ("Arps, Slate, Meagher & Flom")."""
    if "," not in name or not re.search(r"\s(?:&|and)\s", name):
        return False
    given = person_names()[0]
    items = re.split(r",\s+|\s+(?:&|and)\s+", name)
    return any(len(item.split()) == 2 and item.split()[0] in given for item in items)


_TWO_KNOWN_RE1 = re.compile(r"\s+(?:and|&)\s+")


def _two_known(name: str, bodies: set[str]) -> bool:
    parts = _TWO_KNOWN_RE1.split(name)
    if len(parts) != 2 or not all(" " in p or p.isupper() for p in parts):
        return False  # ("Marks and Spencer", "Johnson & Johnson": one body whose sides are single words)
    others = bodies - {name}
    return all(any(b == p or b.startswith(p + " ") for b in others) for p in parts)


def drop_first_words_of_bodies(facts: list[Fact], texts: dict[int, str]) -> list[Fact]:
    """`facts` without a one-word organisation that the article only ever writes as the first word of a longer
    organisation it names ("RM" of "RM Asia", where a place's name split the body in one sentence)."""
    bodies = [f.text for f in facts if f.kind == "organisation" and " " in f.text]
    article = "\n".join(texts.values())
    out = []
    for fact in facts:
        longer = [b for b in bodies if b.startswith(fact.text + " ")] if fact.kind == "organisation" else []
        if longer and " " not in fact.text:
            alone = re.finditer(rf"(?<![\w'’-]){re.escape(fact.text)}(?![\w'’-])", article)
            if all(any(article.startswith(b, m.start()) for b in longer) for m in alone):
                continue
        out.append(fact)
    return out
