"""Titles of works an English article introduces by their kind ("the film Heart of the Beast", "the TV drama
Coldwater", "her new album, Silver Nights"): the title said again is no person and no organisation, and the words
inside it, counted alone, name no body ("Heart", "Beast"). Only a title followed by punctuation, a preposition or
an auxiliary is taken, so that "the book Jane Roe wrote" keeps Jane Roe. A name the article writes only as a
whole quoted title ('"Max Holm: Mall Cop"', '"Max Holm" slipped to No. 2') is a work's title too.
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


# Opening and closing quote marks around a title, with its own comma or full stop inside (American style).
_OPEN = "\"“‘'"
_CLOSE = "\"”’'"


# What may follow a name inside its quoted title before the quote closes: nothing, a subtitle after a colon ('"X:
# Mall Cop"'), or more title-case words ('"X or Death and All His Friends"').
_TITLE_GOES_ON = re.compile(
    rf"(?:[,.!?]?|:\s+[A-Z][^{_CLOSE}\n]{{0,40}}|(?:\s+(?:[A-Z][\w'’-]*|or|and|of|the|a|in|on|to|for|with)){{1,8}}[,.!?]?)"
    rf"[{_CLOSE}]"
)
# Kinds of work besides `_KIND` that introduce a quoted title ('the tribute "X"', 'its lead single "X"').
_MORE_KINDS = r"remake|adaptation|reworking|tribute|release|track|soundtrack|record|hit|collection|anthem|ballad"


def only_quoted(name: str, whole: str, introduced: bool = False) -> bool:
    """Whether every time the article writes `name` it is a quoted title's whole or its head before a colon
    ('"Max Holm: Mall Cop"', '"Max Holm," which'): a work, a brand or a nickname, never a person named in prose.
    With `introduced`, one of those times must also follow the work's kind ('the comedy "X"'): movements, groups
    and websites are quoted too ('belongs to the "Red Shirts"')."""
    body = whole.split("\n", 1)[-1]  # (the headline drops the quote marks: "X outruns Watchmen at box office")
    spots = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", body)]
    quoted = bool(spots) and all(
        re.search(rf"[{_OPEN}](?:The\s+|A\s+|An\s+)?\Z", body[max(0, at - 5) : at]) is not None
        and _TITLE_GOES_ON.match(body, at + len(name)) is not None
        for at in spots
    )
    return quoted and (
        not introduced
        or any(re.search(rf"\b(?:{_KIND}|{_MORE_KINDS})\s+[{_OPEN}](?:The\s+|A\s+|An\s+)?\Z",
                         body[max(0, at - 40) : at]) for at in spots)
    )


def work_titles(texts: Sequence[str]) -> set[str]:
    """The titles of works the article introduces by their kind (see the module)."""
    return {m.group(1) for t in texts for m in _INTRODUCED.finditer(t)}


def drop_work_titles(facts: list[Fact], texts: Sequence[str]) -> list[Fact]:
    """People and organisations, less those that are a work's title or a word of one that the article never uses
    outside it."""
    titles = work_titles(texts)
    whole = "\n".join(texts)
    if not titles:
        return [f for f in facts if f.kind not in ("person", "organisation") or not _quoted_title(f, whole)]
    outside = whole
    for title in sorted(titles, key=len, reverse=True):
        outside = outside.replace(title, " ")
    keep = []
    for f in facts:
        if f.kind in ("person", "organisation"):
            if f.text in titles or _quoted_title(f, whole):
                continue  # "the film Heart of the Beast ... Heart of the Beast follows"
            inner = " " not in f.text and any(f.text in t.split() for t in titles)
            if inner and not re.search(rf"(?<![\w'’-]){re.escape(f.text)}(?![\w-])", outside):
                continue  # "Heart", "Beast": words of the title, counted alone
        keep.append(f)
    return keep


def _quoted_title(fact: Fact, whole: str) -> bool:
    """A person the article only writes as a quoted title, or a body it also calls a work ('the comedy "X"')."""
    return only_quoted(fact.text, whole, introduced=fact.kind == "organisation")
