"""Two clauses of the same build joined by "and": the second's bare subject and its share read as the first's
(English).

"341 elected members got over 50 per cent of votes and 201 got less than 50 per cent": the second clause leaves
out both nouns; read alone, its count took the word before it ("votes") and its share its verb ("got") or the count
("seats (201)"). A bare count opening a clause after "and"/"while"/"but", with a verb after it, counts what the
count opening the first clause counts; a measure of the same unit after it in its clause measures what the first
clause's measure does. Gapped counts with a noun of their own are left to `gapped_counts_en`.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.group_parts_en import plural_head
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.phrase_edges import subject_position

_JOIN_BEFORE = re.compile(r"(?:,\s*)?\b(?:and|while|but|whereas)\s+(?:(?:about|some|only|just|another)\s+)?$")
_VERB_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:got|won|had|have|has|were|was|are|took|lost|gained|saw|received|made|did|"
    r"(?!(?:need|feed|seed|speed|bed|red|shed)\b)[a-z]{3,}ed)\b"
)


def parallel_clauses(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give the bare subject of a second clause the first clause's counted noun, and its measure the first's."""
    for i, f in enumerate(figures):
        n = f.number
        if n is None or f.unit is not None or n.currency or n.kind != "number":
            continue
        text = texts.get(f.sentence, "")
        if not _JOIN_BEFORE.search(text[: n.start]) or not _VERB_AFTER.match(text, n.end):
            continue
        same = [e for e in figures[:i] if e.sentence == f.sentence and e.number is not None]
        first = next((e for e in same if e.unit is None and not e.number.currency  # type: ignore[union-attr]
                      and subject_position(text[: e.number.start])), None)  # type: ignore[union-attr]
        noun = plural_head(first.counts) if first is not None else None
        if first is None or noun is None or noun.split()[-1].lower() in (f.counts or "").lower():
            continue
        own = (f.counts or "").split(" (")[0]
        following = text[n.end : n.end + 80].lower()
        if own and following.split()[:1] == own.lower().split()[:1]:
            continue  # a noun of its own right after it: "and two retired four-star generals"
        # (what its own clause says of it stays beside the noun: "and 158 were executed in 2007")
        f.counts = f"{noun} ({own})" if own and own.lower() in following else noun
        # the measure of the first clause, and the one of the second of the same unit
        between = [e for e in same if e.number.start > first.number.start and e.unit]  # type: ignore[union-attr]
        after = [g for g in figures[i + 1 :] if g.sentence == f.sentence and g.number is not None and g.unit]
        if between and after and between[0].unit == after[0].unit and between[0].counts:
            gap = text[n.end : after[0].number.start]  # type: ignore[union-attr]
            if len(gap) < 40 and not re.search(r"[,;]|\band\b", gap):
                after[0].counts = between[0].counts
