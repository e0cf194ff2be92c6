"""A change set after a figure's clause in apposition (English results and traffic copy): "Some 2.14 million
passengers passed through Cork airport in 2014, a fall of 5 per cent from 2.26 million", "Profit was $5m, a 10%
rise from $4.5m a year earlier", and set off by a dash: "its $3.49 billion in revenue - a 74% increase compared with
the period a year before" (results copy of wires and papers).

The apposition names the change of what the figure before it counts; the readings kept the change noun alone
("fall", "rise"). `sharing` reads "..., a rise of 15%" when the clause before it is short; this reads the
percentage-first form ("a 10% rise") and a clause of any length (no other clause between them), once every reading
is done. The percentage counts the change, with the measure in brackets: "fall (passengers)".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_CHANGES = r"(?:rise|fall|drop|increase|decrease|decline|jump|gain|climb|slide|dip|improvement|reduction)"
# The apposition up to the figure: ", a fall of ", ", an " (the change noun then follows the figure).
_APPOSED = re.compile(
    rf"(?:,|\s[-–—])\s*an?\s+(?:({_CHANGES})\s+of\s+)?(?:(?:about|some|nearly|almost|around|roughly|just)\s+)?$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(rf"\s*(?:%|per\s*cent|percent)\s+({_CHANGES})\b", re.IGNORECASE)
# What a reading of the change alone may hold after the change noun: the words of its comparison ("increase
# compared", "rise on year"), which name no measure of their own.
_COMPARISON_WORDS = {"compared", "on", "the", "year", "before", "earlier", "ago", "previous", "prior", "period",
                     "last", "same", "against", "with", "to", "from", "a"}  # fmt: skip


def appositive_changes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a percentage in an apposed change ("..., a fall of 5 per cent") what the figure before counts."""
    numbered = list(figure_texts(figures, texts))
    for (f, m, _), (g, n, text) in zip(numbered, numbered[1:], strict=False):
        if g.unit != "percent" or f.sentence != g.sentence or not f.counts or f.unit == "percent":
            continue
        gap = text[m.end : n.start]
        apposed = _APPOSED.search(gap)
        if apposed is None or re.search(r"[;]|\b(?:and|but|while|whereas)\b", gap[: apposed.start()]):
            continue
        after = _CHANGE_AFTER.match(text, n.end)
        change = apposed.group(1) or (after.group(1) if after else None)
        read = (g.counts or "").strip().lower().split()
        if change is None or read[:1] != [change.lower()] or not set(read[1:]) <= _COMPARISON_WORDS:
            continue  # (a reading of its own: not the bare change noun)
        g.counts = f"{change.lower()} ({f.counts.split(' (')[0]})"
