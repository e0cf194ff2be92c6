"""What a sum counts when a list of results leaves its noun out after the first (English company and league copy):
"Geregu Power reported the highest profit of N5.51 billion, followed by United Capital with N4.15 billion. Unilever
Nigeria had N1.08 billion, Multiverse Mining posted N69 million and LivingTrust had N193 million", "Zenith Bank
posted a profit of N120 billion, while Access Bank recorded N98 billion".

Each later sum follows a name and a verb of results ("had", "posted", "recorded", "with") and has no noun of its own,
so the readers took the name. The noun is the one the first sum of the list counts (in the same sentence or the one
before, in the same currency), with the name in brackets as the other readings of a name's share.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_NAME_VERB = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|while|whereas|but|by)\s+)((?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w'’&.-]*)\s+"
    r"(?:had|has|posted|posts|recorded|records|reported|reports|made|earned|booked|declared|delivered|with)\s+"
    r"(?:(?:about|around|nearly|almost|some|just|over|only)\s+)?"
    r"(?:US\$|A\$|NZ\$|C\$|[$£€¥₹₦]|(?:Rs|Sh|KSh|Ksh|R|N)\.?\s?)?$"
)
# After the sum: nothing of its own ("N69 million," "N193 million." "N4.15 billion in Q2").
_NO_OBJECT = re.compile(r"\s*(?:$|[,;:.!?)]|(?:and|in|while|but|for|during|against|compared)\b)")
_SUPERLATIVES = {"highest", "lowest", "biggest", "largest", "smallest", "most", "least", "combined", "total", "top"}


def gapped_results(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a sum after "<Name> had|posted|with" with no noun the noun of the list's first sum, with the name."""
    previous: list[Fact] = []
    for f, number, text in figure_texts(figures, texts, money=True):
        m = _NAME_VERB.search(text[: number.start])
        if m is not None and _NO_OBJECT.match(text, number.end) and _name_only(f.counts, m.group(1)):
            noun = _antecedent(previous, f)
            # (the name as read, when it is longer: "Multiverse Mining and Exploration")
            name = re.sub(r"\s*\([^)]*\)", "", f.counts or "").strip()
            name = name if name.endswith(m.group(1)) else m.group(1)
            if noun:
                f.counts = f"{noun} ({name})"
        previous.append(f)


def _name_only(counts: str | None, name: str) -> bool:
    """Whether a reading holds only capitalised words (the name, a quarter "Q2") and a verb in brackets."""
    if not counts:
        return True
    words = re.sub(r"\((?:had|posted|recorded|reported|made|earned|booked|declared|delivered)\)", "", counts)
    words = words.replace("(", " ").replace(")", " ")
    connectors = {"and", "of", "&", "the"}  # ("Multiverse Mining and Exploration")
    return name.split()[-1] in words.split() and all(
        w[:1].isupper() or w[:1].isdigit() or w in connectors for w in words.split()
    )


def _antecedent(previous: list[Fact], f: Fact) -> str | None:
    """The noun the nearest earlier sum of the same currency counts, in this sentence or the one before."""
    for g in reversed(previous):
        if g.sentence < f.sentence - 1:
            return None
        if g.number is None or f.number is None or g.number.currency != f.number.currency or not g.counts:
            continue
        head = re.sub(r"\s*\([^)]*\)", "", g.counts).split()
        head = [w for w in head if w.lower() not in _SUPERLATIVES]
        if head and all(w[:1].islower() for w in head):
            return " ".join(head)
        return None
    return None
