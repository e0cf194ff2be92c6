"""A number that is the size of a group named before it, with no noun of its own: "A family of six was displaced",
"Fire displaces family of six", "a crew of four" (English).

The number counts the group's members, which the article leaves unsaid; the group's noun is what a reader keys it
on ("family"). Read only when the number ends its noun phrase (a verb, a relative pronoun, punctuation or the end
follow) and its reading did not already name the group; a noun after the number keeps its own reading ("a team of
five doctors").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import COLLECTIVES
from briefing_app.core.facts.model import Fact

_GROUPS = COLLECTIVES | {"family", "families", "household", "households", "crew", "crews", "party", "band", "jury",
                         "gang", "class", "pack", "litter", "board"}  # fmt: skip
_GROUP_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:(?:about|some|around|nearly|almost|roughly|up\s+to|more\s+than)\s+)?$")
_ENDS_PHRASE = re.compile(
    r"\s*(?:$|[,.;:)!?—–-]|(?:was|were|is|are|has|have|had|will|would|who|that|which|and|in|at|from|on|after|"
    r"lost|fled|died|escaped|survived|lives?|lived)\b)"
)


def group_sizes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a number that sizes a group named before it ("a family of six") that group."""
    for f in figures:
        if f.kind != "figure" or f.number is None or f.unit is not None or f.number.currency:
            continue
        text = texts.get(f.sentence, "")
        group = _GROUP_OF.search(text, 0, f.number.start)
        if group is None or group.group(1).lower() not in _GROUPS or not _ENDS_PHRASE.match(text, f.number.end):
            continue
        noun = group.group(1)
        if noun.lower() not in (f.counts or "").lower():
            f.counts = f"{noun} ({f.counts})" if f.counts else noun
