"""What an English figure counts when a "number of" phrase is the subject of a verb or a participle of reaching
it: "with the number of enabled exchanges currently exceeding 800", "the total of confirmed cases, now at
1,200". The "with" clause hangs on another sentence's subject ("The rollout is running to plan with ..."), which
the general reading would take; the "number of X" phrase is what the figure is.

The same phrase before the "from" of a change or a span in its clause ("the number of ferries the port will
license ranges from 40 to 90", "lift the number of nurses hired in the county in 2030, from 900 to 1,200", "with
the number of pupils enrolled expected to climb to 8 million, from 6 million"): the levels are of that number,
not of the last noun before them ("county", "pupils enrolled" cut to its last words).
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


# "the number of X ... from N" in one clause (no stop, semicolon, "and"/"but"/"while" or second "number of"
# between): X and up to two words before it.
_NUMBER_OF_FROM = re.compile(
    r"\b(?:number|total|count)\s+of\s+(?P<noun>(?:[A-Za-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b"
    r"(?:(?!\b(?:number|total|count)\s+of\b|,?\s+(?:and|but|while|whereas)\s)[^;:.!?()]){0,120}?"
    rf"\bfrom\s+{_QUALIFIERS}(?:US\$|[$£€])?(?:[\d.,]+(?:\s*(?:million|billion))?\s+to\s+{_QUALIFIERS}(?:US\$|[$£€])?)?$"
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
        changed = _NUMBER_OF_FROM.search(before) if m is None and f.unit != "percent" else None
        if changed is not None and changed.group("noun").split()[-1] not in (f.counts or "").split():
            f.counts = f"number of {changed.group('noun')}"  # "the number of ferries ... ranges from 40 to 90"
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
