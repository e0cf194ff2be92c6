"""A Hebrew quote opening its sentence right after a sentence that says someone confirmed, answered or put out
the words: 'המשטרה אישרה את הדברים. "..."', 'דובר החברה הגיב לפרסום. "..."' (the police confirmed the report;
the company's spokesman responded). The sentence before names who gave the quote and the quote has no cue of its
own, so that subject speaks, not the last person the paragraph named (often the reporter the report came from)."""

from __future__ import annotations

import re

# The sentence before: (after its start, a dash or a comma) a subject of one to five words, a verb of confirming,
# answering or issuing, and what it confirmed or answered (the words, the report, a statement), then its end.
_CONFIRMED = re.compile(
    r"(?:^|[-–,:]\s+)(?P<subject>[^\s,.:\"“„״-]+(?:\s+[^\s,.:\"“„״-]+){0,4}?)\s+"
    r"(?:אישר|אישרה|אישרו|הגיב|הגיבה|הגיבו|מסר|מסרה|מסרו|הודיע|הודיעה|הודיעו|פרסם|פרסמה|פרסמו)\s+"
    r"(?:(?:את|ל)\s*)?(?:ה?דברים|ה?דיווח|ה?פרסום|הודעה|תגובה|ה?ידיעה|הכתבה)"
    r"(?:\s+(?:הבאה|הבא|כדלקמן|רשמית))?\s*[.:]\s*$"
)


def confirmed_before(lead: str) -> str | None:
    """The subject of the sentence before the quote when it confirmed or answered (see `_CONFIRMED`) and the quote
    opens its own sentence (no words of its own before the mark); None otherwise."""
    sentences = re.split(r"(?<=[.!?])\s+(?=\S)", lead.rstrip(' "“„״'))
    if len(sentences) < 1 or not lead.rstrip(' "“„״').endswith((".", ":")):
        return None
    m = _CONFIRMED.search(sentences[-1])
    return m.group("subject") if m else None
