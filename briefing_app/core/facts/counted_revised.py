"""A measure revised or changed in the passive, its levels after the verb: "The payroll increase in June was revised
to 172,000 from 188,000 and in July, from 162,000 to 104,000". The subject before the passive is what every bare
level after it counts (the clause reading took the words next to the verb, "June revised"). Jobs reports and
results pages tell revisions so. Run on one sentence's English figures after they have shared their readings.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, PHRASE_ENDS
from briefing_app.core.facts.model import Fact

# The subject (up to six words from the sentence's start, past an opening article) and the passive of a change.
_PASSIVE_CHANGE = re.compile(
    r"^\s*(?:(?:The|A|An|Its|Their)\s+)?((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:was|were|has\s+been|have\s+been|had\s+been)"
    r"\s+(?:(?:also|later|since|now)\s+)?(?:revised|raised|lowered|cut|reduced|increased|decreased|adjusted|marked)"
    r"(?:\s+(?:up|down|upward|downward|higher|lower))?\s+(?:to|from)\s",
    re.IGNORECASE,
)
# The word right after a level: a noun of its own ("to 172,000 jobs", "reduced to 10 men") unless a function word.
_NEXT_WORD = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)?\s+([a-z][\w-]*)\b")
# Words after a level that are no noun of its own: "to 98,000 | last month".
_LATER = {"last", "this", "next", "earlier", "later", "previously", "initially", "originally", "each", "a", "per"}
# Where the subject's noun phrase ends: "payroll increase | in June".
_MODIFIERS = {"in", "at", "of", "on", "for", "from", "during", "over", "since"}


def revised_levels(facts: list[Fact], text: str) -> None:
    """Give each bare level after a passive change the change's subject ("The payroll increase in June was revised
    to 172,000 from 188,000": the payroll increase)."""
    m = _PASSIVE_CHANGE.match(text)
    if m is None:
        return
    words = []
    for w in m.group(1).split():
        if w.lower() in _MODIFIERS or w.lower() in PHRASE_ENDS:
            break
        words.append(w)
    if not words or words[-1].lower() in EN_STOP or re.search(r"\d", " ".join(words)):
        return
    subject = " ".join(words)
    for f in facts:
        n = f.number
        if n is None or n.start < m.end() - 1 or subject.lower() in (f.counts or "").lower():
            continue
        word = _NEXT_WORD.match(text[n.end :])
        if word and word.group(1) not in EN_STOP and word.group(1) not in PHRASE_ENDS and word.group(1) not in _LATER:
            continue  # a level with a noun of its own ("to 172,000 jobs"): its own reading stays
        f.counts = subject
