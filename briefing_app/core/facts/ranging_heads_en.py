"""What a range counts when a participle of ranging follows its noun after a comma (English): "On the UV index,
ranging between 10 and 11, ...", "Prices, ranging from $5 to $10, were cut", "The fines, varying from £50 to £200".

The readers take the word before the figure ("ranging between", "ranging"), which says only that it is a range.
The noun the participle hangs on, before the comma, is what the range counts.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP
from briefing_app.core.facts.model import Fact

_PARTICIPLE = r"(?:ranging|varying|running)"
# The noun phrase before the comma (its last words), the participle, "from"/"between", the figure.
_HANGS_ON = re.compile(
    r"((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*,\s*" + _PARTICIPLE + r"\s+(?:from|between)\s+"
    r"(?:(?:about|around|roughly|some|just)\s+)?(?:US\$|A\$|NZ\$|C\$|[$£€¥₹])?$"
)
# A reading that names nothing but the participle (and its preposition, or a verb in brackets).
_EMPTY = re.compile(_PARTICIPLE + r"(?:\s+(?:from|between))?(?:\s+\([^()]*\))?", re.IGNORECASE)


def ranging_heads(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a range read as "ranging (between)" the noun the participle hangs on, before its comma."""
    for f, number, text in figure_texts(figures, texts):
        if not f.counts or not _EMPTY.fullmatch(f.counts.strip()):
            continue
        m = _HANGS_ON.search(text[: number.start])
        if m is None:
            continue
        words = m.group(1).split()
        # (the noun phrase only: past a preposition or an article before it, "On the | UV index")
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in EN_STOP), default=0)
        noun = " ".join(words[cut:])
        if noun and not re.search(r"\d", noun) and noun.split()[-1].lower() not in EN_STOP:
            f.counts = noun
