"""A reading of what an English figure counts that is only the limiting adverb before it: "showed Mr. Bush with only
three-hundred-twenty-seven more votes than Mr. Gore" read "only". The adverb names nothing counted; the noun after
the figure does ("more votes"), as it would without the adverb.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS
from briefing_app.core.facts.model import Fact

_LIMITING = {"only", "just", "merely", "barely", "nearly", "almost", "about", "around", "some", "roughly"}
_NOUN_AFTER = re.compile(r"\s+((?:more|fewer|less|extra|additional|other)\s+)?([a-z][\w'’-]*)")


def limiting_adverbs(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure read as "only" (or "just", "some" ...) the noun right after it."""
    for f, number, text in figure_texts(figures, texts):
        if (f.counts or "").strip().lower() not in _LIMITING:
            continue
        m = _NOUN_AFTER.match(text, number.end)
        if m is None or m.group(2).lower() in EN_STOP | EN_VERBS:
            continue
        f.counts = f"{m.group(1) or ''}{m.group(2)}"
