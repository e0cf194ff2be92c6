"""What the first figure of an English "from X to Y noun" counts: the noun after the second ("up from 55,915 to
67,805 offences", "rose from 200 to 350 jobs"). Copy writes the counted noun once, after the level reached; the
readings gave the starting level the clause's subject ("number") or nothing. The noun is put first and what a
reading gave stays in brackets: "jobs (number)".

Only when the first figure has no noun of its own after it (the words between the two are "to" alone, with the
second's currency sign), both are plain counts or both sums of one currency, and the second's reading opens with
the noun written right after it.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact, SourceSentence

_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|some|nearly|almost|just|over|under)\s+)?$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+to\s+(?:(?:about|around|some|nearly|almost|just|over|under)\s+)?$", re.IGNORECASE)


def with_shared_noun(figures: list[Fact], sentences: list[SourceSentence], language: str) -> None:
    """Give the first figure of "from X to Y noun" the noun Y counts (in place; English only)."""
    if language.split("-")[0].lower() != "en":
        return
    text_of = {s.index: s.text for s in sentences}
    by_sentence: dict[int, list[tuple[int, Fact]]] = {}
    for fact in figures:
        if fact.number is not None:
            by_sentence.setdefault(fact.sentence, []).append((fact.number.start, fact))
    for index, placed in by_sentence.items():
        text = text_of.get(index, "")
        facts = [fact for _, fact in sorted(placed, key=lambda pair: pair[0])]
        for first, second in zip(facts, facts[1:], strict=False):
            if not _from_to(text, first, second):
                continue
            noun = _noun_after(text, second)
            if noun is None or (first.counts and noun.lower() in first.counts.lower()):
                continue
            first.counts = f"{noun} ({first.counts})" if first.counts else noun


def _from_to(text: str, first: Fact, second: Fact) -> bool:
    """Whether the two figures are "from X to Y", X bare and of Y's kind."""
    a, b = first.number, second.number
    if a is None or b is None or a.currency != b.currency or first.unit != second.unit:
        return False
    if a.end > b.start or not _FROM_BEFORE.search(text[max(0, a.start - 40) : a.start]):
        return False
    between = text[a.end : b.start]
    if b.currency:  # "from £20m to £25m": the sign is the second figure's
        between = re.sub(r"(?:US|C|A)?[$£€¥]\s*$", "", between)
    return _TO_BETWEEN.fullmatch(between) is not None


def _noun_after(text: str, fact: Fact) -> str | None:
    """The noun written right after the figure that its reading opens with ("67,805 | offences")."""
    if fact.number is None or not fact.counts:
        return None
    head = fact.counts.split(" (")[0].split(",")[0].strip()
    after = text[fact.number.end :].lstrip()
    if not head or not re.match(r"[a-z]", head) or not after.lower().startswith(head.lower()):
        return None
    return head
