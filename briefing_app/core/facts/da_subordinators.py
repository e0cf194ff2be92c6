"""A Danish subject read back from a figure that opens with the subordinating conjunction of its clause ("Det skete,
da en bilist kørte | 190 km/t": "da"; "da bilisten kørte"). The conjunction says when or why, never what a figure
counts: it is dropped, and a subject that was the conjunction alone (with an article after it) is none."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import DA_STOP

_SUBORDINATOR = re.compile(r"^(?:da|når|fordi|hvis|mens|selvom|skønt|idet|eftersom|efter\s+at|før)\s+", re.IGNORECASE)


def da_without_subordinator(subject: str | None) -> str | None:
    """`subject` without a leading Danish subordinating conjunction; None when nothing of a noun is left."""
    if not subject:
        return subject
    if subject.strip().lower() in ("da", "når", "fordi", "hvis", "mens", "idet"):
        return None
    m = _SUBORDINATOR.match(subject)
    if m is None:
        return subject
    rest = subject[m.end() :].strip()
    return rest if rest and any(w.lower() not in DA_STOP for w in rest.split()) else None
