"""What a figure counts when the readers took the time adjunct after its subject for it (English statistics and
results copy): "The participation ratio in August 2011, at 41.2 percent, was 0.3 percentage point lower",
"Inflation in March, at 2.1%, was above target", "Output in the third quarter of 2005, at 2.3%, was weak", "Turnover
in the period (£18.4 million) edged up".

A month, a weekday, a part of a year or the period of a statement is when the figure was measured, never what it
counts. When that is all the reading says, the noun phrase the time adjunct hangs on ("<noun phrase> in|for|during
<when>") is the measure.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import DURATIONS, EN_STOP, EN_VERBS
from briefing_app.core.facts.model import Fact

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
_PART = r"(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:quarter|half)"
# The period of a results statement named by a noun alone: "Turnover in the period (£18.4 million)".
_PERIOD = r"(?:the\s+)?(?:same\s+)?(?:period|quarter|half[- ]year|half|year|month|week)"
# A reading that is only a time: "August", "August 2011", "third quarter", "the first half of 2005".
_ONLY_A_TIME = re.compile(rf"(?:{_MONTH}(?:\s+\d{{4}})?|{_PART}(?:\s+of\s+\d{{4}})?|{_PERIOD})", re.IGNORECASE)
# The time adjunct after the subject, as the last thing before the figure's clause: "<np> in August 2011, at".
_ADJUNCT = re.compile(
    rf"\s+(?:in|for|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|"
    rf"{_PART}(?:\s+of\s+(?:the\s+year|\d{{4}}))?|the\s+(?:same\s+)?(?:period|quarter|half[- ]year|half))\b"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*$")


def _phrase_before(text: str) -> str | None:
    """The noun phrase that ends `text`: up to four words, back to a determiner, a verb or a mark."""
    words: list[str] = []
    for word in reversed(text.split()):
        if not _WORD.fullmatch(word) or word.lower() in EN_STOP or word.lower() in EN_VERBS or len(words) == 4:
            break
        words.insert(0, word)
    phrase = " ".join(words)
    opens = text.strip() == phrase  # (capitalised only because it opens the sentence: "Inflation in March, at")
    if not words or (len(words) == 1 and not words[0][:1].islower() and not opens):
        return None  # a name alone ("Norland in May") is where, not what
    return phrase


def dated_subjects(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure read as its subject's time ("August 2011") the subject itself."""
    for f, number, text in figure_texts(figures, texts):
        if not f.counts or not _ONLY_A_TIME.fullmatch(f.counts.strip()) or f.unit in DURATIONS:
            continue  # (a span of time may count its period: "over a six-month period")
        before = text[: number.start]
        adjuncts = [m for m in _ADJUNCT.finditer(before) if f.counts.split()[-1].lower() in m.group(0).lower()]
        if not adjuncts:
            continue
        subject = _phrase_before(before[: adjuncts[-1].start()])
        if subject:
            f.counts = subject
