"""A speaker described by an office "of" something: "The leader of the board went on to say:", "said the head of
the trust". The role readers match two to four words ("the board leader"); a description with its head before
"of" ("leader") and what it is of after ("board") names the person whose role holds both, the one named most
recently up to the quote."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.people import Person
from briefing_app.core.facts.roles import is_person_noun

_OF_PHRASE = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+)?([a-z-]+)\s+(?:of|for|at)\s+(?:the\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)")


def of_phrase_holder(mention: str, people: Sequence[Person], sentence: int) -> Person | None:
    """The person whose role holds the head and the last word of an "of" description ("the leader of the board":
    a role with "leader" and "board"), named most recently up to `sentence`; None for any other mention."""
    m = _OF_PHRASE.fullmatch(mention.strip())
    if m is None or not is_person_noun(m.group(1)):
        return None
    head, of_what = m.group(1).lower(), m.group(2).split()[-1].lower()
    holders = [
        p for p in people
        if p.role and re.search(rf"\b{re.escape(head)}\b", p.role.lower()) and of_what in p.role.lower()
        and any(i <= sentence for i in p.sentences)
    ]  # fmt: skip
    return max(holders, key=lambda p: max(i for i in p.sentences if i <= sentence), default=None)
