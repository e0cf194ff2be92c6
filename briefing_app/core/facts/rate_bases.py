"""The base of a rate: "98.7 cases per 100,000 people", "83.8 per 10,000 residents", "119 of every 100,000",
"$0.41 per $100 of property value", Danish "30 trafikdræbte pr. 1 mio. indbyggere", Arabic "لكل ألف" ("for every
thousand").

The round number after "per" or "(out) of every" is the population a rate is reckoned on, part of the rate's
unit, not a quantity the article reports: health and crime pages state rates so, and each base read as a figure
of its own ("100,000 people") is a wrong figure. A power of ten is the only base such pages use; any other number
after "per" ("$50 per 3 hours") is left to the figure readers.
"""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

# "per", "per every", "out of every", "of every", "for every", "in every": the base follows.
# (Danish "pr." and "for hver": "30 trafikdræbte pr. 1 mio. indbyggere", "12 pr. 100.000 indbyggere")
_BASE_BEFORE = re.compile(
    r"(?:\b(?:per(?:\s+every)?|(?:out\s+)?of\s+every|for\s+every|in\s+every|for\s+hver|ud\s+af\s+hver)|\bpr\.|"
    # (Arabic "لكل" and "من كل", for every and out of every: "4 وفيات لكل ألف ولادة", "3 من كل 100 طالب")
    r"(?<![\w\u0640])(?:لكل|من\s+كل))\s*$",
    re.IGNORECASE,
)
_BASES = {100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0}


def is_rate_base(before: str, n: NumberMatch) -> bool:
    """True for the power of ten a rate is per ("per 100,000 people"), which is no figure of its own."""
    # (a sum too: "a tax rate of $0.41 per $100 of property value", "$7.17 for every $100,000 of value")
    before = re.sub(r"(?:US|C|A)?[$£€]\s*$", "", before) if n.currency else before
    return n.value in _BASES and n.value_max is None and bool(_BASE_BEFORE.search(before[-20:]))
