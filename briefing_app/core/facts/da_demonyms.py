"""Danish nouns for a person of a nation ("nordmand", "svensker", "dansker"): Danish sports and news copy describes a
player or a coach it has named by nationality ("uddyber den dygtige nordmand", "siger svenskeren"), as English copy
writes "the Spaniard". The nouns are the inhabitant names of Dansk Sprognævn's list of countries and their
inhabitants (Retskrivningsordbogen, "Lande og nationaliteter"), for the countries Danish news names most; a
description ending in one is the person named before, not a name."""

from __future__ import annotations

__all__ = ["is_da_demonym"]

_DEMONYMS = frozenset(
    """dansker nordmand svensker finne islænding færing grønlænder tysker hollænder belgier franskmand englænder
    brite skotte waliser ire spanier portugiser italiener schweizer østriger polak tjekke slovak ungarer rumæner
    bulgarer kroat serber bosnier slovener græker tyrker russer ukrainer estlænder lette litauer amerikaner canadier
    mexicaner brasilianer argentiner uruguayaner colombianer chilener australier newzealænder japaner kineser
    koreaner inder iraner iraker syrer egypter marokkaner nigerianer ghaneser senegaleser kenyaner sydafrikaner
    israeler palæstinenser afghaner pakistaner""".split()
)


def is_da_demonym(word: str) -> bool:
    """Whether a lower-case Danish word is a noun for a person of a nation, indefinite or definite ("nordmand",
    "nordmanden", "svenskeren")."""
    low = word.lower()
    if word[:1].isupper():
        return False
    return low in _DEMONYMS or (low.endswith("en") and (low[:-2] in _DEMONYMS or low[:-1] in _DEMONYMS))
