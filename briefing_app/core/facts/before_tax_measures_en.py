"""What an English sum counts when its measure is named with "before tax" or "after tax": "(reported profit before
tax: £958m from £913m)", "statutory profit before tax: £45m" (results copy and its fact boxes).

A label before a colon was read up to its last noun, "tax", which is what the profit is counted before, not what
the sum counts. The measure is the noun before "before/after tax" with its modifiers ("reported profit before tax").
Only when the reading is that last noun alone and the label runs, with no clause between, up to the sum (or up to
its change and the sum: "profit before interest and tax (PBIT) rose 12.3 per cent to $184 million", "earnings before
interest and taxation (EBIT) climbed 7.4% year-on-year to 88.2 billion naira").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# A change the measure made, up to the figure: "(PBIT) rose 12.3 per cent to $184 million" reads both the change and
# the level after it as the measure's.
_MOVE = (
    r"(?:rose|fell|climbed|dropped|jumped|slipped|slid|grew|gained|increased|decreased|declined|surged|slumped|"
    r"eased|improved)(?:\s+(?:by\s+)?[\d.,]+\s*(?:per\s*cent|percent|%)"
    # (the span of the change may follow it: "climbed 7.4% year-on-year to 88.2 billion naira")
    r"(?:\s+(?:year-on-year|year-over-year|on\s+the\s+year|on\s+a\s+year\s+earlier))?(?:\s+to)?|\s+(?:by|to))?"
)
_LABEL = re.compile(
    # (its modifiers, not a verb of saying or a determiner before them: "said its earnings before interest")
    r"((?:\b(?!(?:said|says|its|their|the|his|her|our|that|and|an?)\s)[a-z][\w'’-]*\s+){0,2}?(?:profits?|earnings|income|loss(?:es)?|surplus|result|margin)\s+"
    r"(?:before|after)\s+(?:tax(?:ation|es)?|interest(?:\s+and\s+tax(?:ation|es)?)?))"
    # (its acronym may follow in brackets, "profit before interest and tax (PBIT)")
    r"(?:\s*\([A-Z]{2,8}\))?"
    rf"\s*(?::|was|were|of|at|came\s+to|stood\s+at|totall?ed|{_MOVE})?\s*(?:US|A|C|NZ)?[$£€]?\s*$",
    re.IGNORECASE,
)
_BARE = {"tax", "taxes", "taxation", "interest", "interest and tax", "interest and taxes", "interest and taxation"}


def before_tax_measures(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a sum read as "tax" the measure counted before or after tax that labels it."""
    for f, number, text in figure_texts(figures, texts):
        if (f.counts or "").strip().lower() not in _BARE:
            continue
        label = _LABEL.search(text[: number.start])
        if label is None:
            continue
        f.counts = label.group(1)
        # the baseline right after it ("£958m from £913m") measures the same
        for g in figures:
            if (
                g is not f
                and g.kind == "figure"
                and g.sentence == f.sentence
                and g.number is not None
                and (g.counts or "").strip().lower() in _BARE
                and re.fullmatch(
                    r"\s*(?:,\s*)?(?:from|against|vs\.?|versus|compared\s+with)\s*(?:US|A|C|NZ)?[$£€]?\s*",
                    text[number.end : g.number.start],
                )
            ):
                g.counts = label.group(1)
