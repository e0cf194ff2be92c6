"""A measure "a week", "a day", "per year" is a rate: the period goes into what it measures (English).

"who ran at least twenty-four kilometers a week", "She walks 10 miles a day", "smoked 20 cigarettes a day". Health,
science and sport copy gives habits and doses as a measure per period. The readers kept the verb ("ran") and lost
the period, so the reading said a distance run once. The period after the measure (past its unit) is kept beside the
reading: "ran (a week)".
Run once every figure has its reading.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import unit_after
from briefing_app.core.facts.model import Fact

# The period of a rate right after the measure: "a week", "per day", "each year", "every month".
_PERIOD = re.compile(
    r"\s+((?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year|hour|night|season))\b"
    r"(?!\s+(?:ago|earlier|later|before|after)\b)"  # ("40mm of rain a day ago": when, no rate)
)


def rate_periods(figures: list[Fact], texts: dict[int, str]) -> None:
    """Keep the period of a rate ("a week") beside what the measure before it reads."""
    for f, number, text in figure_texts(figures, texts):
        if f.unit in (None, "percent") or number.currency or re.search(r"mph|/h|knots|per", f.unit):
            continue  # a sum "a week" is a wage or a rent its own reading names; a share or a speed is a rate already
        if f.unit in ("seconds", "minutes", "hours", "days", "weeks", "months", "years"):
            continue  # "24 hours a day, seven days a week": a span per period says how often, no rate of a measure
        after = text[number.end :]
        span = unit_after(after, "en")[1]
        m = _PERIOD.match(after, span) if span else None
        if m is None:
            continue
        period = m.group(1)
        if period.split()[-1] in (f.counts or ""):
            continue
        f.counts = f"{f.counts} ({period})" if f.counts else period
