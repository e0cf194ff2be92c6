"""A term in years or months written before its noun without "of" or a hyphen: "were given 4.5 and 3 years custodial
sentence", "a 10 years jail term", "two years driving ban". The reader took the adjective for the end of the
phrase ("custodial (given)"); the term is the sentence, the ban or the jail term the noun after the unit names."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_TERM_AFTER = re.compile(
    r"\s*(?:years?|months?|weeks?|days?)\s+(?!(?:of|in|for|to|at|on|behind|under|after|before)\b)"
    r"((?:[a-z]+\s+){0,2}?(?:sentences?|terms?|bans?|imprisonment|detention|"
    r"suspension|probation|disqualification))\b"
)


def sentence_terms(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a term in years or months the noun of punishment right after its unit."""
    for f, n, text in figure_texts(figures, texts):
        if f.unit not in ("years", "months", "weeks", "days"):
            continue
        after = text[n.end :]
        shared = re.match(r"\s+(?:and|or)\s+\d[\d.]*", after)  # "4.5 and 3 years ...": the second one's unit
        term = _TERM_AFTER.match(after[shared.end() :] if shared else after)
        if term and term.group(1) not in (f.counts or ""):
            f.counts = term.group(1)
