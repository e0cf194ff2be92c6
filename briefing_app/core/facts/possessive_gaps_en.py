"""What a figure counts when a possessive stands for the noun of the figure before (English gapping): "While the
average council tax for England is £1,898, Rutland's is £2,195. The borough of Westminster's is £829", "Labour's
share was 34%; the Greens' was 9%".

The noun after the possessive is left out because the figure before named it; the readers took the possessive
("Rutland's") for what is counted. The noun is the one the nearest earlier figure of the same unit counts (in this
sentence or the one before), with the owner in brackets, as `gapped_results` does for lists of results.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# The possessive owner, a copula or "at", the figure: "Rutland's is £", "the Greens' was ", "Leeds's stands at ".
_OWNER_IS = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|while|whereas|but|with|compared\s+with)\s+)"
    r"((?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}?[A-Z][\w-]*(?:['’]s|s['’]))\s+"
    r"(?:is|was|are|were|stands\s+at|stood\s+at|at)\s+"
    r"(?:(?:about|around|nearly|almost|some|just|over|only|now|just\s+over|more\s+than|less\s+than)\s+)?"
    r"(?:US\$|A\$|NZ\$|C\$|[$£€¥₹₦]|(?:Rs|Sh|KSh|R|N)\.?\s?)?$"
)
# After the figure: nothing of its own ("£829.", "9%, ", "£2,195 a year").
_NO_OBJECT = re.compile(
    r"\s*(?:%|per\s*cent|percent)?\s*(?:(?:a|per)\s+(?:year|month|week|day|head)\s*)?"
    r"(?:$|[,;:.!?)]|(?:and|in|while|but|for|against|compared)\b)"
)


def possessive_gaps(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure after "<Owner>'s is" with no noun the noun of the figure before, with the owner."""
    previous: list[Fact] = []
    for f, number, text in figure_texts(figures, texts):
        m = _OWNER_IS.search(text[: number.start])
        owner = m.group(1) if m else ""
        if m and _NO_OBJECT.match(text, number.end) and _owner_only(f.counts, owner):
            noun = _antecedent(previous, f)
            if noun:
                f.counts = f"{noun} ({owner})"
        previous.append(f)


def _owner_only(counts: str | None, owner: str) -> bool:
    """Whether the reading is the possessive owner alone (or nothing)."""
    if not counts:
        return True
    bare = re.sub(r"\s*\([^)]*\)", "", counts).strip().lower()
    return bool(bare) and owner.lower().endswith(bare)


def _antecedent(previous: list[Fact], f: Fact) -> str | None:
    """The noun the nearest earlier figure of the same unit counts, in this sentence or the one before."""
    for g in reversed(previous):
        if g.sentence < f.sentence - 1:
            return None
        if g.unit != f.unit or not g.counts:
            continue
        head = re.sub(r"\s*\([^)]*\)", "", g.counts).strip()
        # (a possessive read the same way is no noun: the chain goes on from its noun)
        if not head or re.search(r"['’]s?$", head):
            return None
        return head
    return None
