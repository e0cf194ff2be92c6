"""The Danish entity tagger's say on people the rules found (`entity_tagger_da.py`).

Danish capitalises the common nouns inside a name ("Tolvik Stadion", "Vestrups Have", "Moving Harbour", "Tolvik
Observationshjem"), so two capitalised words that no list holds pass the rules' tests for a person's name. A
Danish person's name almost always opens with a given name; where the run does not, and nothing around it gave
it a role, the tagger (learnt from Danish newspaper text) is asked: a run it never tags as a person and clearly
tags as a place or a body is that, not a person. The same name found as a place or body too is dropped as a
person without asking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.entity_tagger_da import tag_sentence
from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people_da_kinds import named_as_a_kind

# The tagger's summed lead (over the first sentences naming the run) above which its place or body is taken.
CLEAR_MARGIN = 10.0
_MENTIONS = 3


def _votes(name: str, sentences: Sequence[str]) -> dict[str, float]:
    """Per type, the tagger's margins summed over the first sentences naming `name`, for tagged names holding
    the whole of it (a person vote counts any tagged person sharing a word with it)."""
    words = set(name.split())
    votes = {"PER": 0.0, "LOC": 0.0, "ORG": 0.0}
    # (with its genitive "s": the tagger reads "Ekstra Bladets mand" as the paper's, tagged with the "s")
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}s?(?![\w-])")
    for sentence in [s for s in sentences if pattern.search(s)][:_MENTIONS]:
        for entity in tag_sentence(sentence):
            if entity.type == "PER" and words & set(entity.text.split()):
                votes["PER"] += max(entity.margin, 1e-3)
            elif entity.type != "PER" and pattern.search(entity.text):
                votes[entity.type] += entity.margin
    return votes


def drop_named_things(
    people: list[Fact], named: list[Fact], sentences: Sequence[SourceSentence], language: str
) -> tuple[list[Fact], list[Fact]]:
    """(people kept, places and bodies to add): Danish people of two words or more, with no role and no known
    given name opening them, that are a place or body found, or that the tagger clearly reads as one."""
    if language != "da":
        return people, []
    given = person_names()[0]
    texts = {s.index: s.text for s in sentences}
    found = {f.text for f in named}
    bodies = {f.text for f in named if f.kind == "organisation"}
    kept: list[Fact] = []
    added: list[Fact] = []
    for person in people:
        if named_as_a_kind(person.text, person.role, bodies, list(texts.values())):
            continue  # people_da_kinds: "nyhedsbureauet Varko ... Varko skrev": the agency, found as a body
        words = person.text.split()
        if len(words) < 2 or person.role or words[0] in given:
            kept.append(person)
            continue
        if person.text in found:
            continue  # "Halby Fabrikker" read as a body and as a person: a body
        votes = _votes(person.text, [texts.get(i, "") for i in person.sentences])
        kind = max(("LOC", "ORG"), key=lambda k: votes[k])
        if votes["PER"] == 0 and votes[kind] > CLEAR_MARGIN:
            added.append(Fact("place" if kind == "LOC" else "organisation", person.text, person.sentence,
                              sentences=list(person.sentences)))  # fmt: skip
            continue
        kept.append(person)
    return kept, added
