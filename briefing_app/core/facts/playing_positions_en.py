"""Playing positions that sports copy writes before a player's name as his role ("lock Jan Roe", "Wales centre
Max Holm", "Fullback Jan Roe kicked two goals"), where the word is also a common noun or verb ("lock", "centre",
"wing") and so is kept out of the shared role nouns (`roles.ROLE_NOUNS`, which also make "X's ..." evidence of
a body). A position is read as a role only right before a name, and not after the words that make it a place
("city centre", "research centre") or a verb ("to lock", "will lock")."""

from __future__ import annotations

# Positions of rugby, cricket and football that are common words or spellings the role nouns lack; positions
# that are only roles ("striker", "flanker", "fly-half", "full-back", "winger") are role nouns already.
PLAYING_POSITIONS = frozenset(
    {
        "lock", "centre", "center", "wing", "fullback", "flyhalf", "scrumhalf", "stand-off", "standoff",
        "half-back", "halfback", "five-eighth", "loosehead", "tighthead", "loose-forward", "back-rower",
        "wicketkeeper", "paceman", "all-rounder", "allrounder", "sweeper",
    }
)  # fmt: skip

# Words before "centre", "wing" or "lock" that make it a place, a part of a building or a verb, not a position.
_NOT_BEFORE_A_POSITION = frozenset(
    {
        "city", "town", "shopping", "village", "leisure", "health", "medical", "community", "research", "data",
        "call", "visitor", "detention", "garden", "sports", "arts", "conference", "test", "day", "job", "crisis",
        "training", "care", "press", "media", "trade", "world", "science", "cancer", "heart", "youth", "family",
        "to", "will", "would", "could", "can", "may", "might", "should", "must", "not", "cannot",
        "right", "left", "far", "hard", "military", "armed", "political", "east", "west", "north", "south",
    }
)  # fmt: skip


def is_playing_position(word: str) -> bool:
    """Whether `word` (any case, a trailing comma aside) is one of the positions above."""
    return word.lower().rstrip(",") in PLAYING_POSITIONS


def position_before_name(words: list[str]) -> bool:
    """Whether the last of `words` (the text before a name, split on spaces) is a playing position written as
    the name's role: in lower case, or capitalised as the sentence's first word, and not after a word that
    makes it a place or a verb ("city centre", "to lock")."""
    if not words or not is_playing_position(words[-1]) or words[-1].endswith(","):
        return False
    if words[-1][:1].isupper() and len(words) > 1:
        return False  # ("the Hammersmith Centre Jane Roe runs": a capitalised position inside a run is a name's)
    return len(words) == 1 or words[-2].lower().strip("(") not in _NOT_BEFORE_A_POSITION
