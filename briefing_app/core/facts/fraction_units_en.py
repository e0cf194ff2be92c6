"""A fraction of a unit of change (English economic copy): "the unemployment rate falling two-tenths of a percentage
point to hit 6.1 percent", "8.6 percent, a drop of four-tenths of a percent from the prior month", and of one
percent written with its number ("lost by under a fifth of 1 percent", "a quarter of one percentage point"):
the "1" is the unit's, no figure of its own. A decimal below one is read so too ("0.3 of a percentage point").

The fraction reader reads what follows "of" as what the fraction is of, which here is its unit ("percentage point"):
the fraction is 0.2 percentage points of a change. Its unit is set, and what it counts is the measure that changed
(the clause's subject, without a participle after it) or the noun of change before it ("drop"), with the measure
the figure before it in the sentence counts.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import CHANGED, EN_STOP, PRONOUNS
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.subject_before import before_phrase

_UNIT_READING = re.compile(
    r"(?:(?:a|one|1)\s+)?(percentage\s+points?|percent|per\s+cent|points?)\b(.*)$", re.IGNORECASE
)
# The unit of one after a fraction: "(one-half) of a percentage point", "(a tenth) of 1 percent", "of one per cent".
# (and with no "of" after a bare "half": "cut by half a percentage point")
_OF_ONE_UNIT = re.compile(
    r"\s+(?:of\s+|(?<=half\s)|(?<=Half\s))(?:a|one|1)\s+(?:percentage\s+point|percent|per\s+cent|point)\b",
    re.IGNORECASE,
)
# The "1" or "one" of that unit, right after the fraction: "three-quarters | of 1 | percent".
# (the fraction's own match may end past its "of ")
_OF_ONE = re.compile(r"(?:\s+of)?\s*(?<!\S)(?:one|1)(?=\s+(?:percentage\s+point|percent|per\s+cent)\b)", re.IGNORECASE)


def one_of_unit_end(text: str, end: int) -> int | None:
    """Where the "1" of "of 1 percent" after a fraction ending at `end` ends (it is the unit's number), else None."""
    m = _OF_ONE.match(text, end)
    return m.end() if m else None


# (the noun may name what changed between: "a lift in rates of half a percentage point")
_CHANGE_OF = re.compile(
    r"\b((?:rise|fall|drop|increase|decrease|decline|gain|cut|lift|hike)(?:\s+in\s+[a-z]+)?)\s+of\s+$", re.IGNORECASE
)
# A step taken off (or put on) a rate named after it: "took half a percentage point off the base rate", "added a
# quarter of a point to its benchmark"; the verb right before the fraction, the rate after the unit.
_TAKEN = re.compile(
    r"\b(?:slic|shav|trimm|knock|lopp|add|tak)(?:e[sd]?|ing)\s+$|\b(?:cut|cuts|cutting|took|takes)\s+$", re.IGNORECASE
)
_TAKEN_FROM = re.compile(
    r"\s+(?:from|off|to)\s+(?:the\s+|its\s+|their\s+)?((?:[a-z]+\s+)?[A-Za-z][\w-]*(?:\s+(?:rates?|yields?|index|prices?))?)"
)
_PERIODS = {"day", "week", "month", "year", "session", "quarter", "previous", "prior", "last", "earlier"}
# The same step restated in other words after a comma: "rose 25 basis points, or a quarter of a percentage point".
_RESTATED = re.compile(r",\s+or\s+(?:by\s+)?$")
_PARTICIPLE = re.compile(
    r"\s+(?:falling|rising|dropping|climbing|declining|increasing|decreasing|edging\s+(?:up|down))$", re.IGNORECASE
)


def fraction_units(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a fraction of a percentage point its unit and the measure that changed by it."""
    for f in figures:
        if f.kind != "figure":
            continue
        reading = _UNIT_READING.match(f.counts or "")
        # (a decimal below one is such a fraction too: "the yield was 0.3 of a percentage point lower")
        decimal = f.number is not None and f.number.value_max is None and 0 < f.number.value < 1
        # (the decimal's reading may have taken the words past its unit: "0.2 of a percentage point above last spring"
        # read "last spring (percentage point above)"; the unit after "of" decides)
        # (a fraction the reader gave nothing to count is tried too: "by a quarter of a percentage point to 4.75%")
        unread = f.number is None and f.counts is None
        if (f.number is not None and not decimal) or (reading is None and not decimal and not unread) or (
            f.sentence not in texts
        ):
            continue
        if f.unit is not None and not unread:
            continue
        text = texts[f.sentence]
        at = text.find(f.text)
        of_a_point = _OF_ONE_UNIT.match(text, at + len(f.text))
        if at < 0 or not of_a_point:
            continue
        f.unit = f.unit or ("percentage points" if "point" in of_a_point.group(0).lower() else "percent")
        told = [g for g in figures if g.kind == "figure" and g.sentence == f.sentence and g.number is not None
                and g.number.end <= at and g.counts]  # fmt: skip
        told.sort(key=lambda g: g.number.end if g.number is not None else 0)
        if told and _RESTATED.search(text[:at]) and told[-1].unit is not None:
            # "the usual rise of 25 basis points, or a quarter of a percentage point": the step just named
            f.counts = told[-1].counts
            continue
        taken = _TAKEN_FROM.match(text, of_a_point.end()) if _TAKEN.search(text[:at]) else None
        if taken and not {w.lower() for w in taken.group(1).split()} & (EN_STOP | PRONOUNS | _PERIODS):
            f.counts = taken.group(1)
            continue
        change = _CHANGE_OF.search(text[:at])
        if change is not None:
            # (the figure right before it in the sentence, by place: fractions are listed before the numbers)
            whose = (told[-1].counts or "").split(" (")[0] if told else None
            f.counts = f"{change.group(1).lower()} ({whose})" if whose else change.group(1).lower()
            continue
        changed = CHANGED.search(text[:at])
        object_words = [w for w in (changed.group(2) or "").split() if w.lower() not in EN_STOP | PRONOUNS] if (
            changed
        ) else []
        if object_words:
            # "raised interest rates by a quarter of a percentage point": what the verb changed, not who changed it
            f.counts = " ".join(object_words)
            continue
        subject, _ = before_phrase(text[:at], "en")
        subject = _PARTICIPLE.sub("", subject or "")
        if subject and subject.split()[0].lower() not in PRONOUNS | EN_STOP:
            f.counts = subject
