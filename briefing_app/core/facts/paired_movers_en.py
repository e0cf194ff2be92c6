"""Two named movers and their two moves, paired in order with no "respectively" (English market copy): "Index
heavyweights Pellmar and Rocklin gained 0.84% and 2.07%", "Dorrel and Vantor Mining fell 2% and 3.1%".

Market round-ups leave the "respectively" out; the readers then gave both percentages the second name. When two
capitalised names joined by "and" are the subject right before a verb of moving, and the two figures after it are
joined by "and" alone, each figure is its own name's move. Lower-case subjects ("Sales and profits rose 8% and 11%")
are left to `sharing_lists.share_respectively`, which needs the "respectively".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_NAME = r"([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})"
_MOVED = (
    r"(?:rose|fell|gained|lost|added|shed|climbed|dropped|slipped|jumped|eased|firmed|advanced|declined|slid|"
    r"(?:were|are)\s+(?:up|down))"
)
_PAIR_BEFORE = re.compile(rf"(?<![\w&'’.-]){_NAME}\s+and\s+{_NAME}\s+{_MOVED}\s+(?:by\s+)?$")
_AND = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+and\s+$")


def pair_movers(facts: list[Fact], text: str) -> None:
    """Give each of two percentages after "X and Y <moved>" its own mover, in order."""
    if " and " not in text:  # (cheap test: no pair of names, no pair of moves)
        return
    for first, second in zip(facts, facts[1:], strict=False):
        if first.number is None or second.number is None or "respectively" in text[second.number.end :][:20]:
            continue
        if first.unit != "percent" or second.unit != "percent":
            continue
        if not _AND.fullmatch(text[first.number.end : second.number.start]):
            continue
        m = _PAIR_BEFORE.search(text[: first.number.start])
        if m is None:
            continue
        names = [re.sub(r"^(?:The|A|An)\s+", "", n) for n in (m.group(1), m.group(2))]
        first.counts, second.counts = names  # ("The Pellmar and Rocklin": the sentence's article)
