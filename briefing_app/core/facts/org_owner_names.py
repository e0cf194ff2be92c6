"""A body's name after its owner's or founder's name in the possessive: "Rupert Roe's News Group", "Peter Lake's
Harbour Entertainment", "Jane Doe's Tolvik Foundation". The person (a given name, then one or two more names, then
"'s") owns or runs the body and is no word of its name; the person is the people finder's.

Not a name whose possessive is its own ("McDonald's Corporation", "St John's Ambulance", "Women's Aid"): the word
before the possessive must follow a given name the list knows, and a body's word must come after it.

A possessive that opens a name is its own word when it is a given name alone or the people the body serves
("Ben's Creek Operations LLC", "Women's National Basketball League", "Children's Hospital Trust"); a leader's
family name is no word of the name ("Rajapaksa's United People's Freedom Alliance").

Also a sum's scale word capitalised before the name ("the Ksh 800 Million World Bank-funded market"): the number's,
no word of the body's; and a reporting period after it ("firm ScS H1 revenue", "Quelvo Q3 sales"): the results'.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.roles import is_person_noun

_POSSESSIVE = re.compile(r"[A-Z][\w-]*['’]s")


def without_person_owner(words: list[str]) -> list[str]:
    """`words` of a body's name without a person's name in the possessive before it (see the module)."""
    if len(words) < 3:
        return words
    given = person_names()[0]
    if words[0] not in given:
        return words
    for k in (1, 2):
        if k + 1 < len(words) and _POSSESSIVE.fullmatch(words[k]) and words[k + 1][:1].isupper():
            owner = " ".join([*words[:k], words[k][:-2]])
            known = lookup(owner)
            if known is not None and known.kind != "person":
                return words  # ("Prince Edward's ..." of a place or body the list knows is left whole)
            return words[k + 1 :]
        if not re.fullmatch(r"[A-Z][a-z]+|[A-Z]\.", words[k]):
            break  # only names (and initials) stand between the given name and the possessive
    return words


_SCALE = {"Million", "Millions", "Billion", "Billions", "Trillion", "Thousand", "Hundred", "Mn", "Bn"}


def without_scale_word(words: list[str]) -> list[str]:
    """`words` of a body's name without a sum's capitalised scale word before it ("Million World Bank")."""
    while len(words) > 1 and words[0] in _SCALE:
        words = words[1:]
    return words


# The people a body serves, in the possessive at the start of its name.
_SERVED = {"women", "men", "children", "people", "veterans", "workers", "girls", "boys", "farmers", "teachers"}


def possessive_is_own(word: str) -> bool:
    """Whether a possessive opening a body's name is a word of the name (see the module): a given name alone, or
    the people the body serves."""
    bare = re.sub(r"['’]s?$", "", word)
    return bare in person_names()[0] or bare.lower() in _SERVED or is_person_noun(bare.lower())


_PERIOD = re.compile(r"H[12]|Q[1-4]|FY(?:\d{2}|\d{4})?|9M")


def without_period(words: list[str]) -> list[str]:
    """`words` of a body's name without a reporting period after it ("ScS H1" of "firm ScS H1 revenue")."""
    while len(words) > 1 and _PERIOD.fullmatch(words[-1]):
        words = words[:-1]
    return words
