"""The level a baseline after "up from"/"down from" was told against: the earlier figure nearest in size (English).

"7.37 million treatments were on hold for 6.23 million patients, up from 7.36 million in May"; "those waiting more
than 65 weeks dropped to 10,517, down from 11,522 in May and 58,024 a year earlier". A baseline counts what the
level it is set against counts. The readers gave it the figure just before it (the patients), or the first figure
with a reading when the level itself had none yet (an "18-month waits" pair earlier in the sentence). The level a
baseline is told against is of its own size: the same unit, and mostly within a few times its value, while the
other figures of a crowded sentence count other things at other scales. Among the earlier figures of the sentence
with the baseline's unit and a reading, the one nearest in size (by ratio) is its level; it is taken only when
the baseline had no reading or had another candidate's, and when it is clearly the nearest (at least twice as near,
by ratio, as the one it replaces) and within ten times the baseline.
Run once every figure has its reading.
"""

from __future__ import annotations

import math
import re

from briefing_app.core.facts.model import Fact

# A baseline right after a change word: ", up from", "- down from about".
_BASELINE_BEFORE = re.compile(
    r"[,–—-]\s*(?:up|down)\s+(?:sharply\s+|slightly\s+)?from\s+(?:(?:about|around|nearly|almost|some)\s+)?$"
)
# A second baseline joined to the first: "down from 11,522 in May | and | 58,024 a year earlier".
_JOINED_AFTER_BASELINE = re.compile(r"\s*(?:in\s+[A-Z][a-z]+|last\s+[a-z]+|a\s+year\s+(?:earlier|ago))?\s*,?\s*and\s+$")


def _ratio(a: float, b: float) -> float:
    """How far apart two positive values are in size: |log(a/b)|."""
    return abs(math.log(a / b))


def nearest_baselines(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give each "up/down from" baseline the reading of the earlier figure of its sentence nearest in size."""
    by_sentence: dict[int, list[Fact]] = {}
    for f in figures:
        if f.number is not None and f.value and f.value > 0:
            by_sentence.setdefault(f.sentence, []).append(f)
    for sentence, facts in by_sentence.items():
        text = texts.get(sentence, "")
        facts.sort(key=lambda f: f.number.start)  # type: ignore[union-attr]
        baselines: set[int] = set()
        for i, f in enumerate(facts):
            n = f.number
            assert n is not None and f.value
            before = text[: n.start]
            joined = (
                bool(i)
                and id(facts[i - 1]) in baselines
                and _JOINED_AFTER_BASELINE.fullmatch(
                    text[facts[i - 1].number.end : n.start]  # type: ignore[union-attr]
                )
                is not None
            )
            if not (_BASELINE_BEFORE.search(before) or joined):
                continue
            baselines.add(id(f))
            candidates = [e for e in facts[:i] if id(e) not in baselines and e.counts and e.unit == f.unit
                          and (e.number.currency if e.number else None) == n.currency and e.value]  # fmt: skip
            if not candidates:
                continue
            best = min(candidates, key=lambda e: _ratio(e.value, f.value))  # type: ignore[arg-type]
            if best.counts == f.counts or _ratio(best.value, f.value) > math.log(10):  # type: ignore[arg-type]
                continue
            current = [e for e in candidates if e.counts == f.counts]
            if f.counts is not None and not current:
                continue  # a reading of its own ("up from 900 staff"), not a candidate's: kept
            if current and min(_ratio(e.value, f.value) for e in current) < 2 * _ratio(best.value, f.value):  # type: ignore[arg-type]
                continue  # not clearly nearer than the figure it was read with
            f.counts = best.counts
