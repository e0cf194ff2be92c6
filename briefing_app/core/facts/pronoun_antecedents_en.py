"""What a figure read as a bare pronoun counts (English): "28,070 of them, equivalent to 97.6% sat" (the percent
read "them"), "He says 20 of them are in Africa" (read "them (in Africa)").

A pronoun names nothing an analyst can use; it stands for what an earlier figure counts ("28,192 candidates
registered", "30 countries were in crisis"). The noun is the one the nearest earlier count (a figure with no
unit) reads, in this sentence or the one before; what the reading adds in brackets stays.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_PRONOUN = re.compile(r"(them|those|they|these)(\s+\(.*\))?")


def pronoun_antecedents(figures: list[Fact]) -> None:
    """Put the noun of the nearest earlier count for a reading that is only a plural pronoun."""
    previous: list[Fact] = []
    for f in figures:
        if f.kind != "figure":
            continue
        m = _PRONOUN.fullmatch((f.counts or "").strip())
        if m and f.unit in (None, "percent"):
            noun = _antecedent(previous, f)
            if noun:
                f.counts = noun + (m.group(2) or "")
        previous.append(f)


def _antecedent(previous: list[Fact], f: Fact) -> str | None:
    """The noun the nearest earlier count reads (no unit, a plain noun first), this sentence or the one before."""
    for g in reversed(previous):
        if g.sentence < f.sentence - 1:
            return None
        if g.unit is not None or not g.counts:
            continue
        head = re.sub(r"\s*\([^)]*\)", "", g.counts).strip()
        first = head.split()[0].lower() if head else ""
        if not head or _PRONOUN.fullmatch(head) or first in ("who", "which", "that", "age"):
            continue
        return head
    return None
