"""Titles of works an English article introduces by their kind ("the film Heart of the Beast", "the TV drama
Coldwater", "her new album, Silver Nights"): the title said again is no person and no organisation, and the words
inside it, counted alone, name no body ("Heart", "Beast"). Only a title followed by punctuation, a preposition or
an auxiliary is taken, so that "the book Jane Roe wrote" keeps Jane Roe.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import Fact

_KIND = (
    r"film|movie|novel|book|memoir|album|single|song|series|sitcom|drama|musical|opera|play|documentary|"
    r"show|programme|game|podcast|thriller|comedy|biopic|sequel|prequel|franchise"
)
_TITLE = r"[A-Z][\w'’:-]*(?:\s+(?:(?:of|the|and|a|an|in|on|to|for|with|&)\s+)*[A-Z][\w'’:-]*)*?"  # (the shortest)
_INTRODUCED = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|new|latest|hit|debut)\s+(?:[\w-]+\s+)?(?:{_KIND}),?\s+"
    rf"({_TITLE})(?=\s*[,.;:!?)\"”]|\s*$|\s+(?:for|in|on|at|by|from|with|which|that|is|was|will|has|had|and|to|"
    r"starring|stars|opens|follows|tells|topped|grossed|took|earned)\b)"
)


def work_titles(texts: Sequence[str]) -> set[str]:
    """The titles of works the article introduces by their kind (see the module)."""
    return {m.group(1) for t in texts for m in _INTRODUCED.finditer(t)}


def drop_work_titles(facts: list[Fact], texts: Sequence[str]) -> list[Fact]:
    """People and organisations, less those that are a work's title or a word of one that the article never uses
    outside it."""
    titles = work_titles(texts)
    if not titles:
        return facts
    whole = "\n".join(texts)
    outside = whole
    for title in sorted(titles, key=len, reverse=True):
        outside = outside.replace(title, " ")
    keep = []
    for f in facts:
        if f.kind in ("person", "organisation"):
            if f.text in titles:
                continue  # "the film Heart of the Beast ... Heart of the Beast follows"
            inner = " " not in f.text and any(f.text in t.split() for t in titles)
            if inner and not re.search(rf"(?<![\w'’-]){re.escape(f.text)}(?![\w-])", outside):
                continue  # "Heart", "Beast": words of the title, counted alone
        keep.append(f)
    return keep
