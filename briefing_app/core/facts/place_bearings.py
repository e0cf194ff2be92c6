"""Places named by a distance and a bearing from them: "about 1.5 miles south of Kessby Ward", "20 km from Tolvik".

Local news places a scene by its distance from the nearest settlement, and that settlement is often too small
for any list. A distance, then a compass bearing "of" or "from", then a capitalised name can only name a place
(no one writes "two miles south of" a person), so the name is a place whatever lists it as a person's name.
"""

from __future__ import annotations

from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.gazetteer import lookup

_UNIT = r"(?:miles?|mi\.?|kilometres?|kilometers?|km|yards|metres|meters|m)"
_BEARING = r"(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)"
_NAME = r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+))?"
_BY_BEARING = gated(
    rf"\b\d[\d.,]*\s*{_UNIT}\s+(?:(?:to\s+the\s+)?{_BEARING}\s+of|from|outside(?:\s+of)?)\s+({_NAME})"
    # (the name ends at a word that is no capitalised word of it: "south of Kessby Ward." / "of Tolvik on Friday")
    r"(?![\w'’-])(?!\s+[A-Z])"
)
_NOT_A_PLACE_WORD = {"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our", "Here", "There"}
# ("270,000 miles from Earth": a world or a star is measured from as well, and names no place on a map)
_SKY = {"Earth", "Moon", "Sun", "Mars", "Venus", "Mercury", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto"}


def bearing_places(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each settlement a distance and a bearing are measured from (see the module)."""
    out = []
    for m in _BY_BEARING.finditer(text):
        name = m.group(1)
        if name.split()[0] in _NOT_A_PLACE_WORD or name in _SKY:
            continue
        entry = lookup(name)
        if entry is not None and entry.kind != "place":
            continue  # "20 miles from Acme Corp": a body the gazetteer knows
        out.append((m.start(1), m.end(1), name))
    return out
