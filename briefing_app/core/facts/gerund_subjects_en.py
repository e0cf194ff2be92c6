"""The subject of a gerund of change after a preposition (English): "The jump in profits was on the back of the number
of flights in Irish airspace last year increasing by 2.7% to 937,537", "helped by sales rising 4% to $2bn".

The readers took the clause's subject ("profits"), as the gerund is no finite verb. The noun phrase right before the
gerund, after the preposition, is what changed: the share and the level it reached (which shared the same reading)
count it.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_GERUND = re.compile(
    # (a complex preposition whole: "on the back of | sales increasing", not "the back of sales")
    r"\b(?:on\s+the\s+back\s+of|in\s+the\s+wake\s+of|as\s+a\s+result\s+of|thanks\s+to|due\s+to|because\s+of|of|by|"
    r"after|with|despite|amid|from|to|on)\s+((?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,8}?[a-z][\w'’-]*)"
    r"\s+(?:increasing|rising|falling|growing|jumping|dropping|climbing|declining|decreasing|surging|slumping)\s+"
    r"(?:by\s+)?(?:(?:about|some|nearly|almost|around|roughly|just|more\s+than)\s+)?(?:US\$|[$£€¥])?$"
)


def gerund_subjects(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give the figure of a gerund of change (and the level after it) the gerund's subject."""
    old: dict[tuple[int, str], str] = {}
    for f, number, text in figure_texts(figures, texts):
        if (f.sentence, f.counts or "") in old:
            f.counts = old[(f.sentence, f.counts or "")]  # "... increasing by 2.7% | to 937,537": the same flights
            continue
        gerund = _GERUND.search(text[: number.start])
        if gerund is None or "," in gerund.group(1):
            continue
        subject = re.sub(r"^(?:the|its|their)\s+", "", gerund.group(1))
        if subject.split()[-1].lower() in ("it", "them", "this", "that", "which", "those"):
            continue
        if subject.split()[0].lower() not in (f.counts or "").lower():
            old[(f.sentence, f.counts or "")] = subject
            f.counts = subject
