"""A Hebrew measure told "NOUN של N unit": "במרחק של 45 ק"מ מצפון לעיר", "תקופת שיא של 69 ימים במעמקי האדמה",
"מגובה של 20 מטרים". The noun the "של" hangs on is what the figure measures (as "חוזה של 3 מיליון דולר" already
counts the contract); the counted reader took the adjunct after the unit ("מצפון", "במעמקי") for its noun."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# One or two words before "של" (no clause mark between), then the figure, an "about" glued or not
_OF_BEFORE = re.compile(r"(?:^|\s)((?:[^\s,;:()\d]+\s+)?[^\s,;:()\d]+)\s+של\s+(?:כ-?|כמעט\s+|לפחות\s+)?$")


def he_of_measure(facts: list[Fact], text: str) -> None:
    """Give a Hebrew figure with a unit the noun its "של" hangs on (see the module docstring)."""
    for f in facts:
        n = f.number
        if n is None or f.unit in (None, "percent", "percentage points") or n.currency:
            continue
        of = _OF_BEFORE.search(text[: n.start])
        if of is None:
            continue
        words = of.group(1).split()
        head = words[-1]
        main = (f.counts or "").split(" (")[0]  # (the reading's own noun, not the one it names in brackets)
        # (a construct noun before it is part of the phrase, "תקופת שיא של"; not the end of another one, "שנה ולטווח")
        construct = len(words) == 2 and re.search(r"[תי]$", words[0]) is not None
        read = any(head[k:] and head[k:] in main for k in range(0, min(3, len(head) - 2) + 1))
        if read and not (construct and words[0] not in main):
            continue  # ("ולטווח של שלושה חודשים" read as "טווח" already: the same noun, its prefixes aside)
        f.counts = of.group(1) if construct else head
