"""Numbers that name a reporting period up to a date, no quantity the story reports (English): "sales fell 3% in
the 26 weeks to 4 March", "for the 40 days to 12 January", "profit for the nine months ending on June 30".

Results copy dates the span a figure is measured over by its last day; the span is the figure's frame, as a date
is, and the house style keeps it out of the figures ("Sales fell in the three months to October.": no 3). Only
"the N days/weeks/months/quarters/years" then "to", "ending", "ended" or "through" and a month (a day before or
after it, or "the end of") is read: "the first four days of March", "the 12 weeks to save the plant" stay figures.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_MONTHS
from briefing_app.core.numbers import NumberMatch

_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_SPAN_TO_DATE = re.compile(
    r"\s+(?:days|weeks|months|quarters|years)\s+(?:to|ending|ended|through)\s+(?:on\s+)?"
    rf"(?:(?:the\s+)?end(?:\s+of)?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{EN_MONTHS}\b"
)


def is_reporting_period(text: str, n: NumberMatch) -> bool:
    """Whether the number `n` of `text` counts the span of a reporting period up to a date ("in the 26 weeks to
    4 March"), the frame of a result rather than a figure."""
    if n.raw <= 1 or not _THE_BEFORE.search(text[max(0, n.start - 8) : n.start]):
        return False
    return _SPAN_TO_DATE.match(text, n.end) is not None
