"""Clubs named by their town and one of the words British clubs add to it ("Wigan City", "Oldby Athletic", "Tolby
Albion"): in a match report (`sports_teams.is_sports_story`), a city or region the gazetteer knows and such a word
is a club, an organisation. (A town and a nickname in the plural, "the Riverton Otters", is
`place_context.team_after`'s, in any story.)"""

from __future__ import annotations

from functools import lru_cache

from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.sports_teams import is_sports_story

# A place of one to three words, then the club's word.
_TOWN_AND_CLUB_WORD = gated(
    r"(?<![\w'’.-])((?:[A-Z][a-z]+\s+){1,3})(City|Athletic|Town|County|Albion|Villa|Wednesday|Argyle|Alexandra|"
    r"Orient)(?![\w'’-])"
)


@lru_cache(maxsize=8)
def _sports(whole: str) -> bool:
    return is_sports_story(whole)


def city_teams(text: str, whole: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the clubs a sentence of a match report names by town and club word (see the module)."""
    if not _sports(whole) or not _TOWN_AND_CLUB_WORD.search(text):
        return []
    out = []
    for m in _TOWN_AND_CLUB_WORD.finditer(text):
        place_words = m.group(1).split()
        # the place may be the last words before the club's word only ("beat the Wigan City side": "Wigan")
        for k in range(len(place_words)):
            place = " ".join(place_words[k:])
            entry = lookup(place)
            if entry is None or entry.kind != "place" or entry.detail not in ("city", "capital", "region"):
                continue
            if lookup(f"{place} {m.group(2)}") is not None:
                break  # "Mexico City", "Kansas City": a place's own name
            start = m.start(1) + len(" ".join(place_words[:k])) + (1 if k else 0)
            out.append((start, m.end(2), f"{place} {m.group(2)}"))
            break
    return out
