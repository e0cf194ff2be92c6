"""Hebrew ages given as a list after "בגילאים" / "בגילאי" / "בגילים" (aged): "6 הפצועים היו בגילאים: 2, 7, 8, 27, 30,
ו-50 לערך", "שני צעירים בגילאי 17 ו-19". Every number of the list is an age (as "בגיל 17" is, read in
`figures_he`); the counted reader gave the list the noun of the subject ("הפצועים") or nothing past its first item."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# The lead and the list items before the figure: "בגילאים: 2, 7, | 8", "בגילאי 17 ו-| 19"
_AGE_LIST_BEFORE = re.compile(
    r"(?<![\u05d0-\u05ea])[ובהל]?גיל(?:אי|אים|ים|י)\s*:?\s*(?:[0-9]{1,3}\s*(?:,|ו-?)\s*)*(?:ו-?\s*)?$"
)


def he_age_lists(facts: list[Fact], text: str) -> None:
    """Read each bare number of a list after a Hebrew "aged" lead as an age (see the module docstring)."""
    for f in facts:
        n = f.number
        if n is None or n.spelled or f.unit not in (None, "years") or n.raw > 120 or n.scale > 1:
            continue
        if _AGE_LIST_BEFORE.search(text[: n.start]):
            f.counts = "age (גיל)"
