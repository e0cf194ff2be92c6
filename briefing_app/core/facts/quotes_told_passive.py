"""A quote put to someone in the passive is not theirs: court copy writes "Morgan was jailed for seven years and
told: '...'" and "Roe was told: '...'", where the subject heard the words (from the judge). The speaker readers take
the clause's subject; here the words are the judge's when the article names exactly one judge, and nobody's
otherwise (no speaker is better than the hearer).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people_index import Person

# "... was jailed for seven years today and told:", "... was told:", "were told by the judge:" right before the quote.
_PASSIVE_TOLD = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[\w'’,£$-]+\s+){0,10}?(?:and\s+)?told(?:\s+by\s+(?P<by>[^:\"“”]{3,60}?))?"
    r"\s*[:,]?\s*[\"“]?$"
)


def passive_told_speakers(
    quotes: Sequence[Fact], sentences: Sequence[SourceSentence], people: Sequence[Person]
) -> None:
    """Give each quote introduced by a passive "told" its teller (the one judge, or the "by" phrase) or none."""
    texts = {s.index: s.text for s in sentences}
    judges = [p.name for p in people if p.role and re.search(r"\b(?:[Jj]udge|[Mm]agistrate|[Rr]ecorder)\b", p.role)]
    for quote in quotes:
        text = texts.get(quote.sentence, "")
        at = text.find(quote.text[:40])
        m = _PASSIVE_TOLD.search(text[:at]) if at > 0 else None
        if m is None or not quote.speaker or quote.speaker not in text[: m.start()]:
            continue  # (only where the speaker read is the subject that heard the words)
        if m.group("by"):
            teller = m.group("by").strip()  # "told by Judge Tom Holm": the person it names, else the phrase
            quote.speaker = next((p.name for p in people if p.name in teller), teller)
        else:
            quote.speaker = judges[0] if len(judges) == 1 else None
