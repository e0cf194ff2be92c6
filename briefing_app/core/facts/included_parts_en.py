"""A bare count after "including" that takes part of the count before it (English): "Rolls-Royce cut about 5,000
jobs, including 3,800 in the UK", "The blast killed 20 people, including five in the market". The part counts the
same noun as the whole; read alone it took the verb and its place ("cut in the UK"). Run on one sentence's figures
after they have their own readings.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.sharing import own_noun

# The whole's noun right after it, then a comma and "including" (with a qualifier) right before the part.
_INCLUDING = re.compile(
    r"^\s*(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s*,\s*(?:including|among\s+them|of\s+which|of\s+whom)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least)\s+)?$"
)


def share_included_parts(facts: list[Fact], text: str) -> None:
    """Give a bare count after "<whole> <noun>, including" the whole's noun (with its reading's words after)."""
    for e, f in zip(facts, facts[1:], strict=False):
        if e.number is None or f.number is None or e.number.currency or f.number.currency or e.unit or f.unit:
            continue
        gap = _INCLUDING.match(text[e.number.end : f.number.start])
        if gap is None or own_noun(f, text, "en") or not e.counts:
            continue
        noun = gap.group("noun")
        if not e.counts.startswith(noun.split()[0]):
            continue  # (the whole's reading is not its own noun: no part of it to share)
        if noun not in (f.counts or ""):
            f.counts = f"{noun} ({f.counts})" if f.counts else noun
