"""A baseline that a relative clause with no "that" describes (English results copy): "Gross margin was 36.9 per
cent, up from the 35.1 per cent the company achieved in the previous quarter", "sales of $5bn, against the $4.2bn
the group booked a year before".

The readers took the relative clause's subject ("the company", "the group") for what the baseline counts. After
"from/than/against/on the", a figure whose clause opens with a subject and a past verb is the same measure as the
figure before it in its sentence, at an earlier time: it counts what that figure counts.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_THE_BEFORE = re.compile(r"\b(?:from|than|against|on|over|with)\s+the\s+(?:US\$|[$£€¥])?$")
# The contact clause right after the figure (its unit first): "per cent | the company achieved".
_CONTACT_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|points?)?\s+((?:the|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?|it|they|we|"
    # (a bare plural only with an auxiliary: "the $2.5m analysts had expected"; "the 400 containers shipped" is the
    # figure's own noun and its participle)
    r"[A-Z][\w&'’-]+|[a-z]{3,}s(?=\s+(?:had|have|has)\s))\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ed|made|saw|had|"
    r"paid|won|took|got|spent|sold|forecast|brought|built|bought|raised|set|lent)\b"
)


def contact_baselines(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a baseline a subject-and-verb clause describes what the figure before it counts."""
    numbered = list(figure_texts(figures, texts))
    for i, (f, number, text) in enumerate(numbered):
        contact = _CONTACT_AFTER.match(text, number.end)
        if contact is None or not _THE_BEFORE.search(text[: number.start]):
            continue
        subject = contact.group(1).lower()
        head = (f.counts or "").split(" (")[0].lower()
        if head and head.split()[-1] not in subject.split():
            continue  # a reading of its own, not the clause's subject
        prior = [g for g, m, _ in numbered[:i] if g.sentence == f.sentence and g.unit == f.unit and g.counts]
        if prior and (prior[-1].counts or "").split(" (")[0].lower() not in subject:
            f.counts = prior[-1].counts
