"""What a Danish sum counts when its noun phrase or its clause says so around it: a sum inside a definite noun
phrase ("Opgørelsen af de samlede 24,3 mio. EUR fordeler sig"), and a sum after a fronted "Med" that pays for the V2
clause after it ("Med 8,2 mio. EUR vil 2 416 arbejdstagere hos X få hjælp")."""

from __future__ import annotations

import re

# A Danish sum inside a definite noun phrase, its article and weak adjective before it, and the noun that phrase is
# a complement of: "Opgørelsen af | de samlede | 24,3 mio. EUR", "de resterende 3 mio. kr.".
_DA_SUM_INSIDE = re.compile(
    r"(?:^|[,;:]\s*|\s)((?:[\wæøåÆØÅ-]+\s+(?:af|for|til)\s+)?(?:de|det|den)\s+[a-zæøå]{3,}e)\s+$"
)


def _noun_first(rest: str) -> bool:
    """Whether the sum's own noun follows it after a preposition ("24,3 mio. kr. i støtte", "til skoler")."""
    return re.match(r"\s*(?:i|til|af|på)\s+[a-zæøå]{3,}", rest) is not None


# A Danish sum opening its sentence after "Med" (with), and the V2 clause after it: "Med | 8,2 mio. EUR | vil 2 416
# tidligere arbejdstagere hos X få hjælp".
_DA_WITH_SUM = re.compile(r"\s*Med\s+(?:(?:cirka|ca\.|omkring|knap|godt|over|næsten|yderligere)\s+)?$")
_DA_V2_REST = re.compile(r"\s*(?:vil|skal|kan|kunne|får|fik|har|havde|er|bliver|blev)\s+([^.;:()]{3,120})")


def danish_sum_reading(before: str, rest: str) -> str | None:
    """The noun phrase a Danish sum heads with its article and weak adjective, else the clause a sum after a fronted
    "Med" pays for (its numbers left out), else None."""
    inside = _DA_SUM_INSIDE.search(before) if not _noun_first(rest) else None
    if inside:
        return " ".join(inside.group(1).split())
    done = _DA_V2_REST.match(rest) if _DA_WITH_SUM.match(before) else None
    if done:
        words = [w for w in done.group(1).split() if not re.search(r"\d", w)][:8]
        return " ".join(words) or None
    return None
