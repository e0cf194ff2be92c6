"""How far a subject is in a state, when a share stands before a participle: "The Carr Fire grew to more than
103,000 acres and was just 23 percent contained by Monday".

`counted` reads "The wildfire is 20% contained" as "contained (wildfire)"; in a clause joined to one before,
past an adverb ("and was just"), the reading fell back on the subject alone ("Carr Fire"), which is what the
acres measure. The participle after the share is what it measures; the old reading stays in brackets as whose.
"""

from __future__ import annotations

from briefing_app.core.facts.counted_phrases import STATE_AFTER
from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP
from briefing_app.core.facts.model import Fact


def percent_states(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a share right before a participle of state ("23 percent contained") that state."""
    for f, number, text in figure_texts(figures, texts):
        if f.unit != "percent":
            continue
        state = STATE_AFTER.match(text[number.end :])
        if state is None or state.group(1) in EN_STOP or state.group(1) in (f.counts or ""):
            continue
        f.counts = f"{state.group(1)} ({f.counts})" if f.counts else state.group(1)
