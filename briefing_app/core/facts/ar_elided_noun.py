"""An Arabic figure joined by "و" whose counted noun is left out, a phrase of its own after it: "ألقوا القبض على 54
مخالفا للإقامة و9 للاشتباه في قيادة مركبات", "أصيب 20 شخصا بجروح خطيرة و15 بجروح طفيفة". The second number counts
the noun the first one names ("مخالفا", "شخصا"); the counted reader took the prepositional phrase glued to the word
after it ("للاشتباه", "بجروح") for a noun. Only a phrase Arabic plainly marks as one: a preposition glued to the
article ("لل", "بال") or the injury phrases of casualty copy ("بجروح", "بإصابات"); "و12 لاعبا" has its own noun."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# The word after the second number: a glued preposition and article, or an injury phrase
_PHRASE_AFTER = re.compile(r"\s+(?:لل|بال|كال|وبال|ولل)[\u0621-\u064a]{2,}|\s+(?:بجروح|بجراح|بإصابات|بإصابة)(?!\S)")
# The first figure's own noun: an indefinite word right after it ("مخالفا", "شخصا", "حالة")
_NOUN_AFTER = re.compile(r"\s+((?!ال|لل|بال|في(?!\S)|من(?!\S)|على(?!\S)|إلى(?!\S))[\u0621-\u064a]{3,})")


def ar_elided_noun(facts: list[Fact], text: str) -> None:
    """Give a bare number after "و" with only a phrase after it the noun of the figure before it (see the module
    docstring)."""
    for f, g in zip(facts, facts[1:], strict=False):
        n, m = f.number, g.number
        if n is None or m is None or f.unit is not None or g.unit is not None or n.currency or m.currency:
            continue
        if text[m.start - 1 : m.start] != "و" or not _PHRASE_AFTER.match(text, m.end):
            continue
        noun = _NOUN_AFTER.match(text, n.end)
        if noun is None:
            continue
        if noun.group(1) not in (f.counts or "").split():
            continue  # (the first figure counts something else than the word after it)
        phrase = _PHRASE_AFTER.match(text, m.end)
        g.counts = f"{noun.group(1)} ({phrase.group(0).strip()})" if phrase else noun.group(1)
