"""What an English figure counts when the readings before took the place its change happened in: "employment has
increased in Canada by 1.2%", "rents fell to an average of £806 per month in England and Wales", "shares fell
$1.20, or 4.1 per cent, to $28.30 in New York".

A locative phrase ("in Canada") sits between the verb and the figure, or ends the figure's own phrase; the noun
readers take its name for the thing counted. A place is where, never what: when the reading is a place the
gazetteer knows (each part of "England and Wales"), written in the sentence after "in", "across" or "at", the
thing counted is the owner in the reading's brackets, else the subject of the clause before the place, else what
the figure before it in the sentence counts. The place stays in brackets (a key is never a place name alone).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, PRONOUNS
from briefing_app.core.facts.gazetteer import names_a_place
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.subject_before import before_phrase


def _place(head: str) -> bool:
    """Whether a reading's head is a place name alone ("Canada", "the West Midlands", "England and Wales")."""
    parts = [re.sub(r"^the\s+", "", p.strip()) for p in re.split(r",|\band\b", head)]
    return bool(parts) and all(p and p[0].isupper() and names_a_place(p) for p in parts)


def placed_readings(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure read as counting a place what its clause counts there."""
    previous: Fact | None = None
    for f, number, text in figure_texts(figures, texts):
        head, _, rest = (f.counts or "").partition(" (")
        owner = rest.rstrip(")") if rest else None
        said = re.search(rf"\b(?:in|across|at)\s+{re.escape(head)}\b", text) if head else None
        if said is None or not _place(head):
            previous = f
            continue
        if owner is None or _place(owner):
            subject, _ = (
                before_phrase(text[: said.start()].rstrip(" ,"), "en") if said.start() < number.start else (None, False)
            )
            if subject and subject.split()[0].lower() not in PRONOUNS | EN_STOP and not _place(subject):
                owner = subject  # "employment has increased in Canada by 1.2%": employment
            elif previous is not None and previous.sentence == f.sentence and previous.counts:
                owner = previous.counts.split(" (")[0]  # "fell $1.20, or 4.1 per cent, to $28.30 in New York"
            else:
                owner = None
        if owner and not _place(owner.split(" (")[0]):
            f.counts = f"{owner} ({head})"
        previous = f
