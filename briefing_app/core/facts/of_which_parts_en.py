"""A part told after "of which" (English results copy): "expects to incur an overall charge of about $1 billion, of
which $100 million will be realized when it reports", "raised $40m, of which $12m came from abroad".

The part is a share of the whole before it, so it counts what that whole counts; the readers took the verb after
it ("realized") or nothing. Same unit only (a sum of a sum, a count of a count).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_OF_WHICH = re.compile(
    r",\s*of\s+which\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|less\s+than|only|just)\s+)?"
    r"(?:US\$|A\$|NZ\$|C\$|[$£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)?$",
    re.IGNORECASE,
)


def of_which_parts(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure after ", of which" what the figure before it in its sentence counts (same unit)."""
    last: Fact | None = None
    for f, number, text in figure_texts(figures, texts):
        if last is not None and last.sentence != f.sentence:
            last = None
        if last is not None and last.unit == f.unit and last.counts and _OF_WHICH.search(text[: number.start]):
            whole = last.counts.split(" (")[0]
            # (only a reading that is no noun: a participle after the part, "will be realized"; a noun named after
            # its copula stays, "of which £21 will be cash")
            if f.counts is None or re.fullmatch(r"[a-z]+(?:ed|en)", f.counts.strip()):
                f.counts = whole
        last = f
