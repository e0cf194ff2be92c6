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


def spelt_out(role: str) -> str:
    """`role` in lower case with each abbreviated title spelt out: "Lt. Gov." is "lieutenant governor"."""
    return _ABBREVIATED.sub(lambda m: _SPELT[m.group(1).lower()], role).lower()
