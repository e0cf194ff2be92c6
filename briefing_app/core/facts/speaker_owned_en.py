"""Speakers an owner's possessive stands before, who are not the owner (English): the people the owner has ("Roe's
oldest callers were split: "..."": the callers) and a body named after what the owner has ("Roe's local
paper the Kessby Herald wrote:": the paper). `Speakers.resolve` reads the mention through these before it looks
for a person named in it, which would find the owner."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.roles import is_person_noun

# An owner's name and its possessive, then up to three lower-case words (a number, an adjective, the noun).
_OWNED = r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?\s+((?:[a-z-]+\s+){0,2}[a-z-]+)"

# An owner's name and its possessive opening a mention, then the words after it.
_OWNER = re.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?)\s+(.*)")


# ... and after them a name: what the owner has, named ("Roe's hometown paper Kessby Herald").
_OWNED_THEN_NAMED = re.compile(rf"{_OWNED}\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s+){{0,4}}[A-Z][\w'’&.-]*)")


def owned_speaker(mention: str, organisations: Sequence[str]) -> str | None:
    """Who speaks when a mention opens with an owner's possessive: the owned people (a plural noun for persons
    before the writer's verb, "Roe's two oldest callers were split"), or a body the article names
    after the owned words ("Roe's hometown paper Kessby Herald"); None for any other mention ("Roe's plan was
    clear", "Roe's spokesman Ian Moss", which `appositive_name` reads)."""
    named = _OWNED_THEN_NAMED.fullmatch(mention)
    if named is not None and named.group(2) in organisations:
        return named.group(2)
    owner = _OWNER.fullmatch(mention)
    words = owner.group(2).split() if owner is not None else []
    # (the owned noun phrase is up to three lower-case words before the writer's verb, "were", "split"; only a plural
    # noun for persons: a singular one, "Roe's spokesman told reporters", is read where it is named)
    for n in range(1, min(3, len(words) - 1) + 1):
        noun = words[n - 1]
        if not all(re.fullmatch(r"[a-z-]+", w) for w in words[: n + 1]):
            return None
        if noun.endswith("s") and not noun.endswith("ss") and is_person_noun(noun.removesuffix("s")):
            return f"{owner.group(1)} {' '.join(words[:n])}" if owner is not None else None
    return None
