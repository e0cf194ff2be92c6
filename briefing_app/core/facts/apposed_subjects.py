"""A change told of a subject with an apposition between it and its verb: "Retail, the largest contributor that
accounted for 59.64 per cent of overall net profit, fell 13.43 per cent to HK$232 million". The reading before the
change took the nearest measure, which sits inside the apposition ("net profit"); the change and the level it
reached belong to the subject the sentence opens with ("Retail")."""

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
    r"^(?P<subject>[A-Z][\w'’&-]*(?:\s+(?:of|in|at|for|and)?\s*[\w'’&-]+){0,3}),\s+"
    r"(?P<aside>(?:the|a|an|its|their|which|who|whose|one\s+of)\b[^,]{3,160}),\s+"
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
        if head and head in m.group("aside") and head not in m.group("subject"):
            f.counts = m.group("subject")
