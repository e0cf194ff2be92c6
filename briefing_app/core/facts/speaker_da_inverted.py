"""The subject of a Danish introduction in verb-second order: a fronted phrase, the verb of saying, then the subject.

Danish puts the finite verb second: when a phrase opens the sentence ("Om selve kampen sagde han til avisen:", "På
spørgsmålet om, hvornår X sidst vandt, svarer han efter lang betænkningstid:"), the subject stands right after the
verb. The mention read up to the colon opened with the fronted word ("Om", "På"), which was taken for the name at the
mention's head. The subject after the verb is the speaker: a pronoun, or a capitalised name.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.quote_words import verbs_of

__all__ = ["da_inverted_subject"]

# A fronted phrase opened by a preposition, an adverb or a subordinate clause's conjunction (never a name: a name
# opening the sentence is its subject), then the verb of saying and the subject.
_FRONTED = (
    r"(?:Om|På|Til|Efter|Før|Inden|Under|Ved|Med|I|Da|Når|Mens|Derfor|Bagefter|Senere|Siden|Her|Nu|Så|Samtidig|"
    r"Desuden|Alligevel|Efterfølgende|Ifølge|Overfor|Over\s+for)\b"
)
_NAME = r"[A-ZÆØÅ][\wæøå'’-]+(?:\s+[A-ZÆØÅ][\wæøå'’-]+){0,3}"


def da_inverted_subject(mention: str) -> str | None:
    """The subject after the verb of saying in a Danish mention opened by a fronted phrase ("Om selve kampen sagde han
    til avisen" gives "han"); None for any other mention."""
    m = re.match(rf"{_FRONTED}[^:\"“”«»]{{0,160}}?\s(?:{verbs_of('da')})\s+(han|hun|de|{_NAME})\b", mention)
    if m is None:
        return None
    return m.group(1)
