"""Hebrew quotes introduced as someone's words with a copula: 'מילותיו האחרונות של X, Y Z, היו "..."' (the last
words of X were "..."), 'דבריו היו "..."', 'המילים הראשונות של Y היו: "..."'. The words are speech however short
the quote; who spoke is the owner after "של" (a role and a name in commas, or a name), else the one whose
possessive the noun carries (the person just named)."""

from __future__ import annotations

import re

from briefing_app.core.facts.quote_cues import he_name_after_role

_WORDS_WERE = re.compile(
    r"(?<![\u05d0-\u05ea])(?:ו|ש|וש)?(?:ה?מילים|מילותיו|מילותיה|מילותיהם|דבריו|דבריה|דבריהם|ה?דברים)"
    r"(?:\s+(?:ה?אחרונות|ה?אחרונים|ה?ראשונות|ה?ראשונים))?"
    r"(?:\s+של\s+(?P<owner>(?:[^\"“”„״:.]|(?<=[\u05d0-\u05ea])[\"\u05f4](?=[\u05d0-\u05ea])){2,80}?))?"
    r"\s*,?\s+(?:היו|היה|הן|הם)\s*:?\s*[\"“„״]?$"
)


def words_were(before: str) -> bool:
    """Whether the words before a quote are its speaker's words and a copula ("מילותיו ... היו")."""
    return _WORDS_WERE.search(before) is not None


def words_were_speaker(before: str) -> str | None:
    """Who spoke words introduced so: the owner after "של" (the name in its commas after a role: "של קברניט
    המטוס, X Y,"), "" when the noun's possessive points at the person just named, None for no such words."""
    m = _WORDS_WERE.search(before)
    if m is None:
        return None
    owner = (m.group("owner") or "").strip(" ,")
    if not owner:
        return ""
    parts = [p.strip() for p in owner.split(",") if p.strip()]
    if len(parts) >= 2:
        return parts[1]  # "של קברניט המטוס, X Y,": the role, then the name in commas
    return he_name_after_role(parts[0].split()[-5:]) if parts else ""
