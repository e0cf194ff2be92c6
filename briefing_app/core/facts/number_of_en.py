"""What an English figure counts when a "number of" phrase is the subject of a verb or a participle of reaching
it: "with the number of enabled exchanges currently exceeding 800", "the total of confirmed cases, now at
1,200". The "with" clause hangs on another sentence's subject ("The rollout is running to plan with ..."), which
the general reading would take; the "number of X" phrase is what the figure is.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_QUALIFIERS = r"(?:(?:about|around|some|nearly|almost|over|more\s+than|less\s+than|roughly|just)\s+)?"
_REACHED = (
    r"(?:exceeding|exceeds|exceeded|reaching|reached|reaches|topping|topped|tops|passing|passed|surpassing|"
    r"surpassed|hitting|hit|at|standing\s+at|stood\s+at|stands\s+at|rising\s+to|rose\s+to|climbing\s+to|"
    r"climbed\s+to|increasing\s+to|increased\s+to|up\s+to|now\s+at)"
)
_NUMBER_OF = re.compile(
    r"\b((?:number|total|count|tally)\s+of\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s*,?\s+(?:(?:currently|now|already|"
    rf"still|then|at\s+present)\s+)?{_REACHED}\s+{_QUALIFIERS}(?:US\$|[$£€])?$"
)


# A "number of X" phrase and its figure after a dash or a colon, as the figure's label: "a rise in the number of
# people on the overall list – 7.7 million", "the number of people waiting a year or longer – 389,000".
_NUMBER_OF_LABEL = re.compile(
    r"\b((?:number|total|count|tally)\s+of\s+[^,;:–—()\d]{1,60}?)\s*[–—:]\s*"
    rf"{_QUALIFIERS}(?:US\$|[$£€])?$"
)


def number_of_subjects(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give each English figure that a "number of X" phrase reaches ("the number of X exceeding 800") that phrase as
    what it counts, unless its reading already names the phrase's head."""
    renamed: dict[int, tuple[str, str]] = {}  # sentence -> (the reading replaced, the phrase)
    for f, number, text in figure_texts(figures, texts):
        before = text[: number.start]
        m = _NUMBER_OF.search(before)
        label = _NUMBER_OF_LABEL.search(before) if m is None and f.counts is None else None
        if label is not None:
            f.counts = " ".join(label.group(1).split())  # the figure no reader gave a noun: its dash label's
            continue
        if m is None:
            old = renamed.get(f.sentence)
            if (
                old
                and old[0]
                and (f.counts or "").startswith(old[0])
                and re.search(r"\bof\s+(?:which|them)\s+$", before)
            ):
                # "..., of which 378 are outside capital cities": a part of the same things
                f.counts = old[1] + (f.counts or "")[len(old[0]) :]
            continue
        phrase = m.group(1)
        if phrase.split()[-1] not in (f.counts or "").split():
            renamed[f.sentence] = (f.counts or "", phrase)
            f.counts = phrase
