"""A sum in brackets after the time or the amount a change is compared with (English statistics copy): "Exports
increased by 8.15 percent when compared to the amount recorded in the first quarter of 2023 (N6,487.04 billion), but
declined by 5.20 per cent compared to the corresponding quarter in 2022 (N7,400.89 billion)".

The bracket gives the level of the measure at the time compared with; the readers took a container word or a word
of the subject ("amount", "value", "total"). Such a sum counts what the change before the comparison counts: the
last figure before "compared to/with", "than", "against", "versus" in the sentence, when no other figure stands
between them.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# The comparison, then the time or amount compared with (no figure but a year), then the bracket: "compared to the
# amount recorded in the first quarter of 2023 (".
_COMPARED_BRACKET = re.compile(
    r"\b(?:compared\s+(?:to|with)|than|against|versus|as\s+against)\s+(?:the|a|its|last|that\s+of)\b"
    r"(?:[^()\d]|\b(?:19|20)\d\d\b){3,120}\(\s*(?:(?:about|around|some|nearly)\s+)?(?:US\$|[$£€¥])?\s*$",
    re.IGNORECASE,
)


def compared_brackets(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a sum in brackets after a compared time or amount what the change before the comparison counts."""
    numbered = list(figure_texts(figures, texts))
    for i, (f, number, text) in enumerate(numbered):
        if number.currency is None:
            continue
        compared = _COMPARED_BRACKET.search(text[: number.start])
        if compared is None:
            continue
        start = number.start - len(text[: number.start]) + compared.start()
        prior = [g for g, m, _ in numbered[:i] if g.sentence == f.sentence and m.end <= start]
        if not prior or not prior[-1].counts or (prior[-1].unit != "percent" and prior[-1].unit != f.unit):
            continue
        owner = prior[-1].counts
        if owner.split(" (")[0].lower() not in (f.counts or "").lower():
            f.counts = owner
