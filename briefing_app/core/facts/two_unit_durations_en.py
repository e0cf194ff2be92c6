"""A duration told in two or three units is one figure: "jailed for two years and six months", "the flight lasted
3 hours and 45 minutes", "finished in 2 hours, 15 minutes and 25 seconds" (English).

Each number was read as a figure of its own (2 years, then 6 months of "jailed"): the article states one span,
and the second part is no count of months. The parts are joined into the last (smallest) unit, as the corpus
gives a race time written "2:15:25" in seconds (`race_times_en`): 30 months, 225 minutes, 8,125 seconds; the
same race time in words and in digits reads the same. What it counts is what the first part counted. An age in
two parts stays two ("at the age of 17 years and 285 days", `age_parts_en`: the corpus keeps both), and so does a
span whose smaller unit comes first or that opens a range ("aged between 6 months and 2 years").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# How many of the smaller unit make one of the larger.
_PER: dict[tuple[str, str], float] = {
    ("years", "months"): 12, ("years", "weeks"): 52, ("years", "days"): 365, ("months", "weeks"): 52 / 12,
    ("months", "days"): 30, ("weeks", "days"): 7, ("days", "hours"): 24, ("hours", "minutes"): 60,
    ("hours", "seconds"): 3600, ("minutes", "seconds"): 60,
}  # fmt: skip
# Between the first part's number and the next one: its unit word and "and", a comma, or nothing.
# (the unit may be the first part's adjective: "a 2-hour 26-minute victory", or inside its spelled text: "two-hour")
_JOINT = re.compile(
    r"\s*-?(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)(?:['’]s?)?"
    r"(?:\s*,\s*|\s+)(?:and\s+)?",
    re.IGNORECASE,
)
_UNIT_INSIDE = re.compile(r"-(?:year|month|week|day|hour|minute|second)$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)


def two_unit_durations(figures: list[Fact], texts: dict[int, str]) -> None:
    """Join the parts of a duration told in two or three units into the first part's figure (in place)."""
    drop: set[int] = set()
    for i, first in enumerate(figures):
        if i in drop or first.number is None or first.unit is None or (first.counts or "").startswith("age"):
            continue
        text = texts.get(first.sentence, "")
        if _RANGE_BEFORE.search(text, 0, first.number.start):
            continue
        unit, last, total, end = first.unit, first, first.value, first.number.end
        for j in range(i + 1, min(i + 3, len(figures))):
            part = figures[j]
            per = _PER.get((unit, part.unit or ""))
            if (
                per is None
                or part.sentence != first.sentence
                or part.number is None
                or part.value is None
                or total is None
                or part.value >= per
                or part.value_max is not None
                or not _joined(text, last, part)
            ):
                break
            if (first.unit, part.unit) not in _PER:
                break
            total += part.value / _PER[(first.unit, part.unit or "")]
            unit, last, end = part.unit or "", part, part.number.end
            drop.add(j)
            if first.counts and part.counts and f"({first.counts})" in part.counts:
                first.counts = part.counts  # "a two-hour 26-minute victory": the noun after the last part, "won" beside
        if last is not first and total is not None:
            # (in the smallest unit: 2.5 years are 30 months; rounded, since 3 + 45/60 hours is no exact float)
            # (and a reading that opens on the first part's unit word names the span's unit: "minutes (finished)")
            counts = re.sub(rf"^{first.unit[:-1]}s?\b", unit, first.counts or "")
            first.value, first.unit, first.counts = round(total * _PER[(first.unit, unit)], 6), unit, counts or None
            unit_word = re.match(r"\s*-?[A-Za-z]+", text[end:])  # ("about 2" keeps its qualifier)
            first.text = first.text + text[first.number.end : end + (unit_word.end() if unit_word else 0)]
    if drop:
        figures[:] = [f for k, f in enumerate(figures) if k not in drop]


def _joined(text: str, last: Fact, part: Fact) -> bool:
    """Whether `part` follows the part `last` of a span with only `last`'s unit and a joint between."""
    if last.number is None or part.number is None:
        return False
    gap = text[last.number.end : part.number.start]
    if _UNIT_INSIDE.search(last.number.text):  # "a two-hour 26-minute victory"
        return re.fullmatch(r"\s+(?:and\s+)?", gap) is not None
    return _JOINT.fullmatch(gap) is not None
