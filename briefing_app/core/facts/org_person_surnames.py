"""A one-word body that is the family name of a person the article names in full: "Premier Doug Ford's decision
... Ford's legislation has passed", "Jane Dell said ... Dell added" (the person again, not the carmaker or the
computer firm).

The gazetteer lists firms named after founders (Ford, Dell, Boeing); once the article has named a person of that
family name in full, the bare word is that person unless a sentence gives it what only a body has (a chief
executive, shares, a ticker, "said its": `tagger_checks.has_body_members`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.named import Named
from briefing_app.core.facts.tagger_checks import has_body_members


def drop_surnames_read_as_bodies(
    named: Named, people: Iterable[str], sentences: Sequence[SourceSentence], language: str
) -> None:
    """Drop from `named` the one-word organisations that are the family name of a person in `people` named with a
    given name, unless a sentence gives the word a body's members or shares."""
    if language != "en":
        return
    given = person_names()[0]
    # (a full name opened by a listed given name, its family name written as names are: not "Anti-Putin LiveJournal")
    families = {
        name.split()[-1]
        for name in people
        if " " in name and name.split()[0] in given and re.fullmatch(r"[A-Z][a-z'’]+", name.split()[-1])
    }
    if not families:
        return
    texts = {s.index: s.text for s in sentences}
    keep: list[Fact] = []
    for fact in named.facts:
        if fact.kind == "organisation" and " " not in fact.text and fact.text in families:
            if not has_body_members(fact, texts) and not any(
                f.kind == "organisation" and f is not fact and fact.text in f.text.split() for f in named.facts
            ):  # ("Ford Motor Company" named too: the firm's short name)
                continue
        keep.append(fact)
    named.facts = keep
