"""A baseline sum followed by the participle of its recording (English results copy): "profit before tax rose by
30.86 per cent to N190.4 billion as against N108.35 billion recorded in comparable period of 2018", "revenue of $5m
compared with $4m posted a year earlier".

The readers take the words after the sum for what it counts when nothing before it reads ("recorded in comparable
period"), but a participle of recording only says where the earlier sum was written down: the sum is the same
measure as the sum before it in the sentence, whose reading it takes.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_RECORDED = (
    r"(?:recorded|posted|reported|achieved|realised|realized|registered|generated|made|declared|earned|seen|"
    r"booked|announced)"
)
_READING = re.compile(rf"{_RECORDED}\b", re.IGNORECASE)
# The sum is a baseline: "as against", "against", "compared with/to", "from", "versus" right before it.
_BASELINE_BEFORE = re.compile(
    r"\b(?:as\s+against|against|compared\s+(?:with|to)|from|versus|vs\.?)\s+(?:(?:about|around|nearly|some|just)\s+)?"
    r"(?:the\s+)?(?:US\$|[$£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)?$",
    re.IGNORECASE,
)


def participle_baselines(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a baseline sum read as "recorded in ..." what the sum before it in its sentence counts."""
    previous: dict[int, Fact] = {}  # each sentence's last sum with a reading
    for f, number, text in figure_texts(figures, texts, money=True):
        reading = (f.counts or "").strip()
        earlier = previous.get(f.sentence)
        if (
            earlier is not None
            and _READING.match(reading)
            and _BASELINE_BEFORE.search(text[: number.start])
            and re.match(rf"\s*(?:[a-z]+\s+)?{_RECORDED}\b", text[number.end :], re.IGNORECASE)
        ):
            f.counts = earlier.counts
        if f.counts and not _READING.match(f.counts):
            previous[f.sentence] = f
