"""What English figures of a ranking count: "London continues to be the region with the highest average house
price at £484,000", "The lowest average price continues to be in the North East at £131,000", "with property
there averaging £266,277, followed by £231,913 in the South-East".

A superlative or "average" names the measure ("highest average house price"), and the figure after "at" is its
level; the readings before took the clause's subject ("London") or the words before ("continues North East").
A figure after "followed by" ranks the next holder of the same measure as the figure before it, so it counts what
that one counts (the readings before took the holder, "South-East").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_RANKED = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:highest|lowest|biggest|largest|smallest|strongest|weakest|fastest|slowest|"
    r"cheapest|dearest|average|median|typical|top|best|worst)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"(?=\s+(?:continues|continued|remains?|remained|is|was|were|are|stood|stands|came|comes|at|in|of|for)\b)"
)
_AT = re.compile(r"\bat\s+(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?(?:US|C|A)?[$£€]?\s*$")
_FOLLOWED = re.compile(r",?\s+(?:followed|trailed|chased)\s+by\s+(?:(?:about|around|some)\s+)?(?:US|C|A)?[$£€]?\s*$")
_NOT_NOUNS = {"of", "in", "at", "for", "to", "on"}


def ranked_measures(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level after "at" the superlative measure of its clause, and "followed by N" the measure before it."""
    for k, f in enumerate(figures):
        if f.kind != "figure" or f.number is None or f.sentence not in texts:
            continue
        text = texts[f.sentence]
        before = text[: f.number.start]
        previous = figures[k - 1] if k and figures[k - 1].sentence == f.sentence else None
        if _FOLLOWED.search(before) and previous is not None and previous.counts and previous.unit == f.unit:
            if previous.number is not None and _FOLLOWED.fullmatch(text[previous.number.end : f.number.start]):
                holder = (f.counts or "").split(" (")[0]  # (the holder it read, without its own brackets)
                f.counts = previous.counts.split(" (")[0] + (f" ({holder})" if holder else "")
            continue
        if not _AT.search(before):
            continue
        clause = re.split(r"[;:]|,\s+(?:and|but|while)\s", before)[-1]
        ranked = list(_RANKED.finditer(clause))
        if not ranked:
            continue
        measure = ranked[-1].group(1)
        head = [w for w in measure.split() if w not in _NOT_NOUNS][-1]
        if head.lower() in (f.counts or "").lower():
            continue
        f.counts = measure
