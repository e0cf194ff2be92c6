"""What a change counts when its noun is compounded with what changed (English results copy): "The company posted a
revenue growth of 10 per cent to ₹37,933 crore", "reported a profit growth of 8 per cent to $2 billion", or names it
after the size: "reported growth of 1.63 per cent in its domestic sales to 1,50,812 units".

The readers took "growth" alone and the clause's subject ("company") for the level after "to". The change counts
"<noun> growth" ("revenue growth", "growth in domestic sales"), and the level it reached, right after it with only
"to" between, counts the noun.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS
from briefing_app.core.facts.model import Fact

_CHANGE_OF = re.compile(
    r"\b(?:an?|the|its|their)\s+((?:[a-z][\w-]*\s+){1,2}?)(growth|rise|increase|decline|fall|drop|jump|surge|dip)"
    r"\s+of\s+(?:(?:about|around|nearly|almost|some|just|over)\s+)?$"
)
_BARE_CHANGE_OF = re.compile(r"\b(growth|rise|increase|decline|fall|drop|jump)\s+of\s+(?:(?:about|around|nearly)\s+)?$")
_IN_THEN_TO = re.compile(
    r"\s*(?:%|per\s*cent|percent|pc)?\s+in\s+(?:(?:its|their|the)\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+to\s+"
    r"(?:(?:about|around|nearly|some)\s+)?"
)
_THEN_TO = re.compile(r"\s*(?:%|per\s*cent|percent|pc)?\s*,?\s+to\s+(?:(?:about|around|nearly|some)\s+)?")


def noun_changes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give "a <noun> growth of N (to M)" the compound "<noun> growth", and M the same."""
    numbered = list(figure_texts(figures, texts))
    for i, (f, number, text) in enumerate(numbered):
        bare = _BARE_CHANGE_OF.search(text[: number.start])
        named = _IN_THEN_TO.match(text, number.end) if bare else None
        if bare and named and (f.counts or "").lower().endswith(bare.group(1)) and i + 1 < len(numbered):
            # "growth of 1.63 per cent in its domestic sales to 1,50,812 units": the change in the noun, its level
            noun = named.group(1)
            if not any(w in EN_STOP | EN_VERBS for w in noun.split()):
                f.counts = f"{bare.group(1)} in {noun}"
                g, n, _ = numbered[i + 1]
                if g.sentence == f.sentence and n.start == named.end():
                    g.counts = f"{noun} (units)" if "units" in (g.counts or "") else noun
            continue
        m = _CHANGE_OF.search(text[: number.start])
        if m is None:
            continue
        words = m.group(1).split()
        if any(w in EN_STOP | EN_VERBS or w.endswith(("ly", "ing")) for w in words):
            continue
        if words[-1] in {"strong", "big", "sharp", "steep", "slight", "small", "modest", "record", "further"}:
            continue  # an adjective, not a noun of what changed ("a sharp rise of 5%")
        change = f"{' '.join(words)} {m.group(2)}"
        if words[-1] in (f.counts or "").lower().split():
            continue  # read already
        f.counts = change
        if i + 1 < len(numbered):
            g, n, _ = numbered[i + 1]
            to = _THEN_TO.match(text, number.end)
            if (
                g.sentence == f.sentence
                and to
                and to.end() >= n.start - 4
                and words[-1] not in (g.counts or "").lower()
            ):
                g.counts = " ".join(words)  # "... to ₹37,933 crore": the revenue reached
