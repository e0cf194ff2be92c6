"""Danish clubs named bare as the other side of a match: "tabte 0-2 mod Lyngby", "kampen mod Sønderjyske",
"2-2-kampen mod OB", "slog Tolvby 3-1". In a match report (`sports_teams.is_sports_story`) the name after "mod",
"slog", "besejrede", "nedlagde" or "tabte til" is a side; a country is a national side, which the corpus counts
among no bodies, and a person's name (a tennis or badminton player beaten) is left to the people finder.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.match_sides import named_sides

_SIDE = re.compile(
    r"\b(?:mod|imod|slog|besejrede|nedlagde|nedlægge|tabte\s+(?:\d+-\d+\s+)?til)\s+(?:\d+-\d+\s+)?"
    r"((?:[A-ZÆØÅ][\wæøåÆØÅ]*\s+)?[A-ZÆØÅ][\wæøåÆØÅ]+)(?![\w'’-])"
)


def danish_sides(text: str, whole: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the clubs a Danish match report names as the other side (see the module)."""
    if not any(w in text for w in ("mod ", "slog ", "besejrede ", "nedlagde ", "nedlægge ", "tabte ")):
        return []
    given, family = person_names()

    def no_club(name: str) -> bool:
        words = name.split()
        entry = lookup(name)
        # (a country, a national side, or a body the list knows, found elsewhere; "slog Axelsen", "mod Jens Holm":
        # a player; a common word capitalised)
        known = entry is not None and (entry.kind != "place" or entry.detail not in ("city", "capital"))
        return known or words[0] in given or (len(words) == 1 and (name in family or name.lower() in lowercase))

    return named_sides(text, whole, _SIDE, no_club)
