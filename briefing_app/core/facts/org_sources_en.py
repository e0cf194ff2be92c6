"""Bodies an English article cites as the source of its figures by a name no finder reads by its shape: "according to
Nielsen SoundScan", "data from Kantar Worldpanel", "a survey by Ipsos Mori". A run of two to four capitalised words
after such a phrase, up to the clause's end, names a body unless it reads as a person's name (a given name first, a
title or role word in it) or a place."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.name_words import MONTHS_DAYS
from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.roles import is_role_noun

_CITED = re.compile(
    r"\b(?:according\s+to|(?:data|figures|research|numbers|estimates)\s+(?:from|by)|"
    r"(?:a|the)\s+(?:survey|report|study|poll|analysis)\s+(?:from|by))\s+"
    r"((?:[A-Z][\w&'’-]*\s+){1,3}[A-Z][\w&'’-]*)(?=\s*(?:[,.;:)]|$)|\s+(?:data|figures|show|shows|showed|said|says)\b)"
)


def cited_sources(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each body cited as a source by a name of two to four capitalised words."""
    given = person_names()[0]
    out = []
    for m in _CITED.finditer(text):
        name = m.group(1)
        words = name.split()
        if words[0] in given or any(is_title(w) or is_role_noun(w.lower()) or MONTHS_DAYS.match(w) for w in words):
            continue  # "according to Jane Roe", "according to Defence Secretary X": a person
        known = lookup(name)
        if known is not None and known.kind == "place":
            continue  # "according to New Zealand": a place's figures
        out.append((m.start(1), m.end(1), name))
    return out
