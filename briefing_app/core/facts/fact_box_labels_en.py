"""Counts in a fact box's line: "Label: N ..., and M ..." (English).

Wire copy sums a disaster up in labelled lines: "Homes destroyed: At least 1,700, according to county authorities.",
"Injuries: 71 to firefighters, and 27 to civilians.", "Evacuees: 4,403 people in 28 shelters." The label names
what each bare number of its line counts. With a qualifier after the colon the reading was nothing; a second
number took the first one's recipients ("firefighters"). A number with its own noun keeps it ("4,403 people").
Run last, on the figures of the whole text.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# A line opened by a label of one to three words and a colon: "Homes destroyed:", "Deaths:", "Injuries:".
_LABEL = re.compile(r"\s*([A-Z][a-z]+(?:\s+[a-z]+){0,2})\s*:\s+(?=\S)")
# A pronoun opening the words before the colon, or a verb of saying among them: someone speaking, no label.
_NO_LABEL = re.compile(
    r"^(?:He|She|They|It|We|I|You|This|That|These|Those|There)\b|\b(?:said|says|say|told|tells|added|adds|asked|"
    r"wrote|writes|noted|notes|explained|reported|announced|stated|tweeted|warned|insisted)\b"
)
# No noun of the number's own after it: a clause's end, "to"/"in"/"among" and whom, or "according to".
_BARE = re.compile(r"\s*(?:[,.;]|$)|\s+(?:to|in|among|at|for)\s+(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)\b")


def fact_box_counts(facts: list[Fact], texts: dict[int, str]) -> None:
    """Give the bare numbers of a labelled line the label's words, and whom a "to"/"in" after them names."""
    for f, n, text in figure_texts(facts, texts):
        if f.unit is not None or n.currency:
            continue
        label = _LABEL.match(text)
        if label is None or label.end() > n.start or ":" in text[label.end() : n.start]:
            continue
        bare = _BARE.match(text, n.end)
        if bare is None:
            continue
        name = label.group(1)
        if _NO_LABEL.search(name):
            continue  # a speaker and a verb before a colon ("She said: 40", "Police added: ..."), no label
        if name.lower() in (f.counts or "").lower():
            continue
        whom = bare.group(1)
        f.counts = f"{name} ({whom})" if whom else name
