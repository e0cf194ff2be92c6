"""Who "he" or "she" is when the only person named before bears a given name the name list holds for the other sex.

The given-name list (US Census 1990) gives each name the sex that bears it far more often in the United States, but
many names cross over in other countries and in sport: "Andrea" and "Nicola" are Italian men, "Toni", "Ashley",
"Lindsay", "Hilary" and "Joan" are men's names too. "TV presenter Dr Hilary Jones ... . He added: "..."" left the
quote to the bare pronoun "He" when no man had been named before: a pronoun is never a speaker. When nobody of the
pronoun's sex (or of unknown sex) was named at all, and the article's own words do not fix the person's sex (a title
"Mrs", "she said" written about them, a role such as "actress" or "mother"), the pronoun is the person named most
recently, if within the last three sentences.
"""

from __future__ import annotations

import re
from typing import Any

from briefing_app.core.facts.people import Person
from briefing_app.core.facts.speaker_clues import addressed_sexes, self_described_sexes, sex_of

__all__ = ["named_against_list"]

# Titles and role words that fix a person's sex whatever their given name.
_SEXED = {
    "m": re.compile(
        r"\b(?:Mr|Sir|Lord|Herr|Hr|man|men|actor|king|prince|father|husband|son|brother|boy|chairman|spokesman|"
        r"businessman|sportsman|uncle|nephew|grandfather)\b",
        re.IGNORECASE,
    ),
    "f": re.compile(
        r"\b(?:Mrs|Ms|Miss|Lady|Dame|Fru|woman|women|actress|queen|princess|mother|wife|daughter|sister|girl|"
        r"chairwoman|spokeswoman|businesswoman|sportswoman|aunt|niece|grandmother|widow)\b",
        re.IGNORECASE,
    ),
}

_TITLES = {"m": "Mr|Sir|Lord", "f": "Mrs|Ms|Miss|Lady|Dame"}

_REACH = 3  # sentences back: a pronoun reaches the subject of the paragraph, not someone named long before


def named_against_list(speakers: Any, before: int, within: str, sex: str) -> Person | None:
    """The person named most recently before sentence `before` (or in `within`, the sentence so far) when no one
    the pronoun's sex `sex` fits was named, and nothing but the given-name list says that person is of the other
    sex; else None."""
    if sex not in _SEXED:
        return None
    found: Person | None = speakers._last_named(before, within, "")
    if found is None or not found.key:
        return None
    other = "f" if sex == "m" else "m"
    if sex_of(found) != other or speakers.pronoun_sexes.get(found.key, "") == other:
        return None  # only the name list speaks against them, not a pronoun the article already gave them
    texts = tuple(speakers.text.values())
    if addressed_sexes(texts).get(found.key, "") == other or self_described_sexes(texts).get(found.key, "") == other:
        return None  # ("Mrs Roe", "Roe said she ..."): the article itself calls them so
    if _SEXED[other].search(f"{found.name} {found.role or ''}"):
        return None  # ("actress Hilary Roe", "Roe's mother Andrea"): the role tells the sex
    # ("Mrs Andrea Roe": a title before the full name, which `addressed_sexes` reads only before a family name)
    titled = rf"\b(?:{_TITLES[other]})\.?\s+(?:[A-Z][\w'’-]+\s+)?{re.escape(found.key)}\b"
    if any(re.search(titled, text) for text in texts):
        return None
    recent = [i for i in found.sentences if i < before]
    if not (found.key in within or (recent and max(recent) >= before - _REACH)):
        return None
    return found
