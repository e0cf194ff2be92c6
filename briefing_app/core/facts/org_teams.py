"""Clubs named by their city and a nickname in the plural ("Tolvik Badgers", "Kessby Red Wings", "Harwick
Rangers"), as North American and much British and Australian sport names its teams, or by their town and one of the
words British clubs add ("Kessby City", "Harwick Athletic"): in a match report
(`sports_teams.is_sports_story`), a city or region the gazetteer knows, then one or two capitalised words ending in
"s", is a club, an organisation."""

from __future__ import annotations

from functools import lru_cache

from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.sports_teams import is_sports_story

# A place of one to three words, then a nickname of one or two capitalised words, the last in the plural.
# (or the words British clubs add to their town: "Kessby City", "Harwick Athletic", "Tolvik Albion")
_CITY_AND_NICKNAME = gated(
    r"(?<![\w'’.-])((?:[A-Z][a-z]+\s+){1,3})((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+[^s\W]s|"
    r"City|Athletic|Town|County|Albion|Villa|Wednesday|Argyle|Alexandra|Orient)(?![\w'’-])"
)


@lru_cache(maxsize=8)
def _sports(whole: str) -> bool:
    return is_sports_story(whole)


def city_teams(text: str, whole: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the clubs a sentence of a match report names by city and nickname (see the module)."""
    if not _sports(whole):
        return []
    out = []
    for m in _CITY_AND_NICKNAME.finditer(text):
        place_words = m.group(1).split()
        # the place may be the last words before the nickname only ("beat the Tolvik Badgers": "Tolvik")
        for k in range(len(place_words)):
            place = " ".join(place_words[k:])
            entry = lookup(place)
            if entry is None or entry.kind != "place" or entry.detail not in ("city", "capital", "region"):
                continue
            nickname = m.group(2)
            if lookup(nickname) is not None or lookup(f"{place} {nickname}") is not None:
                break  # "New South Wales", "Kessby Hills": a place's own name
            start = m.start(1) + len(" ".join(place_words[:k])) + (1 if k else 0)
            out.append((start, m.end(2), f"{place} {nickname}"))
            break
    return out
