"""A role read before a name without the words of the sentence around it: a dateline's dash ("LAS VEGAS —
Republican nominee Jane Roe": "Republican nominee"), a day's or a rank's number after an abbreviation's dot ("On
Oct. 5 Acme founder Jane Roe"), a preposition the role is governed by ("lagging behind
rival Jane Roe": "rival") and a style of address that opens the name ("Commons Speaker Sir Jane Roe")."""

from __future__ import annotations

import re

# Prepositions that govern a role and its name rather than belong to the role ("behind rival X", "against champion
# X"); "of"/"for"/"to" stay, as they join a role to what it is of ("head of research").
_GOVERNING = frozenset("behind against beside alongside besides unlike like versus vs".split())


def tidy_role(role: str | None) -> str | None:
    """`role` without a leading dash or a leading governing preposition; None when nothing is left."""
    if role is None:
        return None
    tidy = re.sub(r"^[\s—–-]+", "", role)
    words = tidy.split(" ")
    if len(words) > 1 and words[0] in _GOVERNING:
        tidy = " ".join(words[1:])
    elif len(words) > 1 and words[0].isdigit():
        # ("On Oct. 5 Acme founder Jane Roe", "the No. 1 artist X": a date's day or a rank's number left
        # behind by the abbreviation's dot is no part of the role)
        tidy = " ".join(words[1:])
    # ("Commons Speaker Sir Jane Roe": a knight's or a peer's style of address is part of the name, not the role)
    # (not "First Lady", an office of its own)
    if not tidy.endswith("First Lady"):
        tidy = re.sub(r"(?:^|\s+)(?:Sir|Dame|Lord|Lady|Baroness|Baron)$", "", tidy)
    return tidy or None
