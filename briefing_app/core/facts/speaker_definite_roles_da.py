"""A Danish sentence that names nobody but speaks of someone by a definite role noun, alone or after a club or town
("Et opgør, Lyngby-træneren ser enormt meget frem til.", "Borgmesteren var mere forsigtig."): the "han" or "hun" of
the quote after it is that role's holder, not a person named in a sentence further back ("..., meldte Jonas
Vingegaard ud, at han ..."). English copy opens such a sentence with "The mayor", which `speakers.py` reads itself."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

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


class _Holder(Protocol):
    @property
    def role(self) -> str | None: ...

    @property
    def sentences(self) -> list[int]: ...


P = TypeVar("P", bound=_Holder)


def holder_named_next(role_word: str, mention: str, people: Sequence[P], sentence: int) -> list[P]:
    """The one person whose role holds `role_word` and whom the article first names in the sentence right after a
    quote's `sentence`, when a Danish definite role noun alone speaks ("- ..., lyder det fra ministeren." then
    "Kulturminister Ida Vang (S) udtaler, at ..."): a lede that quotes first and names the speaker next. English
    "the minister" (two words) and a mention with a name are left to the readers of roles named before."""
    if " " in mention or not mention[:1].islower() or not re.fullmatch(r"[a-zæøå]{4,}(?:en|et)", mention):
        return []
    later = [
        p for p in people if p.role and role_word[:5] in p.role.lower() and min(p.sentences, default=0) == sentence + 1
    ]
    return later if len(later) == 1 else []
