"""A Danish sentence that names nobody but speaks of someone by a definite role noun, alone or after a club or town
("Et opgør, Lyngby-træneren ser enormt meget frem til.", "Borgmesteren var mere forsigtig."): the "han" or "hun" of
the quote after it is that role's holder, not a person named in a sentence further back ("..., meldte Jonas
Vingegaard ud, at han ..."). English copy opens such a sentence with "The mayor", which `speakers.py` reads itself."""

from __future__ import annotations

import re

from briefing_app.core.facts.speaker_clues import role_noun

# A definite noun, after a capitalised club or town and a hyphen or on its own: "Lyngby-træneren", "borgmesteren".
_DEFINITE = re.compile(r"(?<![\w-])(?:[A-ZÆØÅ][\wæøå.]*-)?([a-zæøå]{4,}(?:en|et))\b")


def definite_role_stem(text: str) -> str | None:
    """The role a Danish definite role noun of `text` names ("træner" of "Lyngby-træneren"), None when it has none."""
    text = text[:1].lower() + text[1:]  # ("Borgmesteren var ...": the noun opening the sentence)
    for m in _DEFINITE.finditer(text):
        if role_noun(m.group(1)):
            return m.group(1)[:-2]
    return None
