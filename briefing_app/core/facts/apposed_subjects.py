"""A change told of a subject with an apposition between it and its verb: "Retail, the largest contributor that
accounted for 59.64 per cent of overall net profit, fell 13.43 per cent to HK$232 million". The reading before the
change took the nearest measure, which sits inside the apposition ("net profit"); the change and the level it
reached belong to the subject the sentence opens with ("Retail"). An apposition of another name for the subject
("Net interest income (NII), or the core income a bank earns by giving loans, increased 27.30%") is read alike."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_CHANGE_VERBS = (
    r"fell|rose|dropped|climbed|jumped|grew|increased|decreased|declined|slipped|gained|slumped|soared|surged|"
    r"plunged|tumbled|edged\s+(?:up|down)|was\s+(?:up|down)|were\s+(?:up|down)"
)
# The subject (a short phrase opening the sentence), the apposition in commas (it opens with a determiner or a
# relative pronoun), then the verb of change and what of the change comes before this figure (no comma).
_APPOSED = re.compile(
    # (an acronym in brackets may follow the subject: "Net interest income (NII), or the core income ..., increased")
    r"^(?P<subject>[A-Z][\w'’&-]*(?:\s+(?:of|in|at|for|and)?\s*[\w'’&-]+){0,3})(?:\s*\([A-Z]{2,6}\))?,\s+"
    r"(?P<aside>(?:or\s+)?(?:the|a|an|its|their|which|who|whose|one\s+of)\b[^,]{3,160}),\s+"
    rf"(?:(?:has|have|had)\s+)?(?:{_CHANGE_VERBS})\b[^,;:]*$"
)


def apposed_subjects(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a change after a subject and its apposition the subject, when its reading came from the apposition."""
    for f, n, text in figure_texts(figures, texts):
        if not f.counts:
            continue
        m = _APPOSED.match(text[: n.start])
        if m is None:
            continue
        head = f.counts.split(" (")[0]
        bare_verb = re.fullmatch(_CHANGE_VERBS, head) is not None  # (no noun found at all: "increased")
        if head and (head in m.group("aside") or bare_verb) and head not in m.group("subject"):
            f.counts = m.group("subject")
