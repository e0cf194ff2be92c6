""""total" as a verb after a modal or "to": "This investment will total around £300 million", "costs expected to
total $2bn" (English). The bare form reads as the noun "total" (which "totals", "totalled" never do), so the figure
took "total" as what it counts; the verb's subject is what it counts.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, PRONOUNS
from briefing_app.core.facts.subject_before import before_phrase

_TOTAL_VERB = re.compile(
    r"\b(?:will|would|could|should|may|might|must|can|to|did|does|do|could\s+well)\s+(?:now\s+|eventually\s+)?"
    r"total\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to)\s+)?"
    r"(?:US\$|[$£€¥])?$"
)


def total_subject(before: str, answer: str | None) -> str | None:
    """The subject of "will total" before the figure when the reading so far is the word "total", else None."""
    if (answer or "").lower() != "total":
        return None
    m = _TOTAL_VERB.search(before[-80:])
    if m is None:
        return None
    head = before[: len(before) - len(before[-80:]) + m.start()]
    # ("This investment will total": a demonstrative opens the subject as an article does)
    head = re.sub(r"\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)(?=\s+[a-z][\w-]*\s*$)", "The", head)
    subject, _ = before_phrase(head, "en")
    if not subject or subject.split()[0].lower() in PRONOUNS or subject.split()[0].lower() in EN_STOP:
        return None
    return subject
