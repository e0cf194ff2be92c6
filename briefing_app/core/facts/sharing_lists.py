"""What the figures of a list or of parallel phrases share (English and Danish), after `sharing`:

- a list of bare numbers whose last member names the noun: "daily totals of 37, 16, 13, and 3 complaints",
  "were 272, 298 and 225" (each counts what the last one does);
- a parallel "with N" after a figure with its noun: "September 29 with 15 complaints and September 28 with 23".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.sharing import own_noun

# Between two members of a list of numbers: a comma, "and"/"or", or both ("37, 16, 13, and 3").
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or|og|eller)\s+)?|\s+(?:and|or|og|eller)\s+")
# A parallel phrase with "with" and a bare number: "... and September 28 with | 23".
_WITH_GAP = re.compile(r"[^,;:()]{0,40}?\b(?:and|while|whereas|og)\s+[^,;:()]{1,40}?\s+(?:with|med)\s+$", re.IGNORECASE)


def share_lists(facts: list[Fact], text: str, lang: str) -> None:
    """Give the members of a list of numbers the noun its last member names, and a parallel "with N" what the
    "with N" before it counts."""
    if lang not in ("en", "da"):
        return
    run: list[Fact] = []
    for i, f in enumerate(facts):
        g = facts[i + 1] if i + 1 < len(facts) else None
        linked = (
            g is not None
            and f.number is not None
            and g.number is not None
            and f.unit == g.unit
            and f.number.currency == g.number.currency
            and _LIST_GAP.fullmatch(text[f.number.end : g.number.start]) is not None
            and not own_noun(f, text, lang)
        )
        if linked:
            run.append(f)
            continue
        if run and f.counts and own_noun(f, text, lang):
            for member in run:
                member.counts = f.counts  # "37, 16, 13, and 3 complaints": 37 complaints
        run = []
    for f, g in zip(facts, facts[1:], strict=False):
        assert f.number is not None and g.number is not None
        if f.counts and f.unit == g.unit and own_noun(f, text, lang) and not own_noun(g, text, lang):
            if _WITH_GAP.fullmatch(text[f.number.end : g.number.start]):
                # "September 29 with 15 complaints and September 28 with 23", "36 complaints were recorded and
                # February 23 with 14": the same noun, left out
                g.counts = f.counts

