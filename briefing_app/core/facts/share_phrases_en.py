"""Shares whose whole is named around them in fixed ways (English).

- A share in brackets right after a count restates that count: "of 303 seats won by the BJP, 79 (26 per cent)
  were won with less than 50 per cent of total votes" left the 26 per cent with no reading; it is a share of what
  the count before it counts.
- A share with an open end before its "of": "45 winners won with 50 per cent and above of the total votes polled"
  read the count before ("45 winners (won)"); "and above", "or more" only widen the share, the noun after "of" is
  its whole.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_OPEN_END_OF = re.compile(
    r"\s*(?:%|per\s*cent|percent)?\s+(?:and|or)\s+(?:above|more|over|higher|below|less|under)\s+of\s+(?:the\s+)?"
    r"((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*s)\b(?:\s+(polled|cast))?",
    re.IGNORECASE,
)


def share_phrases(figures: list[Fact], texts: dict[int, str]) -> None:
    """Read a bracketed share after a count and a share with an open end before its "of"."""
    for e, f in zip([None, *figures], figures, strict=False):
        n = f.number
        if n is None or f.unit != "percent":
            continue
        text = texts.get(f.sentence, "")
        whole = _OPEN_END_OF.match(text, n.end)
        if whole:
            noun = " ".join(w for w in whole.groups() if w)
            if noun.lower() not in (f.counts or "").lower():
                f.counts = noun
            continue
        if f.counts is not None or e is None or e.number is None or e.sentence != f.sentence or e.unit is not None:
            continue
        if re.fullmatch(r"\s*\(\s*", text[e.number.end : n.start]) and e.counts:
            f.counts = e.counts  # "79 (26 per cent)": a share of what the count counts
