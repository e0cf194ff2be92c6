"""A sum whose size the writer only hedges, as fees in sport copy are (English).

"Rovers paid a buy-out clause thought to be around £340,000", "the keeper left Tamley for a rumoured £2.1m":
the hedge ("thought to be", "a rumoured") stands between the sum and what it prices. The readers before the
figure then took the clause's subject ("Rovers paid") or lost the mover's price. The hedge is rewritten for
them as the plain shapes they read: "a buy-out clause of £340,000", "left Tamley for £2.1m".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS

# A noun after its determiner, then a participle of hearsay and "to be (worth)" right before the sum: the sum is
# that noun's ("a buy-out clause thought to be", "the fee understood to be worth").
_NOUN_HEDGED = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]+)\s+"
    r"(?:believed|thought|understood|said|reported|rumoured|rumored|reputed)\s+to\s+(?:be|have\s+been)\s+"
    r"(?:worth\s+)?$"
)
# "for a rumoured", "for a reported": a hearsay adjective between "for" and a price.
_FOR_HEARSAY = re.compile(r"\bfor\s+(?:a|an)\s+(?:reported|rumoured|rumored|reputed)\s+$")


def without_hedge(before: str) -> str:
    """`before` (the text up to a sum, its sign and qualifier taken off) with a hedge at its end rewritten."""
    noun = _NOUN_HEDGED.search(before)
    if noun and noun.group(1) not in EN_STOP and noun.group(1) not in EN_VERBS:
        return f"{before[: noun.end(1)]} of "
    hearsay = _FOR_HEARSAY.search(before)
    if hearsay:
        return f"{before[: hearsay.start()]}for "
    return before
