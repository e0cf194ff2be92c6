"""What a change counts when its subject is measured "at current prices" or "at constant prices" (English statistics
copy): "seasonally adjusted mineral sales at current prices decreased by 1.8%", "GDP at constant prices grew 7.2%".

The phrase says how the subject is valued, as "in real terms" does; the readers took its "prices" for what changed.
The change counts the noun phrase before "at": from the clause's start up to it.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.plain_phrases_en import plain_noun_phrase

_BASIS = re.compile(
    r"(?:^|[,;:]\s+|\b(?:said|says|showed|shows|while|and|but)\s+)((?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s+"
    r"at\s+(?:current|constant|market|basic|fixed|real)\s+prices\s+(?!of\b)[^.;]*$",
    re.IGNORECASE,
)


def price_basis(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a change read as "current prices" the noun phrase valued at those prices."""
    for f, number, text in figure_texts(figures, texts):
        if not (f.counts or "").lower().endswith("prices"):
            continue
        m = _BASIS.search(text[: number.start])
        if m is None:
            continue
        subject = plain_noun_phrase(m.group(1).split())
        if subject is None:
            continue
        f.counts = subject
