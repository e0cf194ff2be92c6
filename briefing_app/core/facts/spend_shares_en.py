"""Two shapes of public-money copy whose sums name what they count after them:

- "more to spend": "The council will have £530m more to spend next year" (the readings kept "more" and the
  subject); the sum counts the money to spend ("more to spend"), as "an extra £2bn to spend" already reads;
- a share of each pound: "The charity spends about 60p in every pound on projects", "45p of every £1 goes on tax";
  the pence count a part of every pound ("in every pound"), with the reading before kept in brackets.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_MORE_TO = re.compile(
    r"\s*(?:[mb]n?|million|billion|k)?\s+(more|less|extra|fewer)\s+to\s+(spend|invest|borrow|save|raise|find|cut|pay)\b",
    re.IGNORECASE,
)
_EVERY_POUND = re.compile(
    r"\s*(?:p|c|cents?|pence)?\s+(in|of|out\s+of|from)\s+(every|each)\s+(pound|£1|dollar|\$1|euro|€1|rand|rupee)\b",
    re.IGNORECASE,
)


def spend_shares(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give "£530m more to spend" and "60p in every pound" what they count."""
    for f, number, text in figure_texts(figures, texts):
        more = _MORE_TO.match(text, number.end) if number.currency else None
        if more and more.group(2).lower() not in (f.counts or "").lower():
            f.counts = f"{more.group(1).lower()} to {more.group(2).lower()}"
            continue
        every = _EVERY_POUND.match(text, number.end)
        if every and "every" not in (f.counts or "") and "each" not in (f.counts or ""):
            part = f"{every.group(1)} {every.group(2)} {every.group(3)}"
            f.counts = f"{part} ({f.counts.split(' (')[0]})" if f.counts else part
