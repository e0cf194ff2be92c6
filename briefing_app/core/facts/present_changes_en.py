"""What a figure counts when a present-tense verb of change carries it, as headlines write (English): "Trade surplus
narrows to $1.6b as exports dip", "US adds 431,000 jobs in March, unemployment rate falls to 3.6%".

The verb's "-s" makes it look like a plural noun, so the readers do not see the clause's subject before it and take
the clause after it ("exports dip") or the noun of the clause before ("jobs"). A verb of change in the present with
its size right after it ("narrows to", "falls 2%", "rises by") counts the words between it and the clause's start
(the sentence's start, a comma, a colon, or "as", "while", "and", "but", "after").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_context import NO_NOUN_AFTER
from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, PRONOUN_STARTS
from briefing_app.core.facts.model import Fact

_VERBS = (
    r"(?:narrows|widens|falls|rises|climbs|drops|jumps|slips|dips|grows|shrinks|slides|surges|soars|plunges|tumbles|"
    r"sinks|eases|edges\s+(?:up|down|higher|lower)|slows|increases|decreases|declines|rebounds|recovers|slumps|"
    r"gains|sheds|hits|reaches|tops|nears|doubles|halves|contracts|expands|improves|worsens|rallies|retreats|"
    r"spikes|leaps|inches\s+(?:up|down))"
)
_SIGN = r"(?:US\$|A\$|NZ\$|C\$|[$£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)?"
_QUALIFIERS = r"(?:(?:about|around|nearly|almost|some|over|under|just|a\s+record|record|new)\s+)?"
_SUBJECT_THEN_VERB = re.compile(
    rf"(?:^|[,;:—–]\s*|\b(?:as|while|and|but|after|since)\s+)((?:[A-Za-z][\w'’.&-]*\s+){{0,4}}?[A-Za-z][\w'’&-]*)"
    rf"\s+{_VERBS}\s+(?:by\s+|to\s+|from\s+)?{_QUALIFIERS}{_SIGN}$"
)


def present_changes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure carried by "<subject> falls to N" the subject, when the readers took other words."""
    for f, number, text in figure_texts(figures, texts):
        m = _SUBJECT_THEN_VERB.search(text[: number.start])
        if m is None or not NO_NOUN_AFTER.match(text, number.end):
            continue
        words = m.group(1).split()
        paired = m.group(0).startswith("and ") and re.search(r"\b[A-Z][\w'’-]*\s+$", text[: m.start()])
        if paired and words[0][:1].isupper():
            continue  # "Knife crime in England and Wales rises 8%": "and" joins two names, no clause's start
        while words and words[0].lower() in EN_STOP | {"the", "its", "their"}:
            words = words[1:]
        if not words or words[0].lower() in PRONOUN_STARTS or words[-1].lower() in EN_STOP:
            continue
        if m.group(0)[:1] in ",;:—–" and all(w[:1].isupper() for w in words):
            continue  # "Death toll in Tarvia, Ostland nears 3,000": a name after a comma ends a place, no subject
        subject = " ".join(words)
        if words[-1].lower() in (f.counts or "").lower():
            continue  # already read
        f.counts = subject
