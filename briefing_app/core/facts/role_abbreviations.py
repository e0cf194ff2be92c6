"""A role with its abbreviated titles spelt out ("Gov." as "governor", "Sen." as "senator"), so that a later mention by
the role alone ("the governor said", "the senator added") finds the person American copy named as "Gov. Jim Roe"."""

from __future__ import annotations

import re

# The abbreviated titles American and British copy write before a name, and the noun a later mention uses.
_SPELT = {
    "gov": "governor", "sen": "senator", "rep": "representative", "lt": "lieutenant", "gen": "general",
    "col": "colonel", "capt": "captain", "sgt": "sergeant", "pres": "president", "supt": "superintendent",
    "atty": "attorney", "det": "detective", "insp": "inspector", "cmdr": "commander", "adm": "admiral",
    "maj": "major", "cpl": "corporal", "amb": "ambassador", "prof": "professor", "rev": "reverend",
}  # fmt: skip

_ABBREVIATED = re.compile(r"(?<![\w.])(" + "|".join(_SPELT) + r")\.", re.IGNORECASE)


# Offices written as capital initials without full stops, as Indian and Nigerian copy does ("CM Roe", "said the
# CM", "the PM said"); in capitals only, so that no lower-case word is read as one.
_INITIALS = {
    "CM": "chief minister", "PM": "prime minister", "DGP": "director general of police",
    "IGP": "inspector general of police",
}  # fmt: skip
_INITIALLED = re.compile(r"(?<![\w.])(" + "|".join(_INITIALS) + r")(?![\w.])")


def spelt_out(role: str) -> str:
    """`role` in lower case with each abbreviated title spelt out: "Lt. Gov." is "lieutenant governor", "CM" is
    "chief minister"."""
    role = _INITIALLED.sub(lambda m: _INITIALS[m.group(1)], role)
    return _ABBREVIATED.sub(lambda m: _SPELT[m.group(1).lower()], role).lower()


def spelt_mention(mention: str) -> str:
    """A mention by an office's initials after "the" spelt out ("the CM" is "the chief minister"), so that it finds
    the one the article named with that office; any other mention as it is."""
    m = re.fullmatch(r"([Tt]he)\s+(" + "|".join(_INITIALS) + r")", mention)
    return f"{m.group(1)} {_INITIALS[m.group(2)]}" if m else mention
