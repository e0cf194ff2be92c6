"""Bare counts listed after a bare count that already took its group's noun count that noun too (English).

"Of the initial seven patients, two died, two have been released and three remain hospitalized": the first "two"
counts the patients (the fronted "of" group, `bare_counts`), but the later counts of the list only kept their own
verbs ("remain hospitalized"). Each stands right after the one before, parted by a comma or "and" and that one's
verb phrase, with no noun of its own: it counts the same group, and what its own clause says of it is kept beside
it. Run on one sentence's figures after `gapped_counts_en`.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gapped_counts_en import BARE_AFTER
from briefing_app.core.facts.model import Fact

# Between two items: the first item's verb phrase (no number, no new subject), then a comma or "and".
_ITEM_GAP = re.compile(
    r"(?:\s+(?!(?:he|she|they|it|we|who|which|that|said|says|told|according)\b)[a-z][\w'’-]*){1,5}"
    r"\s*(?:,\s*(?:and\s+|while\s+|but\s+)?|\s+(?:and|while|but)\s+)$",
    re.IGNORECASE,
)
# The group a count took, the head of its reading: "patients (died)" -> "patients"; a plural word or two; or the
# plural that ends its bracket: "died (initial seven patients)" -> "patients".
_GROUP = re.compile(r"((?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*s)(?:\s+\(|$)")
_GROUP_IN_BRACKET = re.compile(r"\s([a-z][\w'’-]*s)\)+$")


def share_listed_groups(facts: list[Fact], text: str) -> None:
    """Give each bare count listed after a bare count with a group the same group."""
    for e, f in zip(facts, facts[1:], strict=False):
        m, n = e.number, f.number
        if m is None or n is None or f.unit is not None or n.currency or n.kind != "number" or e.unit is not None:
            continue
        if not BARE_AFTER.match(text, m.end) or not BARE_AFTER.match(text, n.end):
            continue
        group = _GROUP.match(e.counts or "") or _GROUP_IN_BRACKET.search(e.counts or "")
        if group is None or not _ITEM_GAP.search(text[m.end : n.start]):
            continue
        said = group.group(1)
        own = (f.counts or "").strip()
        if said.split()[-1][:5].lower() in own.lower():
            continue
        f.counts = f"{said} ({own})" if own else said
