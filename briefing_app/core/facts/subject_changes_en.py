"""Whose change a bare change noun is when a verb of scoring carries it (English results and market copy): "Rural
goods eked out a 1 per cent gain", "Revenue posted a 12% rise", "The index recorded a 0.4 per cent fall".

The readers take the noun after the size ("gain") and find no "in" or "of" after it; what gained is the subject of
the verb before "a N% gain". It is added in brackets, as the other readers write a change with its owner
("gain (Rural goods)").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, PRONOUN_STARTS
from briefing_app.core.facts.model import Fact

_CHANGES = (
    r"(?:rise|increase|gain|jump|growth|climb|surge|fall|drop|decline|decrease|slump|dip|loss|slide|improvement|"
    r"contraction|expansion|advance|retreat)"
)
# (the change alone, or with words of when and why after it, but no "in"/"of" naming what changed)
# (after a word of the change's span too: "a 1.7% month-on-month fall", "a 4% annual rise")
_SPANS = (
    r"(?:(?:year|month|quarter|week)[- ]on[- ](?:year|month|quarter|week)|annual|annualised|annualized|monthly|"
    r"quarterly|weekly|yearly|underlying)"
)
_READING = re.compile(
    rf"(?:{_SPANS}\s+)?({_CHANGES})(?:\s+(?:thanks|after|as|on|despite|for|over|during)\b(?!.*\b(?:in|of)\b).*)?"
)
_VERBS = (
    r"(?:posted|posts|recorded|records|reported|reports|saw|sees|registered|registers|logged|logs|booked|books|"
    r"notched(?:\s+up)?|eked\s+out|delivered|delivers|showed|shows|show|enjoyed|suffered|experienced|made|makes|"
    r"clocked(?:\s+up)?|racked\s+up|chalked\s+up)"
)
_SUBJECT_VERB = re.compile(
    # (or after a bracketed acronym of the body the subject belongs to: "The Shipping Council (SC) data for
    # freight volumes show a")
    rf"(?:^|[,;:—–]\s*|\([A-Z][A-Za-z]{{1,7}}\)\s+|\b(?:and|but|while|as|after|whereas)\s+)"
    rf"((?:[\w'’&.-]+\s+){{0,5}}?[\w'’&-]+)\s+{_VERBS}\s+"
    r"(?:a|an)\s+(?:(?:further|modest|slight|small|sharp|strong|steep|record|healthy|solid|marginal)\s+)?"
    r"(?:US\$|[$£€¥₹])?$",
    re.IGNORECASE,
)


def subject_changes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Add to a change read bare ("gain") the subject of the verb that scored it ("Rural goods eked out a")."""
    for f, number, text in figure_texts(figures, texts):
        reading = _READING.fullmatch((f.counts or "").strip())
        if reading is None:
            continue
        m = _SUBJECT_VERB.search(text[: number.start])
        if m is None or re.match(rf"\s*(?:%|per\s*cent|percent)?\s+{_CHANGES}\s+to\b", text[number.end :]):
            continue  # ("Profit saw a 5% rise to $3m": the level's readers say whose)
        words = m.group(1).split()
        while words and words[0].lower() in EN_STOP:
            words = words[1:]
        if not words or words[0].lower() in PRONOUN_STARTS or words[-1].lower() in EN_STOP:
            continue
        f.counts = f"{reading.group(1).lower()} ({' '.join(words)})"
