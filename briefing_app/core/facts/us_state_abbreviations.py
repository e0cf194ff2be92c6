"""US states as American copy abbreviates them after a town ("Medford, Mass.", "Salem, Ore.", "Tempe, Ariz."): the
state, never a person, whatever title stands before the town ("the mayor of Medford, Mass., said").

The abbreviations are the news-agency style's, general knowledge (CC0). Two-letter postal codes are left out ("MA",
"OR"): they are read as acronyms elsewhere."""

from __future__ import annotations

import re

# (the one-word ones; "N.Y.", "N.J." and the like are no single capitalised word a name could be read from)
US_STATE_ABBREVIATIONS = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev Okla "
    "Ore Oreg Pa Penn Tenn Tex Vt Va Wash Wis Wisc Wyo".split()
)

# A capitalised town and a comma before the abbreviation, its full stop after it.
_TOWN_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s*$")


def state_after_town(before: str, word: str, after: str) -> bool:
    """Whether `word` is a US state abbreviated after a town: "Medford, Mass., where ..." ("Mass" between "Medford,"
    and "."). Not "Mass" elsewhere ("Mass was held"), nor "Ore" without its full stop."""
    return word in US_STATE_ABBREVIATIONS and after.startswith(".") and _TOWN_BEFORE.search(before) is not None
