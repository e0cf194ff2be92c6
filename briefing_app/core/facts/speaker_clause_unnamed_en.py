"""An unnamed person who speaks as the subject of a clause of time inside a sentence about something else:
'Emotions flared during the hearing as one woman jumped up while a prosecutor was speaking and shouted, "..."'. The
sentence's first words ("Emotions") are no speaker; the clause's subject ("one woman"), whose verbs are joined by
"and" up to the verb of saying that introduces the quote, is.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.people import SPEECH_VERBS
from briefing_app.core.facts.roles import is_person_noun

# "as|when|while|after|before" + an indefinite person ("one woman", "a man", "another relative") + a verb, then up to
# 160 more letters of the clause, then "and" and a verb of saying that ends the introduction.
_CLAUSE = re.compile(
    r"\b(?:as|when|while|after|before|until)\s+((?:one|a|an|another)\s+(?:[a-z-]+\s+)?([a-z]+))\s+"
    r"(?:[a-z]+ly\s+)?[a-z]{3,}\b[^\"“”.;:]{0,160}?\band\s+(?:then\s+)?(?:[a-z]+ly\s+)?"
    rf"(?:{'|'.join(sorted(SPEECH_VERBS['en'], key=len, reverse=True))}|called\s+out)\s*[,:]?\s*$"
)


def unnamed_clause_speaker(before: str) -> str | None:
    """The unnamed person of a clause of time who goes on to say the quote (see the module), else None."""
    m = _CLAUSE.search(before)
    if m is None or not is_person_noun(m.group(2)):
        return None
    return m.group(1)
