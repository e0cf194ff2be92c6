"""The club a player leaves, told after the player in a signing: "have signed Spain international attacking
midfielder Pablo Fornals from Villarreal", "announced the signing of Portuguese midfielder, Mateus Fernandes, from
Southampton", "signed England under-18 midfielder Nick Powell from League One (third division) Crewe Alexandra".

The verb of the signing and "from" stand apart by the player's description and name (a nationality, a cap, a
position, an age, set off by commas or not), so the words between are read as one noun phrase: no verb, no full
stop, no second preposition of place. What follows "from" is the club, in a match report (`sports_teams`), and not
the town it is named after. Used by `org_teams` (the club as an organisation) and `sports_teams` (not a place).
"""

from __future__ import annotations

import re

# Words that end the player's description: a preposition of place or time, a verb or a clause ("signed a deal in
# London from ...", "signed after talks from ...": no signing of a player).
_NOT_IN_PLAYER = (
    r"in|at|on|to|for|with|after|before|since|and|but|who|which|that|was|were|is|are|has|have|had|will|would|deal|"
    r"contract|agreement|terms|loan|fee"
)
# The signing verb, the player (one to ten words and commas), then "from" and an optional league's name before the
# club ("from League One (third division) Crewe", "from Championship side Leeds").
SIGNED_PLAYER_FROM = re.compile(
    r"\b(?:signed|signing|signing\s+of|signings?\s+of|signs|sign|bought|buy|recruited|snapped\s+up|completed\s+the\s+"
    rf"(?:signing|transfer|capture)\s+of|capture\s+of)\s+(?:(?!(?:{_NOT_IN_PLAYER})\b)[\w'’.-]+,?\s+){{1,10}}?"
    r"from\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+){1,2}\([^)]{1,40}\)\s+|(?:[\w-]+\s+){0,3}(?:side|club|outfit|team)\s+)?$"
)


# The player as the subject, the new club named before the old one: "has joined Kessby on a season-long loan from
# Tolby", "moved to Kessby from Tolby".
JOINED_CLUB_FROM = re.compile(
    r"\b(?:joined|rejoined|joins|signed\s+for|signs\s+for|moved\s+to|moves\s+to)\s+(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s+on\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:deal|contract|loan))?"
    r"\s+from\s+(?:the\s+)?$"
)


def signed_from_before(before: str) -> bool:
    """Whether `before` (the sentence up to a name) ends with a signing and "from": the name is the player's old
    club."""
    return "from" in before and (
        SIGNED_PLAYER_FROM.search(before) is not None or JOINED_CLUB_FROM.search(before[-120:]) is not None
    )


# A player's position in the signing: enough on its own to tell a football transfer from any other signing, in a
# short transfer story that names too few words of the game for `sports_teams.is_sports_story`.
_POSITION = re.compile(
    r"\b(?:midfielder|striker|defender|goalkeeper|keeper|winger|forward|full-back|centre-back|centre-half|"
    r"left-back|right-back|wing-back|playmaker)\b"
)


def signed_from_clubs(text: str, sports: bool = True) -> list[tuple[int, int]]:
    """(start, end) of the names `text` gives as a signed player's old club (see SIGNED_PLAYER_FROM); outside a match
    report (`sports` false) only when the signing names the player's position."""
    if "from" not in text:
        return []
    out = []
    for m in re.finditer(r"[A-Z][\w'’.-]*[a-z][\w.-]*(?:\s+[A-Z][\w.-]*[a-z][\w.-]*){0,2}(?![\w'’-])", text):
        before = text[: m.start()]
        found = (
            SIGNED_PLAYER_FROM.search(before) or JOINED_CLUB_FROM.search(before[-120:]) if "from" in before else None
        )
        if found is not None and (sports or _POSITION.search(found.group(0))):
            out.append((m.start(), m.end()))
    return out
