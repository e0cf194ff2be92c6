"""A change measured "in volume terms", "in value terms" is the subject's change, not a count of volume (English):
"South Africa's gold output fell by 21.2 percent in volume terms in December".

"In X terms" says how the change is reckoned, as "in real terms" does; the readers took "volume" after "in" for the
measure that changed. When the reading is that word alone, the subject of the clause before the figure is what the
figure counts.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, PRONOUNS
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.subject_before import before_phrase

# (or "in volume", "in value" alone: "gold output fell by 12.8% in volume in April")
_TERMS = re.compile(
    r"\s*(?:%|per\s*cent|percent|pc)?\s+in\s+(?:([a-z]+)\s+terms\b|(volume|value)\b(?!\s+of\b))", re.IGNORECASE
)


def terms_adverbials(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a change "in volume terms" read as counting "volume" the clause's subject."""
    for f, number, text in figure_texts(figures, texts):
        terms = _TERMS.match(text, number.end)
        if terms is None or (f.counts or "").lower() != (terms.group(1) or terms.group(2)).lower():
            continue
        subject, _ = before_phrase(text[: number.start], "en")
        if subject and subject.split()[0].lower() not in PRONOUNS | EN_STOP:
            f.counts = subject
