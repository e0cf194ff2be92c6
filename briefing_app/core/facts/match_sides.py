"""The other side of a match, named bare after a verb or preposition of playing, in a match report: the loop the
Danish and English readers share (`org_teams_da`, `org_teams_en`); each gives its own pattern (the name in group 1)
and says which names are no club."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.sports_teams import is_sports_story


def player_after_possessive(words: list[str]) -> bool:
    """Whether a name a club reader found is a player named after his country's or club's possessive ("beat Norway's
    Jon Pell 6-3 6-4"): the possessive, then a given name the lists hold."""
    return len(words) > 2 and words[0].endswith(("'s", "’s")) and words[1] in person_names()[0]


def named_sides(
    text: str, whole: str, side: re.Pattern[str], no_club: Callable[[str], bool]
) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name `side` finds in `text` that `no_club` keeps, when the article (`whole`) is a
    match report."""
    if not is_sports_story(whole):
        return []
    return [(m.start(1), m.end(1), m.group(1)) for m in side.finditer(text) if not no_club(m.group(1))]
