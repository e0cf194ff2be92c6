"""What an English figure counts when it repeats the participle of the figure before it and leaves the noun out:
"There were 24 new measles cases reported in the last week and 11 reported two weeks ago".

The second figure read its own participle phrase ("reported two weeks"), which is a state, not a thing counted.
When the same participle follows the first figure's noun, the two clauses are parallel and the second figure
counts the same noun: "new measles cases (reported two weeks)". A participle of the second figure alone ("12
percent undecided", "two were injured and three killed") is read elsewhere.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_JOIN = re.compile(r"\b(?:and|or|but|while|whereas)\s+(?:(?:another|a\s+further|some|about|nearly|almost)\s+)?$")


def parallel_participles(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure whose reading is the participle of the figure before it that figure's noun."""
    for f, g in zip(figures, figures[1:], strict=False):
        if f.sentence != g.sentence or f.number is None or g.number is None or not f.counts or not g.counts:
            continue
        if g.sentence not in texts or f.kind != "figure" or g.kind != "figure" or f.unit != g.unit:
            continue
        text = texts[g.sentence]
        participle = g.counts.split()[0]
        repeated = text[g.number.end :].lstrip().startswith(participle)
        if not re.fullmatch(r"[a-z]{3,}(?:ed|en)", participle) or not repeated:
            continue
        gap = text[f.number.end : g.number.start]
        if not _JOIN.search(gap) or not re.search(rf"\b{participle}\b", gap):
            continue
        noun = f.counts.split(" (")[0]
        if participle in noun.split():
            noun = " ".join(noun.split()[: noun.split().index(participle)])
        if noun:
            g.counts = f"{noun} ({g.counts})"
