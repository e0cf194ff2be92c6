"""What a sum counts when a participle of amount joins it to its noun (English): "recommended an interim dividend
payout amounting to 4.8 billion shillings", "losses totalling $3m", "The increase – equivalent to about £12 a month –".

The participle sits between the noun and the sum, so the readers of the words before a sum saw a verb and went on
to the clause's subject ("board amounting"). The noun phrase right before "amounting to", "totalling", "totaling"
or "adding up to" is what the sum is.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, PRONOUN_STARTS
from briefing_app.core.facts.model import Fact

_SIGN = r"(?:US\$|A\$|NZ\$|C\$|[$£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)?"
_QUALIFIERS = (
    r"(?:(?:about|around|nearly|almost|some|over|more\s+than|less\s+than|just|a\s+(?:total|combined)\s+of)\s+)?"
)
_NOUN_THEN_PARTICIPLE = re.compile(
    rf"(?<![\w'’-])((?:[A-Za-z][\w'’-]*\s+){{0,3}}?[a-z][\w'’-]*)(?:\s+(?:amounting\s+to|totall?ing|adding\s+up\s+to)|"
    # (or set off by a dash or a comma: "The increase – equivalent to about £12 a month –")
    rf"\s*[,–—]\s*(?:equivalent\s+to|amounting\s+to|worth))\s+{_QUALIFIERS}{_SIGN}$"
)


# A measure's unit, then "of" and a noun: "12 stores totalling 640,000 sq ft of selling space" measures the space,
# not the shops (a sum of money with "of" after it, "losses totalling $3m of which...", keeps the noun before).
_UNIT_THEN_OF = re.compile(r"[\s\u00a0]*(?:sq\.?\s+(?:ft|m|km|mi)\.?|square\s+\w+|acres|hectares|tonnes|tons|barrels)"
                           r"\s+of\s+[a-z]")


def _measures_what_follows(f: Fact, after: str) -> bool:
    """Whether the figure is a measure whose unit is followed by "of <noun>", the thing it measures."""
    measure = f.unit is not None and f.number is not None and f.number.currency is None
    return measure and bool(_UNIT_THEN_OF.match(after))


def amounting_to(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a sum after "<noun> amounting to" the noun."""
    for f, number, text in figure_texts(figures, texts):
        m = _NOUN_THEN_PARTICIPLE.search(text[: number.start])
        if m is None or _measures_what_follows(f, text[number.end :]):
            continue
        words = m.group(1).split()
        # the noun phrase starts after the last function word ("recommended an interim dividend payout")
        # or after a verb or a pronoun ("He paid fines totalling £500")
        breaks = EN_STOP | EN_VERBS | PRONOUN_STARTS
        # (the last word is the noun, even when it could be a verb: "The rise – equivalent to")
        cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.lower() in breaks or w.endswith("ed")), default=0)
        words = words[cut:]
        if not words or words[-1].lower() in EN_STOP or words[-1].endswith("ly"):
            continue
        reading = (f.counts or "").lower().split()
        if words[-1].lower() in reading and not {"amounting", "totalling", "totaling", "equivalent"} & set(reading):
            continue
        f.counts = " ".join(words)
