"""A narration sentence whose main clause has "he" or "she" for its subject, before a quotation that stands alone:
'Replying to questions at the briefing chaired by Prime Minister Ann Roe, he said there was a need of leadership.'
/ '"The opposition can give their workers only false hope."' The quotation is the pronoun's, someone named further
back, not a person the sentence names in a fronted clause or in what it reports ("He recalled that Tom Lee
reached the capital in the first year." / '"Since then, he has been giving the dates."').

`speaker_subjects.unnamed_subject_end` reads the same shape when the quote itself says "he said" (its pronoun gives
the sex); a quotation with no attribution has no pronoun of its own, so either sex's pronoun makes the sentence one
to go back past.
"""

from __future__ import annotations

import re

# The pronoun subject, at the opening or after one fronted clause ended by a comma (a participle, "Replying to
# questions ...,", or an adverbial, "On Monday,"), then its verb, possibly after an adverb.
_PRONOUN_OPENING = re.compile(
    r"(?:[A-Z][^,;:\"“”‘’«»]{0,200},\s+)?(?:he|she)\s+(?:(?:also|then|later|further|however|[a-z]{3,}ly)\s+)?"
    r"(?:said|says|told|tells|added|adds|recalled|noted|stressed|insisted|argued|warned|claimed|explained|"
    r"was|is|had|has|did|would|could|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")


def pronoun_narration_end(text: str) -> int | None:
    """Where the pronoun subject of narration `text` and its verb end, when the sentence's main clause has "he" or
    "she" for its subject and the sentence quotes nothing (a sentence with quote marks may be a quotation's own, whose
    pronoun speaks of someone else); None otherwise."""
    if _QUOTE_MARKS.search(text):
        return None
    found = _PRONOUN_OPENING.match(text)
    if found is None or not re.match(r"(?:[A-Z][^,]*,\s+)?(?:he|she)\b", text, re.IGNORECASE):
        return None
    return found.end()
