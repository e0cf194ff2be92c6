"""A sentence that speaks of the sought person by pronoun and names others only in passing, as objects of a
preposition: "Ann Roe ran a lifetime best. It puts her third behind Kim Vale." / 'She was thrilled, "...".' The
"she" who speaks is the "her" of the sentence before, named further back (Roe), not Vale, whom the sentence names
only as the one "her" trails. A name the sentence makes its subject ("Her coach, Kim Vale, said") is not passing,
and a sentence with no pronoun of the speaker's sex is left to the usual reading.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.speaker_clues import GOVERNING_WORDS

# A preposition (or a comparison's "than") right before a name: the name is its object, never the clause's subject.
# The prepositions the speaker finder already treats as governing a name, and those that place one in a ranking.
_PASSING = re.compile(
    rf"\b(?:{GOVERNING_WORDS}|behind|than|after|before|beyond|over|alongside|like|including|ahead\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The pronouns of each sex that refer back to someone named before.
_PRONOUNS = {"f": re.compile(r"\b(?:she|her)\b", re.IGNORECASE), "m": re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE)}


def named_in_passing(text: str, starts: list[int], sex: str) -> bool:
    """Whether English sentence `text` holds a pronoun of `sex` ("m" or "f") before its first name (`starts`: where
    each person it names begins) and every one of those names is a preposition's object: the pronoun is the one the
    speaker's own pronoun goes back to, so the antecedent lies before this sentence."""
    pronoun = _PRONOUNS.get(sex)
    if pronoun is None or not starts:
        return False
    if pronoun.search(text[: min(starts)]) is None:
        return False
    return all(_PASSING.search(text[:start]) for start in starts)
